using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// What a refusal's written decision (不予受理 / 不予登记决定书) says, plain C#: 行政许可法 arts. 32 and 38 require a refusal
/// in writing with its reasons and the applicant's right to 行政复议 or 行政诉讼; the type's registration regulation is the
/// substantive basis. The article of that regulation a refusal rests on differs by cause, so staff name it in the reasons.
/// </summary>
public static class RefusalNoticeRules
{
    /// <summary>The step that accepts an application (受理): a refusal before it is a 不予受理.</summary>
    public const string AcceptStep = "受理";

    /// <summary>The document's title: 不予受理决定书 before acceptance, else the workflow's 不予…决定书.</summary>
    public static string Title(ApplicationKind kind, bool accepted) => $"{Decision(kind, accepted)}决定书";

    /// <summary>The decision in words (不予受理, 不予核准名称, 不予批准筹备, 不予成立登记 …).</summary>
    public static string Decision(ApplicationKind kind, bool accepted) => !accepted ? "不予受理" : kind switch
    {
        ApplicationKind.NameApproval => "不予核准名称",
        ApplicationKind.Preparation => "不予批准筹备",
        _ => $"不予{ApplicationRules.KindLabel(kind)}",
    };

    /// <summary>The registration regulation of the organisation's type.</summary>
    public static string Regulation(OrganisationType type) => type switch
    {
        OrganisationType.SocialGroup => "《社会团体登记管理条例》",
        OrganisationType.SocialServiceAgency => "《民办非企业单位登记管理暂行条例》",
        _ => "《基金会管理条例》",
    };

    /// <summary>The legal basis printed: the licensing law's article for the step refused, the type's regulation, for a name the name rules.</summary>
    public static string LegalBasis(ApplicationKind kind, OrganisationType type, bool accepted)
    {
        var law = accepted ? "《中华人民共和国行政许可法》第三十八条" : "《中华人民共和国行政许可法》第三十二条";
        var names = kind == ApplicationKind.NameApproval ? "、《社会组织名称管理办法》" : "";
        return $"{law}、{Regulation(type)}{names}";
    }

    /// <summary>
    /// The applicant's remedies (告知行政复议、行政诉讼权利): 60 days for 行政复议 (行政复议法 art. 20) at the district's
    /// government, which reviews its departments' decisions (art. 24), or 6 months for 行政诉讼 (行政诉讼法 art. 46).
    /// </summary>
    public static string Remedy(string districtName) =>
        $"申请人对本决定不服的，可以自收到本决定书之日起六十日内向{districtName}人民政府申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";

    /// <summary>What was applied for, as the notice states it (the workflow, the name, what a change changes).</summary>
    public static string Applied(RegistrationApplication a)
    {
        var what = $"{ApplicationRules.KindLabel(a.Kind)}（{OrganisationRules.TypeLabel(a.OrganisationType)}）";
        if (a.Kind == ApplicationKind.Change && a.ChangeItem is { } item)
        {
            return $"{what}：{ApplicationRules.ChangeLabel(item)}由“{a.Before}”变更为“{a.After}”";
        }
        return string.IsNullOrEmpty(a.Name) ? what : $"{what}：{a.Name}";
    }
}
