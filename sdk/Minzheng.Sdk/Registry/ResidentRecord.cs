namespace Minzheng.Sdk.Registry;

/// <summary>A resident as the registry hands it to modules.</summary>
/// <param name="Id">Registry id.</param>
/// <param name="IdNumber">The validated ID number (its <c>ToString</c> is masked).</param>
/// <param name="Name">Name.</param>
/// <param name="HukouType">城镇 or 农村.</param>
/// <param name="DivisionCode">12-digit village code of the registered residence.</param>
/// <param name="Status">Alive, deceased or moved out.</param>
/// <param name="StatusDate">Date of death or of moving out; null while alive.</param>
/// <param name="DisabilityCertificates">Disability certificates, current and past.</param>
/// <param name="WelfareStatuses">Welfare statuses, current and past.</param>
public sealed record ResidentRecord(
    Guid Id,
    IdNumber IdNumber,
    string Name,
    HukouType HukouType,
    string DivisionCode,
    ResidentStatus Status,
    DateOnly? StatusDate,
    IReadOnlyList<DisabilityCertificate> DisabilityCertificates,
    IReadOnlyList<WelfareStatus> WelfareStatuses)
{
    /// <summary>婚姻状况 as last recorded; see <see cref="Registry.MaritalStatus"/> for what it can miss.</summary>
    public MaritalStatus MaritalStatus { get; init; }
}

/// <summary>户口类型.</summary>
public enum HukouType
{
    /// <summary>城镇.</summary>
    Urban = 1,
    /// <summary>农村.</summary>
    Rural = 2,
}

/// <summary>Whether the resident is still registered here.</summary>
public enum ResidentStatus
{
    /// <summary>在册.</summary>
    Alive = 1,
    /// <summary>死亡.</summary>
    Deceased = 2,
    /// <summary>迁出.</summary>
    MovedOut = 3,
}

/// <summary>残疾人证.</summary>
/// <param name="Number">Certificate number.</param>
/// <param name="Category">Category (视力, 听力, 言语, 肢体, 智力, 精神, 多重).</param>
/// <param name="Grade">Grade 1 (most severe) to 4.</param>
/// <param name="IssuedOn">Issue date.</param>
/// <param name="ValidUntil">Expiry date.</param>
public sealed record DisabilityCertificate(string Number, DisabilityCategory Category, int Grade, DateOnly IssuedOn, DateOnly ValidUntil)
{
    /// <summary>Whether the certificate is valid on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => IssuedOn <= day && day <= ValidUntil;
}

/// <summary>残疾类别.</summary>
public enum DisabilityCategory
{
    /// <summary>视力残疾.</summary>
    Visual = 1,
    /// <summary>听力残疾.</summary>
    Hearing = 2,
    /// <summary>言语残疾.</summary>
    Speech = 3,
    /// <summary>肢体残疾.</summary>
    Physical = 4,
    /// <summary>智力残疾.</summary>
    Intellectual = 5,
    /// <summary>精神残疾.</summary>
    Mental = 6,
    /// <summary>多重残疾.</summary>
    Multiple = 7,
}

/// <summary>A welfare status held over a period.</summary>
/// <param name="Kind">低保, 特困 or 低保边缘.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day; null while it lasts.</param>
public sealed record WelfareStatus(WelfareKind Kind, DateOnly StartsOn, DateOnly? EndsOn)
{
    /// <summary>Whether the status holds on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);
}

/// <summary>Kinds of welfare status.</summary>
public enum WelfareKind
{
    /// <summary>最低生活保障 (低保).</summary>
    MinimumLivingAllowance = 1,
    /// <summary>特困人员供养 (特困).</summary>
    DestitutePersonSupport = 2,
    /// <summary>低保边缘家庭.</summary>
    NearMinimumLivingAllowance = 3,
}
