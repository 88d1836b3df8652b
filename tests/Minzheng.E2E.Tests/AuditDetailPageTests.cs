using Minzheng.Sdk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Minzheng.E2E.Tests;

/// <summary>审计日志 as staff read it: fields named in Chinese, and one resident's changes and reads found together.</summary>
[Collection(SystemCollection.Name)]
public sealed class AuditDetailPageTests(RunningSystem system)
{
    [Fact]
    public async Task A_residents_changes_and_reads_are_found_under_one_entity_and_an_entry_reads_in_Chinese()
    {
        var page = await Staff.SignedInAsync(system);
        var idNumber = SyntheticIds.NextIdNumber();
        var person = await Staff.RegisterResidentAsync(page, "审计己", idNumber);
        await Staff.CallAsync(page, "POST", $"/api/platform/registry/persons/{person}/disability-certificates", new
        {
            number = idNumber + "31", category = "言语", grade = 1, issuedOn = "2021-03-01", validUntil = "2031-03-01",
        }, 201);
        // The administrator may see full ID numbers: reading the resident is a sensitive read.
        await Staff.CallAsync(page, "GET", $"/api/platform/registry/persons/{person}");

        await Staff.Menu(page).GetByRole(AriaRole.Link, new() { Name = "审计日志", Exact = true }).ClickAsync();
        var filters = page.Locator("form[role='search']");
        await filters.GetByLabel("对象类型").FillAsync("Person");
        await filters.GetByLabel("涉及居民").FillAsync(person);
        await filters.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var rows = page.Locator(".ant-table-tbody > tr.ant-table-row");
        // Until the filtered page arrives the table lists everyone's entries: wait for this resident's alone.
        await Expect(rows.Filter(new() { HasText = "新增" })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = "查阅敏感信息" }).First).ToContainTextAsync("完整身份证号码");
        // Every entry found is of the resident (对象: 居民), not of their certificate: the 对象 column, not the
        // 涉及居民 link every row of this search carries.
        var entities = await rows.Locator("td.mz-entity").AllInnerTextsAsync();
        Assert.NotEmpty(entities);
        Assert.All(entities, e => Assert.StartsWith("居民", e.Trim()));

        await filters.GetByLabel("对象类型").ClearAsync();
        await filters.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var certificate = rows.Filter(new() { HasText = "新增" }).Filter(new() { HasText = "残疾人证" });
        await Expect(certificate).ToHaveCountAsync(1);
        await Expect(certificate).ToContainTextAsync("发证日期：2021年3月1日");
        await certificate.GetByRole(AriaRole.Button, new() { Name = "展开行" }).ClickAsync();
        var detail = page.GetByTestId("audit-entry-detail");
        // The audit trail masks a sensitive value of 20 characters as it masks any: the first 6 and the last 4 shown.
        var number = idNumber + "31";
        var fields = detail.GetByRole(AriaRole.Table);
        await Expect(fields.GetByRole(AriaRole.Row).Filter(new() { HasText = "残疾人证号" })).ToContainTextAsync(number[..6] + new string('*', 10) + number[16..]);
        await Expect(fields.GetByRole(AriaRole.Row).Filter(new() { HasText = "有效期至" })).ToContainTextAsync("2031年3月1日");
        await Expect(fields.GetByRole(AriaRole.Row).Filter(new() { HasText = "残疾类别" })).ToContainTextAsync("***");
        await Expect(fields).Not.ToContainTextAsync("ValidUntil");
        await Staff.LookAtAsync(page, "53-audit-entry-detail");
    }
}
