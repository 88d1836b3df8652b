namespace Minzheng.Modules.SocialOrg.Dashboard;

/// <summary>A point of a dashboard chart.</summary>
/// <param name="Label">A type, a status, a grade, a town.</param>
/// <param name="Value">The count.</param>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>The module's dashboard in the caller's scope.</summary>
/// <param name="Registered">Organisations on the register now (正常).</param>
/// <param name="InspectionYear">The year being inspected (last year).</param>
/// <param name="InspectionDue">Organisations on that year's list, exempt ones left out.</param>
/// <param name="InspectionReported">Of those, reports received (submitted or concluded).</param>
/// <param name="InspectionConcluded">Of those, concluded.</param>
/// <param name="InspectionOverdue">Of those, past the deadline without a report.</param>
/// <param name="Abnormal">On the 活动异常名录 now.</param>
/// <param name="Serious">On the 严重违法失信名单 now.</param>
/// <param name="Graded">Organisations holding a grade now.</param>
/// <param name="SocialWorkers">表2 row 7: social workers working today.</param>
/// <param name="SocialWorkersTarget">Row 7's target as the plan prints it, with plan, row and year; "未列入规划" when no plan row names it.</param>
/// <param name="SocialWorkersVerdict">达标, 未达标 or 无法判断.</param>
/// <param name="Stations">Open social work stations.</param>
/// <param name="ByType">Registered organisations per type.</param>
/// <param name="ByStatus">Organisations per status.</param>
/// <param name="Inspection">The inspected year's list per state.</param>
/// <param name="Grades">Grades held now, 1A–5A.</param>
/// <param name="SocialWorkersByTown">Row 7 per town.</param>
/// <param name="StationsByTown">Open stations per town.</param>
public sealed record SocialOrgDashboard(int Registered, int InspectionYear, int InspectionDue, int InspectionReported, int InspectionConcluded, int InspectionOverdue,
    int Abnormal, int Serious, int Graded, int SocialWorkers, string SocialWorkersTarget, string SocialWorkersVerdict, int Stations,
    IReadOnlyList<ChartPoint> ByType, IReadOnlyList<ChartPoint> ByStatus, IReadOnlyList<ChartPoint> Inspection, IReadOnlyList<ChartPoint> Grades,
    IReadOnlyList<ChartPoint> SocialWorkersByTown, IReadOnlyList<ChartPoint> StationsByTown);
