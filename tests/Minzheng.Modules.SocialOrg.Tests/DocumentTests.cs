using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>An application's documents as files: checked by content, counted on the checklist, closed by the decision, read in scope and audited.</summary>
public sealed class DocumentTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");

    private static readonly TestStaff DonglinClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin, [.. SocialOrgPermissions.All]);

    private HttpClient Officer => host.Client(WorkflowApi.Officer);

    private static MultipartFormDataContent Upload(byte[] content, string document, string fileName = "申请书.pdf") =>
        new() { { new ByteArrayContent(content), "file", fileName }, { new StringContent(document), "document" } };

    private async Task<JsonElement> SubmittedWithoutDocumentsAsync() =>
        await (await Officer.ApplyNameAsync(WorkflowApi.NextName(), documents: null)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Files_of_the_checklist_hand_its_documents_in_so_that_the_application_can_be_accepted()
    {
        var officer = Officer;
        var application = await SubmittedWithoutDocumentsAsync();
        var id = application.Id();
        var refused = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{id}/accept/{application.Version()}", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.HasError("documents"));

        var checklist = await (await officer.GetAsync($"/api/socialorg/applications/{id}/checklist")).JsonAsync();
        Assert.Equal(["名称核准申请书", "发起人（举办者）身份证明", "其他材料"], checklist.EnumerateArray().Select(c => c.Text("name")));
        Assert.All(checklist.EnumerateArray(), c => Assert.False(c.GetProperty("handedIn").GetBoolean()));

        var created = await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload(Pdf, "名称核准申请书"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", created.Text("contentType"));
        using (var second = Upload([.. Pdf, (byte)'\n'], "发起人（举办者）身份证明", "身份证.pdf"))
        {
            await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", second)).JsonAsync(HttpStatusCode.Created);
        }

        checklist = await (await officer.GetAsync($"/api/socialorg/applications/{id}/checklist")).JsonAsync();
        Assert.True(checklist[0].GetProperty("handedIn").GetBoolean());
        Assert.Equal(1, checklist[0].GetProperty("files").GetInt32());
        var current = await (await officer.GetAsync($"/api/socialorg/applications/{id}")).JsonAsync();
        Assert.Empty(current.GetProperty("missingDocuments").EnumerateArray());
        Assert.Contains(current.GetProperty("history").EnumerateArray(), s => s.Text("title") == "上传材料");
        var accepted = await (await officer.PostAsJsonAsync($"/api/socialorg/applications/{id}/accept/{current.Version()}", new { })).JsonAsync();
        Assert.Equal("accepted", accepted.Text("status"));

        var files = await (await officer.GetAsync($"/api/socialorg/applications/{id}/files")).JsonAsync();
        Assert.Equal(2, files.GetArrayLength());
        var scan = files.EnumerateArray().Single(f => f.Text("fileName") == "申请书.pdf");
        var served = await officer.GetAsync(scan.Text("url"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await served.Content.ReadAsByteArrayAsync());

        // The scans hold personal data: each download is on record as a sensitive read.
        var audit = await (await host.Client(Staff.Auditor).GetAsync($"/api/platform/audit?source=socialorg&entity=ApplicationFile&key={scan.Id()}")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.ToString().Contains("application-document"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_a_name_off_the_checklist_and_the_same_file_twice_are_refused()
    {
        var officer = Officer;
        var id = (await SubmittedWithoutDocumentsAsync()).Id();
        var html = await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload("<html>scan</html>"u8.ToArray(), "名称核准申请书", "扫描件.pdf")))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("PDF、JPEG、PNG", html.GetProperty("errors").GetProperty("file")[0].GetString());

        var offList = await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload(Pdf, "验资报告"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不是名称核准申请的材料", offList.GetProperty("errors").GetProperty("document")[0].GetString());

        await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload(Pdf, "其他材料"))).JsonAsync(HttpStatusCode.Created);
        var twice = await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload(Pdf, "名称核准申请书"))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已上传", twice.Text("detail"));
        // 其他材料 hands in nothing of the checklist.
        var current = await (await officer.GetAsync($"/api/socialorg/applications/{id}")).JsonAsync();
        Assert.Equal(2, current.GetProperty("missingDocuments").GetArrayLength());
    }

    [Fact]
    public async Task A_decided_application_takes_no_more_files()
    {
        var officer = Officer;
        var approved = await officer.ApprovedNameAsync();
        var closed = await (await officer.PostAsync($"/api/socialorg/applications/{approved.Id()}/files", Upload(Pdf, "其他材料"))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已作出决定", closed.Text("detail"));
    }

    [Fact]
    public async Task Files_are_read_and_added_only_in_the_applications_scope()
    {
        var officer = Officer;
        var id = (await SubmittedWithoutDocumentsAsync()).Id();
        var file = await (await officer.PostAsync($"/api/socialorg/applications/{id}/files", Upload(Pdf, "其他材料"))).JsonAsync(HttpStatusCode.Created);

        // The application is in 万盛街道: a clerk of 东林 and another district see nothing of it.
        var donglin = host.Client(DonglinClerk);
        foreach (var client in new[] { donglin, host.Client(Staff.Elsewhere) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(file.Text("url"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/socialorg/applications/{id}/files")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/socialorg/applications/{id}/files", Upload([.. Pdf, 1], "其他材料"))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await host.Client(WorkflowApi.TownClerk).GetAsync(file.Text("url"))).StatusCode);
    }
}
