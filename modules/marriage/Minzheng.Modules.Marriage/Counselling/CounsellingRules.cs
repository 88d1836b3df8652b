using Minzheng.Modules.Marriage.Divorce;

namespace Minzheng.Modules.Marriage.Counselling;

/// <summary>When a counselling session may be linked to a divorce application.</summary>
public static class CounsellingRules
{
    /// <summary>
    /// Why the session cannot be linked (Chinese), or null: the application must be in its cooling-off
    /// period today, and the session held within that period.
    /// </summary>
    public static string? LinkRefusal(string effectiveStatus, DateOnly? acceptedOn, DateOnly? coolingOffEnds, DateOnly heldOn)
    {
        if (effectiveStatus != DivorceStatus.CoolingOff || acceptedOn is null || coolingOffEnds is null)
        {
            return "只能关联处于离婚冷静期内的离婚登记申请";
        }
        return heldOn < acceptedOn || heldOn > coolingOffEnds
            ? $"辅导日期须在离婚冷静期内（{acceptedOn:yyyy-MM-dd}至{coolingOffEnds:yyyy-MM-dd}）"
            : null;
    }
}
