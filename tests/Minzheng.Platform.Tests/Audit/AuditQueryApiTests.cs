using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Audit;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Searching, exporting and verifying a district's trail through the API.</summary>
public sealed class AuditQueryApiTests : IAsyncLifetime
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    private ModuleTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformTestHost.StartAsync(o => o.Clock = _clock);
        await SeedAsync(new(2026, 11, 1, 10, 0, 0, Beijing), new("notes", new("a1", "王五"), "created", "Note", "n1", "r-1", null, """{"Text":"一"}"""));
        await SeedAsync(new(2026, 11, 2, 9, 0, 0, Beijing), new("platform", new("a2", "赵六"), "updated", "Person", "r-1", "r-1", "{}", "{}"));
        await SeedAsync(new(2026, 11, 3, 12, 0, 0, Beijing), new("notes", new("a1", "王五"), "deleted", "Note", "n2", null, """{"Text":"=HYPERLINK(1)"}""", null));
        // 2026-11-03 in UTC, already 2026-11-04 in Beijing: dates are read as staff read them.
        await SeedAsync(new(2026, 11, 4, 7, 30, 0, Beijing), new("platform", new("a2", "赵六"), "read-sensitive", "Person", "r-2", "r-2", null, """{"field":"idNumber"}"""));
        await SeedAsync(new(2026, 11, 5, 8, 0, 0, Beijing), new("platform", new("a1", "王五"), "sign-in", "StaffUser", "a1"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_filters_every_entry_comes_newest_first()
    {
        var page = await _host.Auditor().SearchAsync();

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal([5L, 4L, 3L, 2L, 1L], page.Items().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("source=notes", new long[] { 3, 1 })]
    [InlineData("entity=Person", new long[] { 4, 2 })]
    [InlineData("entity=Note&key=n2", new long[] { 3 })]
    [InlineData("person=r-1", new long[] { 2, 1 })]
    [InlineData("actor=a1", new long[] { 5, 3, 1 })]
    [InlineData("actor=%E8%B5%B5%E5%85%AD", new long[] { 4, 2 })] // 赵六, by display name
    [InlineData("action=updated", new long[] { 2 })]
    [InlineData("from=2026-11-02&to=2026-11-03", new long[] { 3, 2 })]
    [InlineData("from=2026-11-04", new long[] { 5, 4 })]
    [InlineData("from=2026-11-02T09:00:00%2B08:00&to=2026-11-03T12:00:00", new long[] { 3, 2 })]
    [InlineData("source=platform&actor=a2&from=2026-11-03", new long[] { 4 })]
    [InlineData("action=nothing-like-this", new long[0])]
    public async Task Filters_select_the_matching_entries(string query, long[] sequences)
    {
        var page = await _host.Auditor().SearchAsync(query);

        Assert.Equal(sequences, page.Items().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(sequences.Length, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_split_the_selection_and_the_total_counts_all_of_it()
    {
        var second = await _host.Auditor().SearchAsync("pageSize=2&page=2");
        var third = await _host.Auditor().SearchAsync("pageSize=2&page=3");

        Assert.Equal([3L, 2L], second.Items().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(5, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
        Assert.Equal([1L], third.Items().Select(e => e.GetProperty("sequence").GetInt64()));
    }

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-11-05&to=2026-11-01", "to")]
    public async Task Bad_input_is_a_validation_problem_naming_the_field(string query, string field)
    {
        foreach (var path in new[] { AuditApi.Base + "/?", AuditApi.Base + "/export.csv?" })
        {
            var response = await _host.Auditor().GetAsync(path + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var errors = problem.GetProperty("errors");
            Assert.Single(errors.EnumerateObject());
            Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
        }
    }

    [Fact]
    public async Task Another_district_sees_none_of_these_entries()
    {
        var page = await _host.Auditor(TestDistricts.Second).SearchAsync();

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Empty(page.Items());
        // Its export holds only the line its own export adds to its trail.
        var csv = await _host.Auditor(TestDistricts.Second).GetStringAsync(AuditApi.Base + "/export.csv");
        var row = Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains(",district-b-admin,区级测试员,exported,AuditTrail,district-b,", row);
    }

    [Fact]
    public async Task Reading_needs_audit_read_verifying_needs_audit_verify_and_both_a_district_level_account()
    {
        var noAudit = _host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryRead));
        var readOnly = _host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead));
        var townAuditor = _host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
            PlatformPermissions.AuditRead, PlatformPermissions.AuditVerify));

        Assert.Equal(HttpStatusCode.Forbidden, (await noAudit.GetAsync(AuditApi.Base + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noAudit.GetAsync(AuditApi.Base + "/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync(AuditApi.Base + "/verify", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient().GetAsync(AuditApi.Base + "/")).StatusCode);
        var town = await townAuditor.GetAsync(AuditApi.Base + "/");
        Assert.Equal(HttpStatusCode.Forbidden, town.StatusCode);
        Assert.Equal("application/problem+json", town.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await townAuditor.PostAsync(AuditApi.Base + "/verify", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync(AuditApi.Base + "/checkpoints", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await townAuditor.PostAsync(AuditApi.Base + "/checkpoints", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync(AuditApi.Base + "/")).StatusCode);
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_a_chinese_header_and_one_row_per_entry()
    {
        var response = await _host.Auditor().GetAsync(AuditApi.Base + "/export.csv?source=notes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,时间（北京时间）,来源,操作人账号,操作人,操作,对象类型,对象键,涉及居民,变更前,变更后,哈希", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("3,2026-11-03 12:00:00,notes,a1,王五,deleted,Note,n2,,", lines[1]);
        Assert.StartsWith("1,2026-11-01 10:00:00,notes,a1,王五,created,Note,n1,r-1,", lines[2]);
        // JSON with commas and quotes stays in one cell.
        Assert.Contains("\"{\"\"Text\"\":\"\"一\"\"}\"", lines[2]);
    }

    [Fact]
    public async Task A_cell_that_starts_like_a_formula_is_exported_as_text()
    {
        await SeedAsync(new(2026, 11, 6, 8, 0, 0, Beijing), new("notes", new("a3", "-2+3"), "created", "Note", "=HYPERLINK(\"http://x\")"));

        var csv = await _host.Auditor().GetStringAsync(AuditApi.Base + "/export.csv?actor=a3");

        var row = csv.Split("\r\n")[1];
        Assert.Contains(",'-2+3,", row);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", row);
    }

    [Fact]
    public async Task Exporting_the_trail_is_itself_recorded()
    {
        await _host.Auditor().GetStringAsync(AuditApi.Base + "/export.csv?person=r-1");

        var entry = Assert.Single((await _host.Auditor().SearchAsync("action=exported")).Items());
        Assert.Equal($"{TestDistricts.First}-admin", entry.Text("actorId"));
        Assert.Contains("r-1", entry.Text("after"));
    }

    [Fact]
    public async Task Verify_reports_an_intact_chain_and_then_the_entry_altered_in_the_file()
    {
        var auditor = _host.Auditor();
        var intact = await (await auditor.PostAsync(AuditApi.Base + "/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(intact.GetProperty("ok").GetBoolean());
        Assert.Equal(5, intact.GetProperty("entriesChecked").GetInt64());

        using (var file = await _host.OpenDatabaseAsync(TestDistricts.First, "platform-audit"))
        {
            file.DropTriggers();
            file.Execute("""UPDATE "AuditEntries" SET "ActorId" = 'someone-else' WHERE "Sequence" = 2""");
        }
        var broken = await (await auditor.PostAsync(AuditApi.Base + "/verify", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(2, broken.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains("第 2 条记录内容被篡改", broken.Text("reason"));
    }

    [Fact]
    public async Task A_checkpoint_signed_on_demand_records_who_and_then_shows_entries_removed_from_the_end()
    {
        var auditor = _host.Auditor();
        var response = await auditor.PostAsync(AuditApi.Base + "/checkpoints", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checkpoint = await response.Content.ReadFromJsonAsync<JsonElement>();
        // The request is the sixth entry, and the checkpoint covers it.
        Assert.Equal(6, checkpoint.GetProperty("sequence").GetInt64());
        Assert.Equal($"{TestDistricts.First}-admin", Assert.Single((await auditor.SearchAsync("action=checkpoint-signed")).Items()).Text("actorId"));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_host.DataFolder, "audit-checkpoints", TestDistricts.First)));
        Assert.Contains(checkpoint.Text("hash"), await File.ReadAllTextAsync(file));

        var intact = await (await auditor.PostAsync(AuditApi.Base + "/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(intact.GetProperty("ok").GetBoolean(), intact.ToString());
        Assert.Contains("已与 1 个检查点核对一致", string.Join(" ", intact.GetProperty("notes").EnumerateArray().Select(n => n.GetString())));

        using (var db = await _host.OpenDatabaseAsync(TestDistricts.First, "platform-audit"))
        {
            db.DropTriggers();
            db.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" >= 5""");
        }
        var broken = await (await auditor.PostAsync(AuditApi.Base + "/verify", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(5, broken.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal($"{TestDistricts.First}/{Path.GetFileName(file)}", broken.Text("checkpoint"));
        Assert.Contains("链末尾的记录被删除", broken.Text("reason"));
        Assert.Equal("审计链已断开：第 5 条记录校验不通过。", broken.Text("summary"));
    }

    private async Task SeedAsync(DateTimeOffset at, AuditDraft draft)
    {
        _clock.SetUtcNow(at);
        await _host.Services.GetRequiredService<AuditWriter>().AppendAsync(TestDistricts.First, draft, CancellationToken.None);
    }
}
