using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.Marriage.Tests.Support;

namespace Minzheng.Modules.Marriage.Tests.Api;

public sealed class CertificateApiTests : IAsyncLifetime
{
    private MarriageHost _host = null!;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        _host = await MarriageHost.StartAsync();
        _staff = _host.Staff();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(JsonElement Marriage, string Man, string Woman)> MarryAsync()
    {
        var (man, woman) = (TestIds.Man(), TestIds.Woman());
        var marriage = await (await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(man, woman))).ReadAsync();
        return (marriage, man, woman);
    }

    private async Task<JsonElement> DivorceAsync(string man, string woman)
    {
        var applied = await (await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = man, partyAName = "张三", partyBIdNumber = woman, partyBName = "李四",
            marriageCertificateNumber = "J500110-2026-000001", agreement = "协议", agreementSigned = true,
        })).ReadAsync();
        var id = applied.Str("id");
        await _staff.PostAsJsonAsync($"/api/marriage/divorces/{id}/accept/{0}", new { });
        _host.SetToday(new DateOnly(2026, 4, 2));
        await _staff.PostAsJsonAsync($"/api/marriage/divorces/{id}/request-certificate/{1}", new { });
        var registered = await (await _staff.PostAsJsonAsync($"/api/marriage/divorces/{id}/register/{3}", new { })).ReadAsync();
        Assert.Equal("registered", registered.Str("status"));
        return registered;
    }

    [Fact]
    public async Task A_marriage_certificate_is_reissued_with_a_BJ_number()
    {
        var (marriage, man, _) = await MarryAsync();
        var response = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = marriage.Str("certificateNumber"), applicantIdNumber = man, applicantName = "张三" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("BJ500110-2026-000001", (await response.ReadAsync()).Str("number"));
    }

    [Fact]
    public async Task Reissue_is_refused_after_a_divorce_and_a_record_certificate_issued_instead()
    {
        var (marriage, man, woman) = await MarryAsync();
        var divorce = await DivorceAsync(man, woman);

        var refused = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = marriage.Str("certificateNumber"), applicantIdNumber = woman, applicantName = "李四" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal("双方已于2026-04-02登记离婚，婚姻状况已发生变化，不予补领；可出具婚姻登记记录证明", problem.Str("detail"));
        Assert.Equal("record-certificate", problem.Str("instead"));

        // The divorce certificate itself may be reissued: nobody has remarried.
        var bl = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = divorce.Str("certificateNumber"), applicantIdNumber = woman, applicantName = "李四" });
        Assert.Equal("BL500110-2026-000001", (await bl.ReadAsync()).Str("number"));

        var record = await _staff.PostAsJsonAsync("/api/marriage/record-certificates",
            new { idNumber = woman, name = "李四", purpose = "补领结婚证被拒" });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        var entries = (await record.ReadAsync()).Str("entries").Split('\n');
        Assert.Equal(2, entries.Length);
        Assert.Contains("J500110-2026-000001，已于2026-04-02登记离婚", entries[0]);
        Assert.Contains("L500110-2026-000001", entries[1]);
    }

    [Fact]
    public async Task Divorce_reissue_is_refused_after_remarriage()
    {
        var (_, man, woman) = await MarryAsync();
        var divorce = await DivorceAsync(man, woman);
        await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(man, TestIds.Woman()));
        var refused = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = divorce.Str("certificateNumber"), applicantIdNumber = woman, applicantName = "李四" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("再婚", (await refused.ReadAsync()).Str("detail"));
    }

    [Fact]
    public async Task Reissue_checks_the_number_and_the_applicant()
    {
        var (marriage, _, _) = await MarryAsync();
        var other = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = marriage.Str("certificateNumber"), applicantIdNumber = TestIds.Man(), applicantName = "王五" });
        Assert.Equal("申请人不是该证件记载的当事人", (await other.ReadAsync()).Errors("applicantIdNumber").Single());
        var elsewhere = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = "J110105-2020-000001", applicantIdNumber = TestIds.Man(), applicantName = "王五" });
        Assert.Contains("原登记机关", (await elsewhere.ReadAsync()).Errors("originalNumber").Single());
        var missing = await _staff.PostAsJsonAsync("/api/marriage/reissues",
            new { originalNumber = "J500110-2026-000099", applicantIdNumber = TestIds.Man(), applicantName = "王五" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Printing_a_certificate_shows_full_numbers_to_the_registrar_only()
    {
        var (marriage, man, _) = await MarryAsync();
        var print = await (await _staff.GetAsync($"/api/marriage/print/marriage-certificate/{marriage.Str("id")}")).ReadAsync();
        Assert.Equal(man, print.Str("partyAIdNumber"));
        Assert.Equal("测试区婚姻登记处", print.Str("office"));
        var reader = _host.Staff(MarriagePermissions.Read);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/api/marriage/print/marriage-certificate/{marriage.Str("id")}")).StatusCode);
    }
}
