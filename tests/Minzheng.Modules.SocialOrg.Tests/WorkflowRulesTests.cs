using Microsoft.Extensions.Configuration;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The workflows' rules without a host.</summary>
public sealed class WorkflowRulesTests
{
    private static readonly ApplicationOptions Options = new();

    [Fact]
    public void A_name_needs_the_prefix_the_types_suffix_and_something_between()
    {
        Assert.Null(ApplicationRules.NameProblem("万盛经开区篮球协会", OrganisationType.SocialGroup, "万盛经开区", Options));
        Assert.Contains("结尾", ApplicationRules.NameProblem("万盛经开区篮球俱乐部", OrganisationType.SocialGroup, "万盛经开区", Options));
        Assert.Contains("开头", ApplicationRules.NameProblem("綦江区篮球协会", OrganisationType.SocialGroup, "万盛经开区", Options));
        Assert.Contains("字号", ApplicationRules.NameProblem("万盛经开区协会", OrganisationType.SocialGroup, "万盛经开区", Options));
        // A 基金会's name ends with 基金会; a 社团's suffix does not make a foundation.
        Assert.NotNull(ApplicationRules.NameProblem("万盛经开区助学协会", OrganisationType.Foundation, "万盛经开区", Options));
    }

    [Fact]
    public void The_suffixes_are_configurable()
    {
        var options = new ApplicationOptions { Suffixes = new Dictionary<OrganisationType, IReadOnlyList<string>> { [OrganisationType.SocialGroup] = ["联盟"] } };
        Assert.Null(ApplicationRules.NameProblem("万盛经开区篮球联盟", OrganisationType.SocialGroup, "万盛经开区", options));
        Assert.NotNull(ApplicationRules.NameProblem("万盛经开区篮球协会", OrganisationType.SocialGroup, "万盛经开区", options));
    }

    [Theory]
    [InlineData(50, 0, true)]
    [InlineData(49, 0, false)]
    [InlineData(0, 30, true)]
    [InlineData(0, 29, false)]
    [InlineData(30, 20, true)]
    [InlineData(30, 19, false)]
    public void A_social_group_needs_50_individual_or_30_unit_members_or_50_mixed(int individual, int unit, bool enough) =>
        Assert.Equal(enough, ApplicationRules.MembersProblem(individual, unit, Options) is null);

    [Fact]
    public void Only_a_social_group_is_prepared_and_a_social_service_agency_has_no_branches()
    {
        Assert.Null(ApplicationRules.PreparationProblem(OrganisationType.SocialGroup));
        Assert.NotNull(ApplicationRules.PreparationProblem(OrganisationType.Foundation));
        Assert.NotNull(ApplicationRules.PreparationProblem(OrganisationType.SocialServiceAgency));
        Assert.NotNull(ApplicationRules.BranchProblem(OrganisationType.SocialServiceAgency));
        Assert.Null(ApplicationRules.BranchProblem(OrganisationType.Foundation));
        Assert.Null(ApplicationRules.BranchProblem(OrganisationType.SocialGroup));
    }

    [Fact]
    public void A_name_approval_is_usable_approved_unused_and_within_its_period()
    {
        var today = new DateOnly(2026, 6, 1);
        var approval = new RegistrationApplication { Kind = ApplicationKind.NameApproval, Status = ApplicationStatus.Approved, ValidUntil = today };
        Assert.Null(ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, today));
        Assert.Contains("过期", ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, today.AddDays(1)));
        Assert.Contains("尚未准予", ApplicationRules.UsableProblem(new RegistrationApplication { Kind = ApplicationKind.NameApproval, Status = ApplicationStatus.Reviewed },
            ApplicationKind.NameApproval, today));
        approval.Used = true;
        Assert.Contains("已用于", ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, today));
        Assert.NotNull(ApplicationRules.UsableProblem(null, ApplicationKind.NameApproval, today));
        Assert.NotNull(ApplicationRules.UsableProblem(approval, ApplicationKind.Preparation, today));
    }

    [Fact]
    public void The_checklist_names_what_is_missing()
    {
        Assert.Equal(["清算报告"], ApplicationRules.MissingDocuments(ApplicationKind.Deregistration, ["注销登记申请书", "登记证书正本、副本"], Options));
        Assert.Empty(ApplicationRules.MissingDocuments(ApplicationKind.Deregistration, ["注销登记申请书", "清算报告", "登记证书正本、副本"], Options));
    }

    [Fact]
    public void Each_step_comes_in_its_state_only()
    {
        Assert.Null(ApplicationRules.TransitionProblem(ApplicationStatus.Submitted, ApplicationStatus.Submitted, "受理"));
        Assert.Contains("不能审查", ApplicationRules.TransitionProblem(ApplicationStatus.Submitted, ApplicationStatus.Accepted, "审查"));
        Assert.Contains("已准予", ApplicationRules.TransitionProblem(ApplicationStatus.Approved, ApplicationStatus.Reviewed, "作出准予决定"));
    }

    [Fact]
    public void Certificate_numbers_run_on_from_the_highest_ever_given()
    {
        Assert.Equal("500110000001", CertificateRules.Number("500110", CertificateRules.Next(null)));
        Assert.Equal(8, CertificateRules.Next(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateRules.Number("500110", 0));
        Assert.Equal("", CertificateRules.ReprintMark(0, null));
        Assert.Contains("第2次", CertificateRules.ReprintMark(2, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Options_that_cannot_work_stop_the_start()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NameApprovalMonths"] = "0" }).Build();
        Assert.Contains("NameApprovalMonths", Assert.Throws<InvalidOperationException>(() => (object)ApplicationOptions.From(section)).Message);
        var documents = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:change:0"] = "变更申请表" }).Build();
        Assert.Equal(["变更申请表"], ApplicationOptions.From(documents).Documents[ApplicationKind.Change]);
    }
}
