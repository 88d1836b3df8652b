namespace Minzheng.Modules.SocialOrg.Public;

/// <summary>
/// One organisation as anyone may see it: the public facts of the register only (no ID numbers, no internal notes,
/// no list causes typed by staff).
/// </summary>
/// <param name="Name">名称.</param>
/// <param name="Type">social-group, social-service-agency or foundation.</param>
/// <param name="TypeText">社会团体, 社会服务机构 or 基金会.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="LegalRepresentativeName">法定代表人.</param>
/// <param name="RegisteredOn">成立登记日期.</param>
/// <param name="Status">registered, deregistered or revoked.</param>
/// <param name="StatusText">正常, 已注销 or 已撤销登记.</param>
/// <param name="DeregisteredOn">注销日期, when deregistered.</param>
/// <param name="InGoodStanding">Registered and on no credit list.</param>
/// <param name="Summary">One sentence saying all of that.</param>
/// <param name="CreditLists">The credit lists it is on now (empty when none).</param>
/// <param name="RegistrationAuthority">登记管理机关.</param>
public sealed record PublicOrganisation(string Name, string Type, string TypeText, string CreditCode, string LegalRepresentativeName, DateOnly RegisteredOn,
    string Status, string StatusText, DateOnly? DeregisteredOn, bool InGoodStanding, string Summary, IReadOnlyList<PublicListing> CreditLists,
    string RegistrationAuthority);

/// <summary>A credit list an organisation is on.</summary>
/// <param name="List">abnormal or serious.</param>
/// <param name="ListText">活动异常名录 or 严重违法失信名单.</param>
/// <param name="EnteredOn">列入日期.</param>
public sealed record PublicListing(string List, string ListText, DateOnly EnteredOn);

/// <summary>The answer to a public look-up.</summary>
/// <param name="Query">What was searched for.</param>
/// <param name="MatchedBy">credit-code or name.</param>
/// <param name="More">A name search matched more than it shows: the caller should be more precise.</param>
/// <param name="Message">What the answer says, in one sentence.</param>
/// <param name="Organisations">At most <see cref="PublicLookupRules.MaxResults"/>.</param>
public sealed record PublicLookupAnswer(string Query, string MatchedBy, bool More, string Message, IReadOnlyList<PublicOrganisation> Organisations);
