using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

public sealed class CertificateExpiryTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task A_certificate_that_expires_without_any_event_is_paid_through_its_last_valid_month_only()
    {
        var (_, idNumber) = await host.PersonAsync(validUntil: new DateOnly(2026, 7, 15));
        var application = await host.ApprovedAsync(idNumber);
        host.SetToday(new DateOnly(2026, 8, 5));
        var roster = await (await host.Client(Staff.Officer).PostAsJsonAsync("/api/disability/rosters", new { month = "2026-08" })).JsonAsync();
        var lines = (await (await host.Client(Staff.Officer).GetAsync($"/api/disability/rosters/{roster.Id()}/lines")).JsonAsync())
            .GetProperty("items").EnumerateArray()
            .Where(l => l.GetProperty("applicationId").GetString() == application.Id())
            .Select(l => l.GetProperty("forMonth").GetString())
            .ToList();
        Assert.Equal(["2026-06", "2026-07"], lines);
    }
}
