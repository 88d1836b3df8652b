using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// Bulk imports of volunteers and of past hours from CSV and XLSX: each row checked as its form checks it, rows already
/// there skipped so a file can be sent again, refused rows reported with their reasons, a bad file refused whole.
/// </summary>
public sealed class ImportTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task Volunteers_come_in_as_the_form_registers_them_each_refused_row_is_reported_and_a_second_sending_registers_nobody_twice()
    {
        var officer = host.Client(Staff.Officer);
        var already = SyntheticIds.NextIdNumber();
        await (await officer.RegisterAsync("已注册者", idNumber: already)).JsonAsync(HttpStatusCode.Created);
        var adult = SyntheticIds.NextIdNumber();
        var minor = SyntheticIds.IdNumberBorn(new DateOnly(2012, 3, 1));
        var consented = SyntheticIds.IdNumberBorn(new DateOnly(2011, 5, 1));
        var csv = new StringBuilder("姓名,身份证号码,联系电话,服务村（居）代码,专业技能,注册日期,监护人姓名,监护人电话,监护人同意\r\n")
            .Append($"导入甲,{adult},13800138001,{TestDistricts.VillageOfWansheng},急救,2024-03-01,,,\r\n")            // row 2: registered in 2024
            .Append($"导入乙,{minor},13800138002,{TestDistricts.VillageOfWansheng},,,,,\r\n")                          // row 3: a minor without consent
            .Append($"导入丙,{already},13800138003,{TestDistricts.VillageOfWansheng},,,,,\r\n")                        // row 4: registered before
            .Append($"导入丁,{SyntheticIds.WithWrongCheck(adult)},1380013800,999999999999,,,,,\r\n")              // row 5: three fields wrong
            .Append($"导入戊,{adult},13800138005,{TestDistricts.VillageOfWansheng},,,,,\r\n")                          // row 6: row 2's person again
            .Append($"导入己,{consented},13800138006,{TestDistricts.VillageOfDonglin},,,李监护,13900139000,是\r\n");  // row 7: a minor with consent
        var import = await (await ImportAsync(officer, "volunteers", "志愿者.csv", Encoding.UTF8.GetBytes(csv.ToString()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((6, 2, 1, 3), Counts(import));

        var errors = await ErrorsAsync(officer, import);
        Assert.Equal([3, 5, 6], errors.Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("监护人", errors[0].Text("message"));
        Assert.Contains("身份证号码：", errors[1].Text("message"));
        Assert.Contains("联系电话：", errors[1].Text("message"));
        Assert.Contains("服务村（居）代码：", errors[1].Text("message"));
        Assert.Contains("第2行", errors[2].Text("message"));

        var registered = await FindAsync(officer, "导入甲");
        Assert.StartsWith("500110-2024-", registered.Text("number"));
        Assert.Equal("2024-03-01", registered.Text("registeredOn"));
        Assert.Equal("李监护", (await FindAsync(officer, "导入己")).Text("guardianName"));
        var numbers = new[] { registered.Text("number"), (await FindAsync(officer, "导入己")).Text("number") };
        Assert.Equal(2, (await host.OutboxAsync("volunteer.registered")).Count(e => numbers.Contains(e.GetProperty("number").GetString())));

        // The same file again: everyone it registered is there already (row 6's person too, now), the wrong rows are still wrong.
        var again = await (await ImportAsync(officer, "volunteers", "志愿者.csv", Encoding.UTF8.GetBytes(csv.ToString()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((6, 0, 4, 2), Counts(again));
    }

    [Fact]
    public async Task Imported_volunteers_who_are_residents_are_linked_to_the_registry_and_the_others_come_in_unlinked()
    {
        var officer = host.Client(Staff.Officer);
        var (resident, outsider) = (SyntheticIds.NextIdNumber(), SyntheticIds.NextIdNumber());
        var registrar = host.Client(TestStaff.District(TestDistricts.First, Sdk.Access.PlatformPermissions.RegistryWrite));
        (await registrar.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber = resident, name = "在册居民", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, address = "测试路2号",
        })).EnsureSuccessStatusCode();
        var csv = new StringBuilder("身份证号码,姓名,联系电话,服务村（居）代码\r\n")
            .Append($"{resident},在册居民,13800138011,{TestDistricts.VillageOfWansheng}\r\n")
            .Append($"{outsider},外地志愿者,13800138012,{TestDistricts.VillageOfWansheng}\r\n");
        var import = await (await ImportAsync(officer, "volunteers", "居民.csv", Encoding.UTF8.GetBytes(csv.ToString()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 2, 0, 0), Counts(import));

        Assert.True((await FindAsync(officer, "在册居民")).GetProperty("inRegistry").GetBoolean());
        Assert.False((await FindAsync(officer, "外地志愿者")).GetProperty("inRegistry").GetBoolean());
    }

    [Fact]
    public async Task Past_hours_come_in_confirmed_from_an_xlsx_by_number_or_id_number_and_a_row_imported_before_is_skipped()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "时长导入甲");
        var idNumber = await IdNumberOfAsync(volunteer);
        var other = await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin, "时长导入乙");
        string[] header = ["志愿者编号", "身份证号码", "服务日期", "时长（小时）", "类型", "服务内容", "记录单位", "来源编号"];
        var number = volunteer.Text("number");
        IReadOnlyList<string>[] lines =
        [
            header,
            [number, "", "2025-05-01", "3.5", "志愿服务", "敬老院陪伴", "万新社区", "NV-001"],      // row 2
            ["", idNumber, "2025/5/2", "2", "培训", "急救培训", "万新社区", ""],                     // row 3: by ID number, training
            [number, "", "45800", "1", "", "社区清扫", "万新社区", ""],                              // row 4: an Excel date cell, service by default
            [number, "", "2025-05-04", "25", "", "通宵值守", "万新社区", ""],                        // row 5: more than a day
            ["500110-2099-000001", "", "2099-01-01", "abc", "开会", "", "", ""],                    // row 6: nothing right
            [number, "", "2025-05-01", "4", "志愿服务", "敬老院陪伴（更正）", "万新社区", "NV-001"], // row 7: the source's record NV-001 again
            [other.Text("number"), "", "2025-05-05", "2", "", "河道清洁", "东林社区", ""],           // row 8
        ];
        var file = TestWorkbooks.Xlsx(lines);
        var import = await (await ImportAsync(officer, "hours", "时长.xlsx", file)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((7, 4, 1, 2), Counts(import));
        var errors = await ErrorsAsync(officer, import);
        Assert.Equal([5, 6], errors.Select(e => e.GetProperty("row").GetInt32()));
        foreach (var column in new[] { "志愿者：", "服务日期：", "时长（小时）：", "类型：", "服务内容：", "记录单位：" }) Assert.Contains(column, errors[1].Text("message"));

        // Confirmed on arrival: they count, training apart; each says which file and row it came from.
        var shown = await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}")).JsonAsync();
        Assert.Equal(4.5m, shown.GetProperty("serviceHours").GetDecimal());
        Assert.Equal(2m, shown.GetProperty("trainingHours").GetDecimal());
        var records = (await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}/hours")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.All(records, r => Assert.Equal("confirmed", r.Text("status")));
        Assert.Contains(records, r => r.Text("date") == DateOnly.FromDateTime(DateTime.FromOADate(45800)).ToString("yyyy-MM-dd"));
        var first = await (await officer.GetAsync($"/api/volunteer/hours/{records.Single(r => r.Text("content") == "敬老院陪伴").Id()}")).JsonAsync();
        Assert.Contains(first.GetProperty("history").EnumerateArray(), s => s.Text("title") == "导入（已确认）" && s.Text("note").StartsWith("时长.xlsx 第2行"));
        Assert.Equal(4, (await host.OutboxAsync("volunteer.hours-confirmed")).Count(e => e.GetProperty("volunteerId").GetString() is { } id && (id == volunteer.Id() || id == other.Id())));

        var again = await (await ImportAsync(officer, "hours", "时长.xlsx", file)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((7, 0, 5, 2), Counts(again));
        Assert.Equal(4.5m, (await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}")).JsonAsync()).GetProperty("serviceHours").GetDecimal());
    }

    [Fact]
    public async Task Imported_hours_are_flagged_for_review_as_entered_hours_are_among_the_days_records_stored_and_in_the_file()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "时长复核甲");
        var number = volunteer.Text("number");
        async Task<System.Text.Json.JsonElement> EnterAsync(string date, decimal hours) => await (await officer.PostAsJsonAsync("/api/volunteer/hours", new
        {
            volunteerNumber = number, kind = "service", date, hours, content = "手工登记", organiser = "万新社区",
        })).JsonAsync(HttpStatusCode.Created);
        await EnterAsync("2025-05-10", 20);
        var declined = await EnterAsync("2025-05-12", 20);
        await (await officer.PostAsJsonAsync($"/api/volunteer/hours/{declined.Id()}/decline/{declined.Version()}", new { reason = "当天未到场" })).JsonAsync();

        var csv = new StringBuilder("志愿者编号,服务日期,时长（小时）,服务内容,记录单位\r\n")
            .Append($"{number},2025-05-10,6,夜间值守,万新社区\r\n")     // row 2: with the 20 hours entered by hand, 26 in the day
            .Append($"{number},2025-05-11,20,防汛值守,万新社区\r\n")    // row 3: alone in its day
            .Append($"{number},2025-05-11,5,防汛转移,万新社区\r\n")     // row 4: with row 3, 25 in the day
            .Append($"{number},2025-05-12,10,社区巡查,万新社区\r\n");   // row 5: the declined 20 hours never count
        var import = await (await ImportAsync(officer, "hours", "复核.csv", Encoding.UTF8.GetBytes(csv.ToString()))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((4, 4, 0, 0), Counts(import));
        Assert.Equal(2, import.GetProperty("flagged").GetInt32());
        Assert.Contains("新增4（其中2条需复核）", import.Text("outcome"));

        var records = (await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}/hours")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(r => r.Text("content") != "手工登记").ToDictionary(r => r.Text("content"), r => r.Text("flags"));
        Assert.Contains("当日累计超过24小时", records["夜间值守"]);
        Assert.Contains("当日累计超过24小时", records["防汛转移"]);
        Assert.Equal("", records["防汛值守"]);
        Assert.Equal("", records["社区巡查"]);
        // They wait in the list of hours to look at, beside the ones entered by hand.
        var flagged = (await (await officer.GetAsync($"/api/volunteer/hours?volunteerId={volunteer.Id()}&flagged=true")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Equal(["夜间值守", "防汛转移"], flagged.Select(r => r.Text("content")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_clerk_imports_hours_only_of_their_towns_volunteers_and_only_with_the_permission_to_confirm()
    {
        var officer = host.Client(Staff.Officer);
        var elsewhere = await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin, "辖区外志愿者");
        var csv = $"志愿者编号,服务日期,时长（小时）,服务内容,记录单位\r\n{elsewhere.Text("number")},2025-06-01,2,巡河,东林社区\r\n";
        var import = await (await ImportAsync(host.Client(Staff.WanshengClerk), "hours", "h.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 0, 0, 1), Counts(import));
        Assert.Contains("不在您的辖区内", (await ErrorsAsync(host.Client(Staff.WanshengClerk), import))[0].Text("message"));
        // The officer's imports are not the clerk's to read.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.DonglinClerk).GetAsync($"/api/volunteer/imports/{import.Id()}")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(host.Client(Staff.Recorder), "hours", "h.csv", Encoding.UTF8.GetBytes(csv))).StatusCode);
    }

    [Fact]
    public async Task A_file_that_cannot_be_imported_as_a_whole_is_refused_on_the_file_field_and_nothing_is_saved()
    {
        var officer = host.Client(Staff.Officer);
        var before = (await (await officer.GetAsync("/api/volunteer/imports")).JsonAsync()).GetProperty("total").GetInt32();
        var cases = new (string Kind, string Name, byte[] Body, string Says)[]
        {
            ("volunteers", "v.csv", Encoding.UTF8.GetBytes($"姓名,身份证号码\r\n甲,{SyntheticIds.NextIdNumber()}\r\n"), "缺少列：联系电话、服务村（居）代码"),
            ("hours", "h.csv", Encoding.UTF8.GetBytes("服务日期,时长（小时）,服务内容,记录单位\r\n2025-01-01,1,a,b\r\n"), "志愿者编号或身份证号码"),
            ("volunteers", "v.csv", Encoding.UTF8.GetBytes("身份证号码,姓名,联系电话,服务村（居）代码\r\n"), "没有数据行"),
            ("volunteers", "v.txt", Encoding.UTF8.GetBytes("x"), ""),
            ("hours", "h.xlsx", Encoding.UTF8.GetBytes("not a workbook"), ""),
        };
        foreach (var (kind, name, body, says) in cases)
        {
            var problem = await (await ImportAsync(officer, kind, name, body)).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.HasError("file"), name);
            Assert.Contains(says, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        }
        // A multipart body cut off before its end (an interrupted upload): the caller's broken request, a 400.
        var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.csv\"\r\n\r\n身份证号码,姓名"));
        cut.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        var broken = await officer.PostAsync("/api/volunteer/imports/volunteers", cut);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);

        // A form without the file.
        var empty = await officer.PostAsync("/api/volunteer/imports/volunteers", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.True((await empty.JsonAsync(HttpStatusCode.BadRequest)).HasError("file"));
        Assert.Equal(before, (await (await officer.GetAsync("/api/volunteer/imports")).JsonAsync()).GetProperty("total").GetInt32());

        // The templates carry the header the imports read.
        var template = TestWorkbooks.Read(await (await officer.GetAsync("/api/volunteer/imports/hours/template.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal(["志愿者编号", "身份证号码", "服务日期", "时长（小时）", "类型", "服务内容", "记录单位", "来源编号"], template[0]);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string kind, string fileName, byte[] body)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(body), "file", fileName } };
        return client.PostAsync($"/api/volunteer/imports/{kind}", form);
    }

    private static (int Rows, int Created, int Skipped, int Failed) Counts(JsonElement import) =>
        (import.GetProperty("rows").GetInt32(), import.GetProperty("created").GetInt32(), import.GetProperty("skipped").GetInt32(), import.GetProperty("failed").GetInt32());

    private static async Task<List<JsonElement>> ErrorsAsync(HttpClient client, JsonElement import) =>
        [.. (await (await client.GetAsync($"/api/volunteer/imports/{import.Id()}/errors")).JsonAsync()).GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> FindAsync(HttpClient client, string name)
    {
        var row = (await (await client.GetAsync($"/api/volunteer/volunteers?q={Uri.EscapeDataString(name)}")).JsonAsync()).GetProperty("items").EnumerateArray().Single();
        return await (await client.GetAsync($"/api/volunteer/volunteers/{row.Id()}")).JsonAsync();
    }

    // The full number is not shown by the API (masked): read it below it.
    private async Task<string> IdNumberOfAsync(JsonElement volunteer)
    {
        await using var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "volunteer");
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "IdNumber" FROM volunteers WHERE "Number" = '{volunteer.Text("number")}'""";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
