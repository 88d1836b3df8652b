using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Certificates;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Stars;
using Minzheng.Modules.Volunteer.Volunteers;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>The module's rules in plain C#: minors' bands, attendance, hours and flags, numbers.</summary>
public sealed class RulesTests
{
    private static readonly MinorOptions National = MinorOptions.Default;

    [Theory]
    [InlineData(7, MinorRequirement.NotAllowed)]
    [InlineData(8, MinorRequirement.GuardianConsent)]
    [InlineData(17, MinorRequirement.GuardianConsent)]
    [InlineData(18, MinorRequirement.None)]
    public void The_national_bands_refuse_under_8_and_ask_consent_to_18(int age, MinorRequirement expected) =>
        Assert.Equal(expected, MinorRules.RequirementFor(age, National));

    [Fact]
    public void A_minors_registration_and_sign_up_name_the_rule_they_break()
    {
        Assert.Contains("未满8周岁", MinorRules.RefuseRegistration(7, consentGiven: true, National));
        Assert.Contains("须有监护人同意", MinorRules.RefuseRegistration(12, consentGiven: false, National));
        Assert.Null(MinorRules.RefuseRegistration(12, consentGiven: true, National));
        Assert.Contains("不适合未成年人", MinorRules.RefuseSignUp(12, true, suitableForMinors: false, null, National));
        Assert.Contains("要求年满14周岁", MinorRules.RefuseSignUp(12, true, suitableForMinors: true, minimumAge: 14, National));
        Assert.Null(MinorRules.RefuseSignUp(12, true, suitableForMinors: true, null, National));
        Assert.Null(MinorRules.RefuseSignUp(30, false, suitableForMinors: false, null, National));
        var province = new MinorOptions { Bands = [new MinorBand { FromAge = 0, ToAge = 10, Requirement = MinorRequirement.GuardianPresent }] };
        Assert.Equal(MinorRequirement.GuardianPresent, MinorRules.RequirementFor(9, province));
        Assert.Equal(MinorRequirement.None, MinorRules.RequirementFor(12, province));
    }

    [Fact]
    public void Overlapping_bands_are_a_configuration_problem()
    {
        Assert.Null(National.Problem());
        var overlapping = new MinorOptions { Bands = [new MinorBand { FromAge = 0, ToAge = 10 }, new MinorBand { FromAge = 8, ToAge = 18 }] };
        Assert.Contains("overlap", overlapping.Problem());
        Assert.NotNull(new MinorOptions { Bands = [new MinorBand { FromAge = 10, ToAge = 10 }] }.Problem());
    }

    [Fact]
    public void Hours_served_run_from_check_in_to_check_out_inside_the_activity_rounded_down_to_a_tenth()
    {
        var start = new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
        var activity = new Activity { StartsAt = start, EndsAt = start.AddHours(3) };
        Assert.Equal(3m, ActivityRules.HoursServed(start.AddMinutes(-40), start.AddHours(5), activity));
        Assert.Equal(1.5m, ActivityRules.HoursServed(start.AddMinutes(30), start.AddHours(2), activity));
        Assert.Equal(0.9m, ActivityRules.HoursServed(start, start.AddMinutes(59), activity));
        Assert.Equal(0m, ActivityRules.HoursServed(start.AddHours(4), start.AddHours(5), activity));
    }

    [Fact]
    public void Attendance_opens_an_hour_before_and_refuses_a_second_check_in()
    {
        var start = new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
        var activity = new Activity { StartsAt = start, EndsAt = start.AddHours(3), Status = ActivityStatus.Recruiting };
        var signUp = new SignUp();
        Assert.Contains("开始前1小时", Attendance.CheckIn(activity, signUp, start.AddMinutes(-61), "desk"));
        Assert.Null(Attendance.CheckIn(activity, signUp, start.AddMinutes(-30), "qr"));
        Assert.Contains("不能重复签到", Attendance.CheckIn(activity, signUp, start, "qr"));
        Assert.Null(Attendance.CheckOut(activity, signUp, start.AddHours(2)));
        Assert.Contains("不能重复签退", Attendance.CheckOut(activity, signUp, start.AddHours(2)));
        Assert.Contains("尚未签到", Attendance.CheckOut(activity, new SignUp(), start.AddHours(2)));
        Assert.Contains("签退时限", Attendance.CheckOut(activity, new SignUp { CheckedInAt = start }, start.AddHours(5.5)));
    }

