namespace Minzheng.Modules.Volunteer.Dashboard;

/// <summary>A point of a dashboard chart.</summary>
/// <param name="Label">A town's name, a month.</param>
/// <param name="Value">The figure; null when it cannot be computed (a town without residents).</param>
public sealed record ChartPoint(string Label, decimal? Value);

/// <summary>
/// The module's dashboard: 表2 rows 16–17 against the plan's targets, with where row 16's denominator comes from, and
/// this year's confirmed hours.
/// </summary>
/// <param name="Volunteers">Real-name volunteers registered and not left (row 16's numerator).</param>
/// <param name="Residents">Living residents of the resident registry (row 16's denominator).</param>
/// <param name="Share">Row 16 in percent; null when the registry holds no living resident.</param>
/// <param name="ShareTarget">Row 16's target as the plan prints it, with its plan, row and year; "未列入规划" when no plan row names it.</param>
/// <param name="ShareVerdict">达标, 未达标, or 无法判断.</param>
/// <param name="CommunityTeams">Community teams existing today (row 17).</param>
/// <param name="TeamsTarget">Row 17's target, as <paramref name="ShareTarget"/>.</param>
/// <param name="TeamsVerdict">As <paramref name="ShareVerdict"/>.</param>
/// <param name="ServiceHoursThisYear">Confirmed service hours of this year (Beijing).</param>
/// <param name="ShareRule">How row 16 is computed, as the plan page says it.</param>
/// <param name="ShareByTown">Row 16 per town.</param>
/// <param name="VolunteersByTown">Volunteers per town.</param>
/// <param name="HoursByMonth">This year's confirmed service hours per month.</param>
public sealed record VolunteerDashboard(int Volunteers, int Residents, decimal? Share, string ShareTarget, string ShareVerdict, int CommunityTeams, string TeamsTarget,
    string TeamsVerdict, decimal ServiceHoursThisYear, string ShareRule, IReadOnlyList<ChartPoint> ShareByTown, IReadOnlyList<ChartPoint> VolunteersByTown,
    IReadOnlyList<ChartPoint> HoursByMonth);
