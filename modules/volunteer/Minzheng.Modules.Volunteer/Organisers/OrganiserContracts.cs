namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>A new organiser.</summary>
/// <param name="Name">名称.</param>
/// <param name="Kind">team, village-committee, social-organisation or other.</param>
/// <param name="TeamId">The team, for kind team.</param>
/// <param name="CreditCode">统一社会信用代码 (required for a social organisation).</param>
/// <param name="DivisionCode">The village or town it is based in.</param>
/// <param name="PersonInCharge">负责人.</param>
/// <param name="Contact">联系电话.</param>
public sealed record NewOrganiser(string? Name, string? Kind, Guid? TeamId, string? CreditCode, string? DivisionCode, string? PersonInCharge, string? Contact);

/// <summary>A team registered as an organiser: who signs for it.</summary>
/// <param name="PersonInCharge">负责人.</param>
/// <param name="Contact">联系电话.</param>
public sealed record TeamOrganiser(string? PersonInCharge, string? Contact);

/// <summary>An organiser as shown: with what it runs.</summary>
/// <param name="Id">Id.</param>
/// <param name="Name">名称.</param>
/// <param name="Kind">Its kind's code.</param>
/// <param name="TeamId">The team, for a team.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="DivisionCode">Where it is based.</param>
/// <param name="PersonInCharge">负责人.</param>
/// <param name="Contact">联系电话.</param>
/// <param name="RegisteredOn">登记日期.</param>
/// <param name="Activities">Activities linked to it.</param>
/// <param name="ConfirmedHours">Confirmed hours of those activities.</param>
/// <param name="Certificates">Record certificates it issued (as a registered organiser).</param>
/// <param name="Version">For changes.</param>
public sealed record OrganiserView(Guid Id, string Name, string Kind, Guid? TeamId, string? CreditCode, string DivisionCode, string PersonInCharge, string Contact,
    DateOnly RegisteredOn, int Activities, decimal ConfirmedHours, int Certificates, int Version);

/// <summary>A registered organiser as a form's picker offers it.</summary>
/// <param name="Id">The value the form sends (<c>organiserId</c>).</param>
/// <param name="Name">名称.</param>
/// <param name="Label">What staff read: the name and its kind.</param>
public sealed record OrganiserOption(Guid Id, string Name, string Label)
{
    /// <summary>The most a picker is offered (a district registers far fewer); the rest remain registered, found by typing the name.</summary>
    public const int Max = 1000;
}

/// <summary>The API codes of organiser kinds.</summary>
public static class OrganiserCodes
{
    private static readonly Dictionary<string, OrganiserKind> Kinds = new(StringComparer.Ordinal)
    {
        ["team"] = OrganiserKind.Team, ["village-committee"] = OrganiserKind.VillageCommittee,
        ["social-organisation"] = OrganiserKind.SocialOrganisation, ["other"] = OrganiserKind.Other,
    };

    /// <summary>The code of <paramref name="kind"/>.</summary>
    public static string Kind(OrganiserKind kind) => Kinds.First(k => k.Value == kind).Key;

    /// <summary>The kind as staff read it.</summary>
    public static string KindText(OrganiserKind kind) => kind switch
    {
        OrganiserKind.Team => "志愿服务队伍",
        OrganiserKind.VillageCommittee => "村（居）民委员会",
        OrganiserKind.SocialOrganisation => "社会组织",
        _ => "其他单位",
    };

    /// <summary>Reads a kind's code.</summary>
    public static bool TryParseKind(string? code, out OrganiserKind kind) => Kinds.TryGetValue(code ?? "", out kind);
}
