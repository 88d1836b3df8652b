using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>A registration request whose fields passed the register's checks: ready to be entered.</summary>
internal sealed record CheckedRegistration(
    OrganisationType Type, string Name, string CreditCode, string? CreditCodeOverride, string LegalRepresentativeName, IdNumber LegalRepresentativeIdNumber,
    string BusinessScope, string SupervisingUnit, decimal ActivityFunds, string Address, string DivisionCode, DateOnly RegisteredOn);

/// <summary>
/// 成立登记 and 注销登记 as the register does them, one way for the direct registration (<see cref="RegisterEndpoints"/>)
/// and for an approved application (<c>Applications/</c>): the same checks of the request, the same record, step and event.
/// </summary>
internal static class OrganisationRegistration
{
    /// <summary>
    /// Checks <paramref name="request"/> into <paramref name="errors"/> (credit code: GB 32100, department, category, the
    /// district; an override only with the permission); null when a field is wrong.
    /// </summary>
    public static CheckedRegistration? Check(FieldErrors errors, RegisterOrganisationRequest request, IDivisionNames divisions, ICallerContext caller, DateOnly today)
    {
        if (!OrganisationRules.TryParseType(request.Type, out var type)) errors.Add("type", "请选择类型：社会团体、社会服务机构或基金会");
        var name = errors.Text("name", request.Name, "名称", OrganisationRules.NameLength);
        var code = (request.CreditCode ?? "").Trim().ToUpperInvariant();
        string? overrideNote = null;
        if (!errors.Has("type") && OrganisationRules.CreditCodeProblem(code, type, caller.Scope.DivisionCode[..6]) is { } codeProblem)
        {
            if (string.IsNullOrWhiteSpace(request.CreditCodeOverride))
            {
                errors.Add("creditCode", codeProblem);
            }
            else if (!caller.HasPermission(SocialOrgPermissions.OverrideCreditCode))
            {
                errors.Add("creditCodeOverride", "确认未通过校验的信用代码需要相应权限");
            }
            else if (code.Length != 18)
            {
                errors.Add("creditCode", "统一社会信用代码应为18位");
            }
            else
            {
                overrideNote = $"{request.CreditCodeOverride.Trim()}（{codeProblem}；确认人：{caller.Staff.Name}）";
            }
        }
        var representative = errors.Text("legalRepresentativeName", request.LegalRepresentativeName, "法定代表人", 50);
        var representativeId = errors.IdNumber("legalRepresentativeIdNumber", request.LegalRepresentativeIdNumber, today);
        var scope = errors.Text("businessScope", request.BusinessScope, "业务范围", OrganisationRules.ScopeLength);
        var supervisor = errors.Text("supervisingUnit", request.SupervisingUnit, "业务主管单位", 100, required: type != OrganisationType.Foundation);
        if (request.ActivityFunds is not { } funds || funds < 0) errors.Add("activityFunds", "请填写开办资金（万元，不小于0）");
        var address = errors.Text("address", request.Address, "住所", 200);
        var village = errors.Division("divisionCode", request.DivisionCode, "所在村（居）", divisions, caller.Scope);
        var registeredOn = request.RegisteredOn ?? today;
        if (registeredOn > today) errors.Add("registeredOn", "成立登记日期不能晚于今天");
        if (errors.HasErrors) return null;
        return new CheckedRegistration(type, name, code, overrideNote, representative, representativeId, scope, supervisor ?? "", request.ActivityFunds!.Value,
            address, village, registeredOn);
    }

    /// <summary>409 when the credit code is on the register already (any status: a code is never given twice).</summary>
    public static async Task<ProblemHttpResult?> CodeTakenAsync(SocialOrgDb db, string code, CancellationToken cancellationToken) =>
        await db.Organisations.AnyAsync(o => o.CreditCode == code, cancellationToken) ? Problems.Conflict($"统一社会信用代码{code}已登记。", "信用代码已登记") : null;

    /// <summary>Enters <paramref name="r"/> on the register, with its history step and <c>socialorg.registered</c>.</summary>
    public static async Task<Organisation> EnterAsync(SocialOrgDb db, IResidentRegistry registry, CheckedRegistration r, ICallerContext caller, TimeProvider clock,
        string step, CancellationToken cancellationToken)
    {
        var resident = await registry.FindAsync(r.LegalRepresentativeIdNumber, cancellationToken);
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(), Type = r.Type, Name = r.Name, CreditCode = r.CreditCode, CreditCodeOverride = r.CreditCodeOverride,
            LegalRepresentativeName = r.LegalRepresentativeName, LegalRepresentativeIdNumber = r.LegalRepresentativeIdNumber.Value,
            LegalRepresentativeResidentId = resident?.Id, BusinessScope = r.BusinessScope, SupervisingUnit = r.SupervisingUnit, ActivityFunds = r.ActivityFunds,
            Address = r.Address, DivisionCode = r.DivisionCode, RegisteredOn = r.RegisteredOn, Status = OrganisationStatus.Registered,
        };
        db.Organisations.Add(organisation);
        OrganisationHistory.Record(db, organisation, caller, clock, step, r.CreditCodeOverride is null ? null : $"信用代码经确认：{r.CreditCodeOverride}");
        db.Publish(new OrganisationRegistered(organisation.Id, OrganisationRules.TypeCode(r.Type), r.Name, r.CreditCode, r.DivisionCode, r.RegisteredOn));
        return organisation;
    }

    /// <summary>Refuses an organisation no longer registered, naming why (注销 or 撤销登记); null while it is registered.</summary>
    public static ProblemHttpResult? NotRegistered(Organisation organisation) => organisation.Status == OrganisationStatus.Registered
        ? null
        : Problems.Conflict($"该社会组织已{(organisation.Status == OrganisationStatus.Deregistered ? "注销" : "被撤销登记")}。", "已不在册");

    /// <summary>注销登记 of a registered organisation, with its step and <c>socialorg.deregistered</c>; the refusal when it is not registered.</summary>
    public static ProblemHttpResult? Deregister(SocialOrgDb db, Organisation organisation, string reason, ICallerContext caller, TimeProvider clock, DateOnly on,
        string? note = null)
    {
        if (NotRegistered(organisation) is { } refused) return refused;
        organisation.Status = OrganisationStatus.Deregistered;
        organisation.DeregisteredOn = on;
        organisation.DeregistrationReason = reason;
        OrganisationHistory.Record(db, organisation, caller, clock, "注销登记", note is null ? reason : $"{reason}（{note}）");
        db.Publish(new OrganisationDeregistered(organisation.Id, organisation.CreditCode, on, reason));
        return null;
    }
}
