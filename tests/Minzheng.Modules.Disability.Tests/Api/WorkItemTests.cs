using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>The module's waiting work on the staff home page, counted in the caller's scope for who may act on it.</summary>
public sealed class WorkItemTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task The_home_page_counts_applications_to_review_for_the_town_and_to_decide_for_the_district()
    {
        var (_, person) = await host.PersonAsync(name: "待审");
        var application = await (await host.Client(Staff.VillageClerk).ApplyAsync(person)).JsonAsync(HttpStatusCode.Created);

        var wansheng = await WorkAsync(host.Client(Staff.TownClerk));
        Assert.True(wansheng.TryGetValue("disability.to-review", out var toReview));
        Assert.True(toReview >= 1);
        Assert.False((await WorkAsync(host.Client(Staff.DonglinClerk))).ContainsKey("disability.to-review"));

        var decideBefore = (await WorkAsync(host.Client(Staff.Officer))).GetValueOrDefault("disability.to-decide");
        var reviewed = await (await host.Client(Staff.TownClerk).PostAsJsonAsync(
            $"/api/disability/applications/{application.Id()}/review/pass/{application.Version()}", new { note = "材料齐全" })).JsonAsync();
        Assert.Equal(toReview - 1, (await WorkAsync(host.Client(Staff.TownClerk))).GetValueOrDefault("disability.to-review"));
        host.Advance(8);
        Assert.Equal(decideBefore + 1, (await WorkAsync(host.Client(Staff.Officer))).GetValueOrDefault("disability.to-decide"));
        _ = reviewed;
    }

    private static async Task<Dictionary<string, int>> WorkAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray()
        .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("count").GetInt32());
}
