namespace Minzheng.Modules.Marriage.Common;

/// <summary>One step of a record's history: what happened, who did it, when.</summary>
/// <param name="At">When.</param>
/// <param name="Title">What happened (受理, 撤回, …).</param>
/// <param name="By">Who (staff name; 系统 for the platform).</param>
/// <param name="Note">A reason or remark.</param>
public sealed record StepView(DateTimeOffset At, string Title, string By, string? Note);
