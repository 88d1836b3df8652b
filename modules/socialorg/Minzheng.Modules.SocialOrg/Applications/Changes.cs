using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>A checked change: the item, its new value as text, and the fields that carry it.</summary>
internal sealed record CheckedChange(ChangeItem Item, string After, string? Name, string? Address, string? DivisionCode, string? Representative,
    string? RepresentativeId, string? Scope, decimal? Funds);

/// <summary>变更登记: the checks of a change, its before and after, and applying it to the register.</summary>
internal static class Changes
{
    /// <summary>
    /// A deregistered or revoked organisation cannot change (社会团体登记管理条例 第二十条, 民办非企业单位登记管理暂行条例 第十七条:
    /// 变更登记 is of an organisation on the register; after 注销 or 撤销登记 it no longer exists to change).
    /// </summary>
    public static ProblemHttpResult? NotChangeable(Organisation organisation) => organisation.Status switch
    {
        OrganisationStatus.Registered => null,
        OrganisationStatus.Deregistered => Problems.Conflict("该社会组织已注销：注销登记后组织终止，不能再办理变更登记（变更登记只适用于在册的社会组织）。", "已不在册"),
        _ => Problems.Conflict("该社会组织已被撤销登记：撤销登记后不能再办理变更登记（变更登记只适用于在册的社会组织）。", "已不在册"),
    };

    /// <summary>Checks the item's fields into <paramref name="errors"/>; null when one is wrong.</summary>
    public static CheckedChange? Check(FieldErrors errors, ChangeRequest request, Organisation organisation, IDivisionNames names, ApplicationOptions options,
        ICallerContext caller, DateOnly today)
    {
        if (!ApplicationRules.TryParseChange(request.Item, out var item))
        {
            errors.Add("item", "请选择变更事项：名称、住所、法定代表人、业务范围或开办资金");
            return null;
        }
        switch (item)
        {
            case ChangeItem.Name:
                var name = errors.Text("name", request.Name, "新名称", OrganisationRules.NameLength);
                if (!errors.Has("name") && ApplicationRules.NameProblem(name, organisation.Type, ApplicationIntake.Prefix(options, names), options) is { } problem) errors.Add("name", problem);
                if (!errors.Has("name") && name == organisation.Name) errors.Add("name", "新名称与现名称相同");
                return errors.HasErrors ? null : new CheckedChange(item, name, name, null, null, null, null, null, null);
            case ChangeItem.Address:
                var address = errors.Text("address", request.Address, "新住所", 200);
                var village = errors.Division("divisionCode", request.DivisionCode, "新住所所在村（居）", names, caller.Scope);
                return errors.HasErrors ? null : new CheckedChange(item, address, null, address, village, null, null, null, null);
            case ChangeItem.LegalRepresentative:
                var person = errors.Text("legalRepresentativeName", request.LegalRepresentativeName, "新法定代表人", 50);
                var id = errors.IdNumber("legalRepresentativeIdNumber", request.LegalRepresentativeIdNumber, today);
                return errors.HasErrors ? null : new CheckedChange(item, person, null, null, null, person, id.Value, null, null);
            case ChangeItem.BusinessScope:
                var scope = errors.Text("businessScope", request.BusinessScope, "新业务范围", OrganisationRules.ScopeLength);
                return errors.HasErrors ? null : new CheckedChange(item, scope, null, null, null, null, null, scope, null);
            default:
                if (request.ActivityFunds is not { } funds || funds < 0) errors.Add("activityFunds", "请填写变更后的开办资金（万元，不小于0）");
                return errors.HasErrors ? null : new CheckedChange(item, $"{request.ActivityFunds}万元", null, null, null, null, null, null, request.ActivityFunds);
        }
    }

    /// <summary>The item's value on the register now.</summary>
    public static string Current(Organisation o, ChangeItem item) => item switch
    {
        ChangeItem.Name => o.Name,
        ChangeItem.Address => o.Address,
        ChangeItem.LegalRepresentative => o.LegalRepresentativeName,
        ChangeItem.BusinessScope => o.BusinessScope,
        _ => $"{o.ActivityFunds}万元",
    };

    /// <summary>Keeps the change on the application, with the value before it.</summary>
    public static void Keep(RegistrationApplication a, Organisation o, CheckedChange c)
    {
        (a.OrganisationId, a.ChangeItem, a.Before, a.After) = (o.Id, c.Item, Current(o, c.Item), c.After);
        (a.Name, a.Address, a.LegalRepresentativeName, a.LegalRepresentativeIdNumber) = (c.Name ?? o.Name, c.Address, c.Representative, c.RepresentativeId);
        (a.BusinessScope, a.Funds) = (c.Scope, c.Funds);
        if (c.DivisionCode is not null) a.DivisionCode = c.DivisionCode;
    }

    /// <summary>Applies an approved change to the register; the value before, as it stood.</summary>
    public static string Apply(RegistrationApplication a, Organisation o, Guid? residentId)
    {
        var before = Current(o, a.ChangeItem!.Value);
        switch (a.ChangeItem)
        {
            case ChangeItem.Name: o.Name = a.After!; break;
            case ChangeItem.Address: (o.Address, o.DivisionCode) = (a.Address!, a.DivisionCode); break;
            case ChangeItem.LegalRepresentative:
                (o.LegalRepresentativeName, o.LegalRepresentativeIdNumber, o.LegalRepresentativeResidentId) = (a.LegalRepresentativeName!, a.LegalRepresentativeIdNumber!, residentId);
                break;
            case ChangeItem.BusinessScope: o.BusinessScope = a.BusinessScope!; break;
            default: o.ActivityFunds = a.Funds!.Value; break;
        }
        return before;
    }
}
