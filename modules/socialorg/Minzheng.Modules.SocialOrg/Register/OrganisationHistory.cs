using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>Writes a step of an organisation's history.</summary>
internal static class OrganisationHistory
{
    public static void Record(SocialOrgDb db, Organisation organisation, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        // Added to the set, not to organisation.Steps: EF would take a step with its key set, found only through the
        // navigation of a tracked organisation, for an existing row.
        db.OrganisationSteps.Add(new OrganisationStep
        {
            OrganisationId = organisation.Id, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note,
        });
}
