using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg;

/// <summary>The module's settings outside a feature (<c>Modules:socialorg</c>).</summary>
public sealed class SocialOrgOptions
{
    /// <summary>
    /// 登记管理机关 as the public look-up names it (<c>Modules:socialorg:RegistrationAuthority</c>); null for
    /// "&lt;district&gt;民政局", which also suits a deployment serving several districts.
    /// </summary>
    public string? RegistrationAuthority { get; init; }

    /// <summary>The registration authority of the district <paramref name="names"/> belongs to.</summary>
    public string AuthorityOf(IDivisionNames names) =>
        string.IsNullOrWhiteSpace(RegistrationAuthority) ? $"{names.DistrictName}民政局" : RegistrationAuthority.Trim();
}
