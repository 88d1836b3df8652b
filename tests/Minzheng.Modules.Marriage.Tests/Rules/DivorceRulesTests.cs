using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Tests.Rules;

public sealed class DivorceRulesTests
{
    // 2026 Labour Day: 05-01..05-05 off, Saturday 05-09 a working day (调休).
    private static readonly HolidayCalendar Calendar = new(
        Days(new DateOnly(2026, 5, 1), 5), new HashSet<DateOnly> { new(2026, 5, 9) });

    private static HashSet<DateOnly> Days(DateOnly from, int count) => Enumerable.Range(0, count).Select(from.AddDays).ToHashSet();

    [Fact]
    public void Cooling_off_is_30_days_from_the_next_day()
    {
        // Accepted Monday 03-02: day 1 is 03-03, day 30 is Wednesday 04-01.
        var windows = DivorceRules.Windows(new DateOnly(2026, 3, 2), HolidayCalendar.None);
        Assert.Equal(new DateOnly(2026, 4, 1), windows.CoolingOffEnds);
        Assert.Equal(new DateOnly(2026, 5, 1), windows.RequestWindowEnds);
    }

    [Fact]
    public void A_window_ending_on_a_holiday_ends_on_the_next_working_day()
    {
        // Accepted 04-01: day 30 would be 05-01 (劳动节), so cooling-off ends Wednesday 05-06.
        var windows = DivorceRules.Windows(new DateOnly(2026, 4, 1), Calendar);
        Assert.Equal(new DateOnly(2026, 5, 6), windows.CoolingOffEnds);
        // The second window counts from 05-07: day 30 is Friday 06-05.
        Assert.Equal(new DateOnly(2026, 6, 5), windows.RequestWindowEnds);
    }

    [Fact]
    public void The_second_window_ending_on_a_holiday_moves_too()
    {
        var windows = DivorceRules.Windows(new DateOnly(2026, 3, 2), Calendar);
        Assert.Equal(new DateOnly(2026, 4, 1), windows.CoolingOffEnds);
        Assert.Equal(new DateOnly(2026, 5, 6), windows.RequestWindowEnds);
    }

    [Fact]
    public void A_weekend_end_moves_to_Monday_but_a_working_Saturday_stays()
    {
        Assert.Equal(new DateOnly(2026, 4, 6), Calendar.PeriodEnd(new DateOnly(2026, 3, 5), 30)); // 04-04 Sat → 04-06 Mon
        Assert.Equal(new DateOnly(2026, 5, 9), Calendar.PeriodEnd(new DateOnly(2026, 4, 9), 30)); // 05-09 working Saturday
        var noWeekends = Calendar with { WeekendsAreHolidays = false };
        Assert.Equal(new DateOnly(2026, 4, 4), noWeekends.PeriodEnd(new DateOnly(2026, 3, 5), 30));
    }

    private static readonly DateOnly CoolEnd = new(2026, 4, 1);
    private static readonly DateOnly WindowEnd = new(2026, 5, 1);

    [Theory]
    [InlineData("2026-03-02", DivorceStatus.CoolingOff)]
    [InlineData("2026-04-01", DivorceStatus.CoolingOff)]        // cooling-off day 30
    [InlineData("2026-04-02", DivorceStatus.AwaitingRequest)]   // day 31: the second window
    [InlineData("2026-05-01", DivorceStatus.AwaitingRequest)]   // second window day 30
    [InlineData("2026-05-02", DivorceStatus.DeemedWithdrawn)]   // day 31: deemed withdrawn
    public void Time_moves_an_accepted_application(string today, string expected)
    {
        Assert.Equal(expected, DivorceRules.EffectiveStatus(DivorceStatus.CoolingOff, CoolEnd, WindowEnd, DateOnly.Parse(today)));
        if (expected != DivorceStatus.CoolingOff)
        {
            Assert.Equal(expected, DivorceRules.EffectiveStatus(DivorceStatus.AwaitingRequest, CoolEnd, WindowEnd, DateOnly.Parse(today)));
        }
    }

    [Theory]
    [InlineData(DivorceStatus.Applied)]
    [InlineData(DivorceStatus.Requested)]
    [InlineData(DivorceStatus.Withdrawn)]
    [InlineData(DivorceStatus.Registered)]
    [InlineData(DivorceStatus.Refused)]
    [InlineData(DivorceStatus.RegistrationRefused)]
    [InlineData(DivorceStatus.DeemedWithdrawn)]
    public void Time_does_not_move_other_states(string status) =>
        Assert.Equal(status, DivorceRules.EffectiveStatus(status, CoolEnd, WindowEnd, new DateOnly(2027, 1, 1)));

    public static TheoryData<DivorceAction, string> Legal => new()
    {
        { DivorceAction.Accept, DivorceStatus.Applied },
        { DivorceAction.Refuse, DivorceStatus.Applied },
        { DivorceAction.Withdraw, DivorceStatus.CoolingOff },
        { DivorceAction.RequestCertificate, DivorceStatus.AwaitingRequest },
        { DivorceAction.Register, DivorceStatus.Requested },
        { DivorceAction.RefuseRegistration, DivorceStatus.Requested },
    };

    [Theory]
    [MemberData(nameof(Legal))]
    public void Each_action_is_legal_in_exactly_one_state(DivorceAction action, string legalIn)
    {
        foreach (var status in DivorceStatus.Labels.Keys)
        {
            var refusal = DivorceRules.Refusal(action, status, CoolEnd, WindowEnd);
            if (status == legalIn)
            {
                Assert.Null(refusal);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(refusal), $"{action} in {status} must be refused");
            }
        }
    }

    [Fact]
    public void Refusals_explain_the_windows()
    {
        Assert.Equal("离婚冷静期至2026-04-01届满，届满后方可申请发给离婚证",
            DivorceRules.Refusal(DivorceAction.RequestCertificate, DivorceStatus.CoolingOff, CoolEnd, WindowEnd));
        Assert.StartsWith("离婚冷静期已于2026-04-01届满，不能再撤回",
            DivorceRules.Refusal(DivorceAction.Withdraw, DivorceStatus.AwaitingRequest, CoolEnd, WindowEnd));
        Assert.StartsWith("双方未在2026-05-01前共同申请发给离婚证",
            DivorceRules.Refusal(DivorceAction.RequestCertificate, DivorceStatus.DeemedWithdrawn, CoolEnd, WindowEnd));
        Assert.Equal("申请当前状态为“已撤回”，不能登记离婚",
            DivorceRules.Refusal(DivorceAction.Register, DivorceStatus.Withdrawn, CoolEnd, WindowEnd));
    }

    [Fact]
    public void Final_states_are_final()
    {
        Assert.All([DivorceStatus.Refused, DivorceStatus.Withdrawn, DivorceStatus.Registered, DivorceStatus.RegistrationRefused, DivorceStatus.DeemedWithdrawn],
            s => Assert.True(DivorceRules.IsFinal(s)));
        Assert.All([DivorceStatus.Applied, DivorceStatus.CoolingOff, DivorceStatus.AwaitingRequest, DivorceStatus.Requested],
            s => Assert.False(DivorceRules.IsFinal(s)));
    }
}
