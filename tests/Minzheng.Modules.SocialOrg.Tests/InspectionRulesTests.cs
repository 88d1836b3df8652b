using Microsoft.Extensions.Configuration;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The inspection's rules without a host: exemption, deadlines (configurable), states, what a report and a conclusion need.</summary>
public sealed class InspectionRulesTests
{
    private static readonly InspectionOptions National = new();

    [Theory]
    [InlineData("2025-06-30", false)]  // six months by the year's end: due
    [InlineData("2025-07-01", true)]   // less: exempt
    [InlineData("2025-12-31", true)]
    [InlineData("2020-01-01", false)]
    public void An_organisation_registered_less_than_six_months_at_the_year_s_end_is_exempt(string registeredOn, bool exempt) =>
        Assert.Equal(exempt, InspectionRules.IsExempt(DateOnly.Parse(registeredOn), 2025, National));

    [Fact]
    public void The_exempt_months_are_configurable()
    {
        var three = new InspectionOptions { ExemptMonths = 3 };
        Assert.False(InspectionRules.IsExempt(new DateOnly(2025, 9, 30), 2025, three));
        Assert.True(InspectionRules.IsExempt(new DateOnly(2025, 10, 1), 2025, three));
    }

    [Fact]
    public void Only_a_still_registered_organisation_registered_by_the_year_s_end_is_on_the_list()
    {
        Assert.True(InspectionRules.OnTheList(Register.OrganisationStatus.Registered, new DateOnly(2025, 12, 31), 2025));
        Assert.False(InspectionRules.OnTheList(Register.OrganisationStatus.Registered, new DateOnly(2026, 1, 1), 2025));
        Assert.False(InspectionRules.OnTheList(Register.OrganisationStatus.Deregistered, new DateOnly(2020, 1, 1), 2025));
        Assert.False(InspectionRules.OnTheList(Register.OrganisationStatus.Revoked, new DateOnly(2020, 1, 1), 2025));
    }

    [Fact]
    public void The_report_is_due_by_5_31_of_the_next_year_unless_configured_otherwise()
    {
        Assert.Equal(new DateOnly(2026, 5, 31), InspectionRules.Deadline(2025, National));
        Assert.False(InspectionRules.PastDeadline(2025, new DateOnly(2026, 5, 31), National));
        Assert.True(InspectionRules.PastDeadline(2025, new DateOnly(2026, 6, 1), National));

        var configured = InspectionOptions.From(Section(new() { ["Deadline"] = "03-31", ["Deadlines:2025"] = "2026-06-30", ["ExemptMonths"] = "6" }));
        Assert.Equal(new DateOnly(2026, 6, 30), InspectionRules.Deadline(2025, configured));  // a notice moved 2025's
        Assert.Equal(new DateOnly(2027, 3, 31), InspectionRules.Deadline(2026, configured));
        Assert.Equal(new DateOnly(2026, 5, 31), InspectionRules.Deadline(2025, InspectionOptions.From(Section([]))));
    }

    [Theory]
    [InlineData("Deadline", "5/31")]
    [InlineData("Deadline", "02-30")]
    [InlineData("Deadlines:2025", "2025-05-31")]  // not after the year it is for
    [InlineData("ExemptMonths", "13")]
    public void A_setting_that_cannot_work_stops_the_start_with_its_key_named(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => InspectionOptions.From(Section(new() { [key] = value })));
        Assert.Contains($"Modules:socialorg:Inspection:{key}", error.Message);
    }

    [Theory]
    [InlineData(null, "2025-08-01", DueState.Exempt)]
    [InlineData(null, "2024-01-01", DueState.Overdue)]
    [InlineData(InspectionStatus.Submitted, "2024-01-01", DueState.Submitted)]
    [InlineData(InspectionStatus.Concluded, "2024-01-01", DueState.Concluded)]
    public void Where_an_organisation_stands_after_the_deadline(InspectionStatus? inspection, string registeredOn, DueState expected) =>
        Assert.Equal(expected, InspectionRules.StateOf(DateOnly.Parse(registeredOn), 2025, inspection, new DateOnly(2026, 6, 1), National));

    [Fact]
    public void Before_the_deadline_an_unreported_organisation_is_due_not_overdue() =>
        Assert.Equal(DueState.Due, InspectionRules.StateOf(new DateOnly(2024, 1, 1), 2025, null, new DateOnly(2026, 5, 31), National));

    [Fact]
    public void A_report_needs_an_ended_year_figures_not_below_zero_and_the_party_organisation_answered()
    {
        var today = new DateOnly(2026, 6, 1);
        var ok = new FieldErrors();
        InspectionRules.CheckSubmission(ok, 2025, 0, 0, 0, false, today, today);
        Assert.False(ok.HasErrors);

        var errors = new FieldErrors();
        InspectionRules.CheckSubmission(errors, 2026, -1, null, -3, null, new DateOnly(2026, 6, 2), today);
        Assert.Equal(["income", "partyOrganisation", "spending", "staffCount", "year"], errors.Errors.Keys.Order());
        var early = new FieldErrors();
        InspectionRules.CheckSubmission(early, 2025, 1, 1, 1, true, new DateOnly(2025, 12, 31), today);
        Assert.True(early.Has("submittedOn"));
    }

    [Theory]
    [InlineData("qualified", null, false)]
    [InlineData("basically-qualified", null, true)]
    [InlineData("unqualified", "  ", true)]
    [InlineData("unqualified", "未按章程开展活动", false)]
    public void Basically_qualified_and_unqualified_need_reasons(string conclusion, string? reason, bool refused)
    {
        var errors = new FieldErrors();
        InspectionRules.CheckConclusion(errors, conclusion, reason, out _);
        Assert.Equal(refused, errors.Has("reason"));
    }

    [Fact]
    public void An_unknown_conclusion_is_refused()
    {
        var errors = new FieldErrors();
        InspectionRules.CheckConclusion(errors, "excellent", "x", out _);
        Assert.True(errors.Has("conclusion"));
    }

    private static IConfiguration Section(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
