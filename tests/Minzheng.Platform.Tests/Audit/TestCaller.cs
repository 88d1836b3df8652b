using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>A signed-in caller without a request.</summary>
internal sealed class TestCaller(string districtId, StaffMember staff) : ICallerContext
{
    public bool IsAuthenticated => true;

    public string DistrictId => districtId;

    public StaffMember Staff => staff;

    public OrgScope Scope => new(OrgLevel.District, "500110");

    public bool HasPermission(string permission) => true;
}