    [Fact]
    public void A_record_is_flagged_over_24_hours_a_day_overlapping_another_and_without_check_out()
    {
        var day = new DateOnly(2026, 6, 1);
        var at = new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
        var morning = new ServiceRecord { Id = Guid.NewGuid(), Date = day, Hours = 20, StartedAt = at, EndedAt = at.AddHours(3), Status = RecordStatus.Confirmed };
        var overlapping = new ServiceRecord { Id = Guid.NewGuid(), Date = day, Hours = 2, StartedAt = at.AddHours(2), EndedAt = at.AddHours(4) };
        Assert.Equal("与其他活动时间重叠", HoursRules.Flags(overlapping, [morning], checkOutMissing: false));
        var late = new ServiceRecord { Id = Guid.NewGuid(), Date = day, Hours = 5, StartedAt = at.AddHours(5), EndedAt = at.AddHours(10) };
        Assert.Equal("当日累计超过24小时；缺少签退，时长暂按活动结束时间计算", HoursRules.Flags(late, [morning], checkOutMissing: true));
        morning.Status = RecordStatus.Declined;
        Assert.Equal("", HoursRules.Flags(late, [morning], checkOutMissing: false));
        Assert.NotNull(HoursRules.RefuseHours(0));
        Assert.NotNull(HoursRules.RefuseHours(24.5m));
        Assert.NotNull(HoursRules.RefuseHours(1.25m));
        Assert.Null(HoursRules.RefuseHours(2.5m));
    }

    [Fact]
    public void Numbers_follow_the_highest_of_the_year_without_gaps()
    {
        Assert.Equal("500110-2026-000001", VolunteerNumbers.Next("500110", 2026, null));
        Assert.Equal("500110-2026-000042", VolunteerNumbers.Next("500110", 2026, "500110-2026-000041"));
        Assert.Equal("500110-2027-000001", VolunteerNumbers.Next("500110", 2027, "500110-2026-000041"));
        Assert.Equal("2026-000008", CertificateRules.NextNumber(2026, "2026-000007"));
        Assert.Equal(12, CertificateRules.NewCode().Length);
        Assert.All(CertificateRules.NewCode(), c => Assert.Contains(c, CertificateRules.CodeAlphabet));
    }

    [Theory]
    [InlineData(99.9, 0)]
    [InlineData(100, 1)]
    [InlineData(299.9, 1)]
    [InlineData(600, 3)]
    [InlineData(1499.9, 4)]
    [InlineData(1500, 5)]
    [InlineData(9000, 5)]
    public void Star_levels_follow_the_hours_thresholds(double hours, int level) => Assert.Equal(level, StarRules.LevelFor((decimal)hours, new StarOptions()));

    [Fact]
    public void A_level_is_proposed_only_above_what_is_held_outside_a_publicity_and_a_bar()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(2, StarRules.Proposal(2, 1, inPublicity: false, barredUntil: null, today));
        Assert.Null(StarRules.Proposal(1, 1, inPublicity: false, barredUntil: null, today));
        Assert.Null(StarRules.Proposal(2, 1, inPublicity: true, barredUntil: null, today));
        Assert.Null(StarRules.Proposal(2, 0, inPublicity: false, barredUntil: today, today));
        Assert.Equal(2, StarRules.Proposal(2, 0, inPublicity: false, barredUntil: today.AddDays(-1), today));
        Assert.Null(StarRules.Proposal(0, 0, inPublicity: false, barredUntil: null, today));
    }

    [Fact]
    public void Star_options_must_rise_and_stay_in_bounds()
    {
        Assert.Null(new StarOptions().Problem());
        Assert.NotNull(new StarOptions { Thresholds = [100m, 100m] }.Problem());
        Assert.NotNull(new StarOptions { Thresholds = [] }.Problem());
        Assert.NotNull(new StarOptions { PublicityWorkingDays = -1 }.Problem());
        Assert.NotNull(new StarOptions { BarYears = 0 }.Problem());
    }
}
