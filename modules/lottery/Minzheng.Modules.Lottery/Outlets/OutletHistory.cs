using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>An outlet's history: its decisions, and its contract, terminals, inspections and penalties, on its one timeline.</summary>
internal static class OutletHistory
{
    /// <summary>Adds a step to the outlet's history.</summary>
    public static void Record(LotteryDb db, Guid outletId, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        // Added to the set: EF takes a step with its key set, reached only through a tracked outlet's navigation, for an existing row.
        db.OutletSteps.Add(new OutletStep { OutletId = outletId, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note });
}
