using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// The staff member who uploaded a file, as the background worker acts for them: the audit trail
/// names them for every row written, and their scope (as it was at upload) bounds what the rows may touch.
/// </summary>
internal sealed class ImportActor(string districtId, ResidentImport import) : ICallerContext
{
    public bool IsAuthenticated => true;

    public string DistrictId => districtId;

    public StaffMember Staff { get; } = new(import.StaffId, import.StaffName);

    public OrgScope Scope => import.Scope;

    // The upload required the import permission; the rows need nothing more.
    public bool HasPermission(string permission) => permission == PlatformPermissions.RegistryImport;
}
