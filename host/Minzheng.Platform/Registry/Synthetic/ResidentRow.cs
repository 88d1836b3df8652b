namespace Minzheng.Platform.Registry.Synthetic;

/// <summary>
/// One resident in the registry's exchange format (one row of an import file): the person, their
/// household, at most one disability certificate and one welfare status.
/// </summary>
public sealed record ResidentRow
{
    /// <summary>身份证号.</summary>
    public required string IdNumber { get; init; }
    /// <summary>姓名.</summary>
    public required string Name { get; init; }
    /// <summary>民族.</summary>
    public string Ethnicity { get; init; } = "汉族";
    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }
    /// <summary>户口类型: 城镇 or 农村.</summary>
    public required string HukouType { get; init; }
    /// <summary>村居代码 (12 digits).</summary>
    public required string DivisionCode { get; init; }
    /// <summary>住址.</summary>
    public string? Address { get; init; }
    /// <summary>户号: rows with the same key form one household.</summary>
    public string? HouseholdKey { get; init; }
    /// <summary>与户主关系 (户主, 配偶, 子女, 父母, 其他).</summary>
    public string? RelationToHead { get; init; }
    /// <summary>残疾证号.</summary>
    public string? DisabilityCertificateNumber { get; init; }
    /// <summary>残疾类别 (视力, 听力, 言语, 肢体, 智力, 精神, 多重).</summary>
    public string? DisabilityCategory { get; init; }
    /// <summary>残疾等级 1–4.</summary>
    public int? DisabilityGrade { get; init; }
    /// <summary>发证日期.</summary>
    public DateOnly? DisabilityIssuedOn { get; init; }
    /// <summary>有效期至.</summary>
    public DateOnly? DisabilityValidUntil { get; init; }
    /// <summary>救助类型 (低保, 特困, 低保边缘).</summary>
    public string? WelfareKind { get; init; }
    /// <summary>救助开始日期.</summary>
    public DateOnly? WelfareStartsOn { get; init; }
    /// <summary>婚姻状况 (未婚, 已婚, 离婚, 丧偶); an optional column: files written before it existed stay valid.</summary>
    public string? MaritalStatus { get; init; }

    /// <summary>The column headers of the exchange format, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "身份证号", "姓名", "民族", "联系电话", "户口类型", "村居代码", "住址", "户号", "与户主关系",
        "残疾证号", "残疾类别", "残疾等级", "发证日期", "有效期至", "救助类型", "救助开始日期", "婚姻状况",
    ];

    /// <summary>Columns an import file may leave out (added to the format later; old files stay valid).</summary>
    public static IReadOnlySet<string> OptionalHeaders { get; } = new HashSet<string>(StringComparer.Ordinal) { "婚姻状况" };

    /// <summary>The row's cells, in <see cref="Headers"/> order.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        IdNumber, Name, Ethnicity, Phone ?? "", HukouType, DivisionCode, Address ?? "", HouseholdKey ?? "", RelationToHead ?? "",
        DisabilityCertificateNumber ?? "", DisabilityCategory ?? "", DisabilityGrade?.ToString() ?? "",
        Date(DisabilityIssuedOn), Date(DisabilityValidUntil), WelfareKind ?? "", Date(WelfareStartsOn), MaritalStatus ?? "",
    ];

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}
