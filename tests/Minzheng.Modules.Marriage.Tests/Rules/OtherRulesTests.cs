using Minzheng.Modules.Marriage.Appointments;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Counselling;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Statistics;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Tests.Rules;

public sealed class ReissueRulesTests
{
    private static ReissueFacts Marriage(DateOnly? dissolved = null, MaritalStatus a = MaritalStatus.Unknown, MaritalStatus b = MaritalStatus.Unknown, bool voided = false) =>
        new(CertificateKind.Marriage, voided, dissolved, false, a, b);

    [Fact]
    public void A_marriage_in_force_is_reissued_as_BJ()
    {
        Assert.Null(ReissueRules.Refusal(Marriage()));
        Assert.Null(ReissueRules.Refusal(Marriage(a: MaritalStatus.Married, b: MaritalStatus.Married)));
        Assert.Equal(CertificateKind.MarriageReissue, ReissueRules.ReissueKind(CertificateKind.Marriage));
        Assert.Equal(CertificateKind.DivorceReissue, ReissueRules.ReissueKind(CertificateKind.Divorce));
    }

    [Fact]
    public void A_marriage_since_dissolved_is_refused_with_the_record_certificate_offered() =>
        Assert.Equal("双方已于2026-04-02登记离婚，婚姻状况已发生变化，不予补领；可出具婚姻登记记录证明",
            ReissueRules.Refusal(Marriage(dissolved: new DateOnly(2026, 4, 2))));

    [Theory]
    [InlineData(MaritalStatus.Divorced, "离婚")]
    [InlineData(MaritalStatus.Widowed, "丧偶")]
    public void A_registry_status_changed_since_is_refused(MaritalStatus status, string label) =>
        Assert.Contains($"“{label}”", ReissueRules.Refusal(Marriage(b: status)));

    [Fact]
    public void A_marriage_ended_by_death_is_refused() =>
        Assert.Equal("一方当事人已于2026-05-01死亡，婚姻关系已终止，不予补领；可出具婚姻登记记录证明",
            ReissueRules.Refusal(new ReissueFacts(CertificateKind.Marriage, false, new DateOnly(2026, 5, 1), false, MaritalStatus.Unknown, MaritalStatus.Unknown, EndedByDeath: true)));

    [Fact]
    public void A_voided_original_is_refused() => Assert.Contains("作废", ReissueRules.Refusal(Marriage(voided: true)));

    [Fact]
    public void A_divorce_is_refused_once_a_party_remarried()
    {
        Assert.Null(ReissueRules.Refusal(new ReissueFacts(CertificateKind.Divorce, false, null, false, MaritalStatus.Divorced, MaritalStatus.Unknown)));
        Assert.Contains("再婚", ReissueRules.Refusal(new ReissueFacts(CertificateKind.Divorce, false, null, true, MaritalStatus.Unknown, MaritalStatus.Unknown)));
        Assert.Contains("再婚", ReissueRules.Refusal(new ReissueFacts(CertificateKind.Divorce, false, null, false, MaritalStatus.Unknown, MaritalStatus.Married)));
    }
}

public sealed class AppointmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Dates_from_today_to_60_days_ahead_may_be_booked()
    {
        Assert.Null(AppointmentRules.DateRefusal(Today, Today));
        Assert.Null(AppointmentRules.DateRefusal(Today.AddDays(60), Today));
        Assert.Equal("不能预约今天以前的日期", AppointmentRules.DateRefusal(Today.AddDays(-1), Today));
        Assert.NotNull(AppointmentRules.DateRefusal(Today.AddDays(61), Today));
    }

    [Fact]
    public void The_last_place_can_be_taken_and_no_more()
    {
        Assert.Null(AppointmentRules.CapacityRefusal(Today, 1, 2, "结婚登记"));
        Assert.Equal("2026-03-02的结婚登记预约已满（每日2个），请选择其他日期", AppointmentRules.CapacityRefusal(Today, 2, 2, "结婚登记"));
    }

    [Fact]
    public void Only_a_current_booking_can_be_cancelled()
    {
        Assert.Null(AppointmentRules.CancelRefusal(AppointmentCatalogue.Booked, Today, Today));
        Assert.Equal("该预约已取消", AppointmentRules.CancelRefusal(AppointmentCatalogue.Cancelled, Today, Today));
        Assert.Equal("预约日期已过，不能取消", AppointmentRules.CancelRefusal(AppointmentCatalogue.Booked, Today.AddDays(-1), Today));
    }
}

public sealed class CounsellingRulesTests
{
    private static readonly DateOnly Accepted = new(2026, 3, 2);
    private static readonly DateOnly Ends = new(2026, 4, 1);

    [Fact]
    public void Sessions_link_to_an_application_in_cooling_off_within_the_period()
    {
        Assert.Null(CounsellingRules.LinkRefusal(DivorceStatus.CoolingOff, Accepted, Ends, Accepted));
        Assert.Null(CounsellingRules.LinkRefusal(DivorceStatus.CoolingOff, Accepted, Ends, Ends));
        Assert.Contains("须在离婚冷静期内", CounsellingRules.LinkRefusal(DivorceStatus.CoolingOff, Accepted, Ends, Accepted.AddDays(-1)));
    }

    [Theory]
    [InlineData(DivorceStatus.Applied)]
    [InlineData(DivorceStatus.AwaitingRequest)]
    [InlineData(DivorceStatus.Withdrawn)]
    [InlineData(DivorceStatus.Registered)]
    public void Other_states_cannot_be_linked(string status) =>
        Assert.Equal("只能关联处于离婚冷静期内的离婚登记申请", CounsellingRules.LinkRefusal(status, Accepted, Ends, Accepted));
}

public sealed class StatisticsRulesTests
{
    [Fact]
    public void Months_are_all_shown_and_other_years_ignored()
    {
        var months = StatisticsRules.ByMonth([new(2026, 1, 5), new(2026, 1, 9), new(2026, 12, 1), new(2025, 1, 1)], 2026);
        Assert.Equal(12, months.Count);
        Assert.Equal(new ChartPoint("1月", 2), months[0]);
        Assert.Equal(new ChartPoint("12月", 1), months[11]);
        Assert.Equal(0, months[5].Value);
    }

    [Fact]
    public void Towns_group_villages_are_named_with_their_code_beside_and_outsiders_come_last()
    {
        var names = new Dictionary<string, string> { ["500110004"] = "万盛街道" };
        var towns = StatisticsRules.ByTown(["500110005001", "500110004", "500110", "500110004002"], names.GetValueOrDefault);
        // A town the district's divisions do not name keeps its code as the label.
        Assert.Equal([new ChartPoint("万盛街道", 2, "500110004"), new ChartPoint("500110005", 1, "500110005"), new ChartPoint(StatisticsRules.OutsideDistrict, 1)], towns);
    }

    [Fact]
    public void Shares_are_percentages_with_one_decimal()
    {
        Assert.Equal(33.3m, StatisticsRules.Percent(1, 3));
        Assert.Equal(0m, StatisticsRules.Percent(0, 0));
    }
}
