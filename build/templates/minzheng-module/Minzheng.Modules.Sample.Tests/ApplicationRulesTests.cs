using Minzheng.Modules.Sample.Applications;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Sample.Tests;

/// <summary>The rules alone: no web, no database.</summary>
public sealed class ApplicationRulesTests
{
    [Fact]
    public void Closing_sets_the_day_and_outcome_and_tells_other_modules()
    {
        var application = new Application { Id = Guid.NewGuid(), DivisionCode = TestDistricts.VillageOfWansheng, Status = ApplicationStatus.Submitted };
        var closed = ApplicationRules.Close(application, new DateOnly(2026, 6, 2), "已办理");
        Assert.Equal(ApplicationStatus.Closed, application.Status);
        Assert.Equal(new DateOnly(2026, 6, 2), application.ClosedOn);
        Assert.Equal("已办理", application.Outcome);
        Assert.Equal(new Events.ApplicationClosed(application.Id, TestDistricts.VillageOfWansheng, new DateOnly(2026, 6, 2)), closed);
    }

    [Fact]
    public void A_closed_application_is_not_closed_again()
    {
        Assert.Null(ApplicationRules.RefuseClose(ApplicationStatus.Submitted));
        Assert.Contains("只有待办结的申请可以办结", ApplicationRules.RefuseClose(ApplicationStatus.Closed));
        var application = new Application { Status = ApplicationStatus.Closed, ClosedOn = new DateOnly(2026, 6, 1) };
        Assert.Throws<InvalidOperationException>(() => ApplicationRules.Close(application, new DateOnly(2026, 6, 2), "再次办结"));
        Assert.Equal(new DateOnly(2026, 6, 1), application.ClosedOn);
    }
}
