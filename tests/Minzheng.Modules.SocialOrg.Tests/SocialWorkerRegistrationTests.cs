using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>Registering social workers: in the clerk's own town, once while working, leaving once and not before starting.</summary>
public sealed class SocialWorkerRegistrationTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task A_social_worker_is_registered_only_in_the_clerks_town_once_and_leaves_once()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var outside = await SocialWorkApi.PostAsync(clerk, SyntheticIds.NextIdNumber(), TestDistricts.VillageOfDonglin, "2026-01-01");
        Assert.True((await outside.JsonAsync(HttpStatusCode.BadRequest)).HasError("divisionCode"));
        var badLevel = await clerk.PostAsJsonAsync("/api/socialorg/social-workers", new
        {
            name = "李社工", idNumber = SyntheticIds.NextIdNumber(), level = "expert", certificateNumber = "S1", employer = "站", divisionCode = TestDistricts.VillageOfWansheng,
        });
        Assert.True((await badLevel.JsonAsync(HttpStatusCode.BadRequest)).HasError("level"));

        var idNumber = SyntheticIds.NextIdNumber();
        var worker = await (await SocialWorkApi.PostAsync(clerk, idNumber, TestDistricts.VillageOfWansheng, "2026-01-01")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await SocialWorkApi.PostAsync(clerk, idNumber, TestDistricts.VillageOfWansheng, "2026-01-01")).StatusCode);
        var early = await clerk.PostAsJsonAsync($"/api/socialorg/social-workers/{worker.Id()}/left/{worker.Version()}", new { leftOn = "2025-12-31" });
        Assert.True((await early.JsonAsync(HttpStatusCode.BadRequest)).HasError("leftOn"));
        var left = await (await clerk.PostAsJsonAsync($"/api/socialorg/social-workers/{worker.Id()}/left/{worker.Version()}", new { leftOn = "2026-05-31" })).JsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"/api/socialorg/social-workers/{worker.Id()}/left/{left.Version()}", new { })).StatusCode);
    }

}
