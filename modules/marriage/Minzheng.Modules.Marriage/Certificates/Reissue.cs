using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>A certificate reissued (补领) after checking the archive: a new BJ/BL number for an original J/L.</summary>
public sealed class Reissue : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }
    /// <summary>The original certificate's number.</summary>
    public string OriginalNumber { get; set; } = "";
    /// <summary>The new BJ/BL number.</summary>
    public string Number { get; set; } = "";
    /// <summary>Who asked for it (full ID number).</summary>
    [Sensitive] public string ApplicantIdNumber { get; set; } = "";
    /// <summary>Their name.</summary>
    public string ApplicantName { get; set; } = "";
    /// <summary>Day of issue.</summary>
    public DateOnly IssuedOn { get; set; }
    /// <summary>Registrar.</summary>
    public string IssuedByName { get; set; } = "";
    /// <summary>Located like the original record.</summary>
    public string DivisionCode { get; set; } = "";
}

/// <summary>
/// 婚姻登记记录证明: what the archive holds on one person, issued where a reissue is refused because
/// the marital status changed since.
/// </summary>
public sealed class RecordCertificate : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }
    /// <summary>The person (full ID number).</summary>
    [Sensitive] public string IdNumber { get; set; } = "";
    /// <summary>Their name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Why it was issued (e.g. the refused reissue).</summary>
    public string Purpose { get; set; } = "";
    /// <summary>The archive's records on the person, one line each, as printed.</summary>
    public string Entries { get; set; } = "";
    /// <summary>Day of issue.</summary>
    public DateOnly IssuedOn { get; set; }
    /// <summary>Who issued it.</summary>
    public string IssuedByName { get; set; } = "";
    /// <summary>The office's code (district level: the archive is the office's).</summary>
    public string DivisionCode { get; set; } = "";
}
