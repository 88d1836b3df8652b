namespace Minzheng.Modules.Volunteer.Reports;

/// <summary>One row of an hour report.</summary>
/// <param name="Key">What the row is, as staff look it up: the town or village code, the volunteer number, the month (<c>2026-03</c>), the team's or activity's id.</param>
/// <param name="Label">Its name (万盛街道, 张三, 2026年3月, the team's name); 手工录入 for hours without an activity.</param>
/// <param name="Volunteers">Different volunteers with confirmed hours in the row.</param>
/// <param name="Entries">Records of hours.</param>
/// <param name="Hours">Confirmed hours.</param>
public sealed record HoursReportRow(string Key, string Label, int Volunteers, int Entries, decimal Hours);

/// <summary>The whole report's totals, each volunteer and record counted once (a volunteer in two teams is in two team rows).</summary>
/// <param name="Volunteers">Different volunteers.</param>
/// <param name="Entries">Records of hours.</param>
/// <param name="Hours">Confirmed hours.</param>
public sealed record HoursReportTotal(int Volunteers, int Entries, decimal Hours);
