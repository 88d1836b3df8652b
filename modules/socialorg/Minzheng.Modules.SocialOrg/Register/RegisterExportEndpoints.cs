using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>The register as an XLSX workbook (the SDK's writer), with the list's search; the whole list leaves as a file, never as a longer page.</summary>
public sealed class RegisterExportEndpoints : ICarterModule
{
    private static readonly string[] Header =
        ["名称", "类型", "统一社会信用代码", "法定代表人", "业务主管单位", "开办资金（万元）", "住所", "所在村（居）", "成立登记日期", "状态", "注销日期"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/organisations.xlsx", ExportAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgExportRegister")
            .WithSummary("The register in the caller's scope with the list's search, every row, as an XLSX workbook (ID numbers left out).");

    private static async Task<FileContentHttpResult> ExportAsync(string? q, string? type, string? status, SocialOrgDb db, ICallerContext caller, ITableFiles tables,
        IDivisionNames names, CancellationToken cancellationToken)
    {
        var organisations = await RegisterEndpoints.Search(db.Organisations.AsNoTracking().WithinScope(caller), q, type, status)
            .OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var rows = organisations.Select(o => (IReadOnlyList<object?>)
        [
            o.Name, OrganisationRules.TypeLabel(o.Type), o.CreditCode, o.LegalRepresentativeName, o.SupervisingUnit, o.ActivityFunds, o.Address,
            names.NameOf(o.DivisionCode) ?? o.DivisionCode, Day(o.RegisteredOn), StatusLabel(o.Status), o.DeregisteredOn is { } d ? Day(d) : null,
        ]);
        return TypedResults.File(tables.WriteXlsx("社会组织登记", Header, rows), TableMediaTypes.Xlsx, "社会组织登记.xlsx");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusLabel(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Registered => "正常",
        OrganisationStatus.Deregistered => "已注销",
        _ => "已撤销登记",
    };
}
