namespace Minzheng.Modules.Marriage.Common;

/// <summary>Masking of full ID numbers in answers: staff read the masked form unless they asked for the record itself.</summary>
public static class Masking
{
    /// <summary>The first 6 and last 4 characters around 8 asterisks, as the SDK's <c>IdNumber.Masked</c>.</summary>
    public static string Mask(string idNumber) =>
        idNumber.Length == 18 ? string.Concat(idNumber.AsSpan(0, 6), "********", idNumber.AsSpan(14, 4)) : "******";
}

/// <summary>One step of a record's history: what happened, who did it, when.</summary>
/// <param name="At">When.</param>
/// <param name="Title">What happened (受理, 撤回, …).</param>
/// <param name="By">Who (staff name; 系统 for the platform).</param>
/// <param name="Note">A reason or remark.</param>
public sealed record StepView(DateTimeOffset At, string Title, string By, string? Note);
