namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>A party asks for a lost or damaged certificate to be reissued.</summary>
/// <param name="OriginalNumber">The original J or L number.</param>
/// <param name="ApplicantIdNumber">The applicant's ID number (one of the parties).</param>
/// <param name="ApplicantName">The applicant's name.</param>
public sealed record ReissueRequest(string? OriginalNumber, string? ApplicantIdNumber, string? ApplicantName);

/// <summary>A person asks for a 婚姻登记记录证明.</summary>
/// <param name="IdNumber">Their ID number.</param>
/// <param name="Name">Their name.</param>
/// <param name="Purpose">Why (e.g. 补领结婚证被拒后出具).</param>
public sealed record RecordCertificateRequest(string? IdNumber, string? Name, string? Purpose);
