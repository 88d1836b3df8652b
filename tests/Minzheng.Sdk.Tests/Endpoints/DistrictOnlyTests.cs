using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Tests.Endpoints;

/// <summary>The decisions the law gives the district's bureau: a town or village clerk gets a 403 naming who decides.</summary>
public sealed class DistrictOnlyTests
{
    private sealed record Caller(OrgScope Scope) : ICallerContext
    {
        public bool IsAuthenticated => true;
        public string DistrictId => "wansheng";
        public StaffMember Staff { get; } = new("clerk", "办事员");
        public bool HasPermission(string permission) => true;
    }

    [Fact]
    public void A_district_caller_passes()
    {
        Assert.Null(Problems.DistrictOnly(new Caller(new OrgScope(OrgLevel.District, "500110")), "由区民政局决定。"));
    }

    [Theory]
    [InlineData(OrgLevel.Town, "500110004")]
    [InlineData(OrgLevel.Village, "500110004001")]
    public void A_town_or_village_caller_is_refused_with_the_reason(OrgLevel level, string division)
    {
        var problem = Problems.DistrictOnly(new Caller(new OrgScope(level, division)), "销售网点的设立和关闭由区民政局决定。");
        Assert.NotNull(problem);
        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Equal("销售网点的设立和关闭由区民政局决定。", problem.ProblemDetails.Detail);
    }
}
