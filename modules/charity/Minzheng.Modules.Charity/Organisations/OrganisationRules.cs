namespace Minzheng.Modules.Charity.Organisations;

/// <summary>What the copy of an organisation says, in plain C#: its type's name, whether it is on a list, its standing.</summary>
public static class OrganisationRules
{
    /// <summary>The types socialorg registers, with their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["social-group"] = "社会团体",
        ["social-service-agency"] = "社会服务机构",
        ["foundation"] = "基金会",
    };

    /// <summary>The Chinese name of a type code (the code itself for one this module does not know).</summary>
    public static string TypeName(string type) => Types.TryGetValue(type, out var name) ? name : type;

    /// <summary>The Chinese name of a credit list.</summary>
    public static string ListName(string list) => list == "serious" ? "严重违法失信名单" : "活动异常名录";

    /// <summary>The entries still in force on <paramref name="day"/> (entered on or before it, not removed by it).</summary>
    public static IEnumerable<CreditListEntry> ListedOn(IEnumerable<CreditListEntry> entries, DateOnly day) =>
        entries.Where(e => e.EnteredOn <= day && (e.RemovedOn is null || e.RemovedOn > day));

    /// <summary>registered, recognised (慈善组织) or deregistered.</summary>
    public static string Standing(KnownOrganisation o) => o.DeregisteredOn is not null ? "deregistered" : o.RecognisedOn is not null ? "recognised" : "registered";

    /// <summary>Applies a 变更登记 unless a later one is already applied; true when the copy changed.</summary>
    public static bool ApplyChange(KnownOrganisation o, SocialOrgChanged change)
    {
        if (o.ChangedOn is { } last && last > change.ChangedOn) return false;
        var changed = o.Name != change.Name || o.DivisionCode != change.DivisionCode || o.Address != change.Address
            || o.LegalRepresentativeName != change.LegalRepresentativeName || o.ChangedOn != change.ChangedOn;
        o.Name = change.Name;
        o.DivisionCode = change.DivisionCode;
        o.Address = change.Address;
        o.LegalRepresentativeName = change.LegalRepresentativeName;
        o.ChangedOn = change.ChangedOn;
        return changed;
    }
}
