using Minzheng.Sdk.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>Both parties apply in person for divorce by agreement.</summary>
/// <param name="PartyAIdNumber">Party A's ID number.</param>
/// <param name="PartyAName">Party A's name.</param>
/// <param name="PartyAHukouCode">Party A's hukou county (6 digits), optional.</param>
/// <param name="PartyBIdNumber">Party B's ID number.</param>
/// <param name="PartyBName">Party B's name.</param>
/// <param name="PartyBHukouCode">Party B's hukou county, optional.</param>
/// <param name="MarriageCertificateNumber">The marriage certificate they present (any office's).</param>
/// <param name="Agreement">The main points of their written agreement (children, property, debts).</param>
/// <param name="AgreementSigned">Both signed the written divorce agreement.</param>
public sealed record DivorceRequest(
    string? PartyAIdNumber, string? PartyAName, string? PartyAHukouCode,
    string? PartyBIdNumber, string? PartyBName, string? PartyBHukouCode,
    string? MarriageCertificateNumber, string? Agreement, bool? AgreementSigned);

/// <summary>A divorce application as staff read it, its state as of today.</summary>
/// <param name="Id">Id.</param>
/// <param name="PartyAIdNumber">Masked.</param>
/// <param name="PartyAName">Name.</param>
/// <param name="PartyBIdNumber">Masked.</param>
/// <param name="PartyBName">Name.</param>
/// <param name="MarriageCertificateNumber">Their marriage certificate.</param>
/// <param name="Agreement">Agreement's main points.</param>
/// <param name="Status">See <see cref="DivorceStatus"/>, with the passing of time applied.</param>
/// <param name="AppliedOn">Day of application.</param>
/// <param name="AcceptedOn">Day of acceptance.</param>
/// <param name="CoolingOffEnds">Last day of cooling-off.</param>
/// <param name="RequestWindowEnds">Last day for the joint request.</param>
/// <param name="RequestedOn">Day of the joint request.</param>
/// <param name="DivorcedOn">Day of registration.</param>
/// <param name="CertificateNumber">L number.</param>
/// <param name="RefusalReason">Why refused.</param>
/// <param name="WithdrawnBy">A or B.</param>
/// <param name="DivisionCode">Where it belongs.</param>
/// <param name="CrossProvince">跨省通办.</param>
/// <param name="Version">For changes.</param>
/// <param name="History">Every transition.</param>
public sealed record DivorceView(
    Guid Id, string PartyAIdNumber, string PartyAName, string PartyBIdNumber, string PartyBName, string MarriageCertificateNumber,
    string Agreement, string Status, DateOnly AppliedOn, DateOnly? AcceptedOn, DateOnly? CoolingOffEnds, DateOnly? RequestWindowEnds,
    DateOnly? RequestedOn, DateOnly? DivorcedOn, string? CertificateNumber, string? RefusalReason, string? WithdrawnBy,
    string DivisionCode, bool CrossProvince, int Version, IReadOnlyList<TimelineEntry> History)
{
    /// <summary>The view of an application on <paramref name="today"/>.</summary>
    public static DivorceView Of(DivorceApplication d, DateOnly today) => new(
        d.Id, Masking.Mask(d.PartyAIdNumber), d.PartyAName, Masking.Mask(d.PartyBIdNumber), d.PartyBName, d.MarriageCertificateNumber,
        d.Agreement, DivorceRules.EffectiveStatus(d.Status, d.CoolingOffEnds, d.RequestWindowEnds, today), d.AppliedOn, d.AcceptedOn,
        d.CoolingOffEnds, d.RequestWindowEnds, d.RequestedOn, d.DivorcedOn, d.CertificateNumber, d.RefusalReason, d.WithdrawnBy,
        d.DivisionCode, d.CrossProvince, d.Version,
        d.Steps.ToTimeline());
}

/// <summary>
/// A divorce was registered. The registry sets both parties' 婚姻状况 to divorced. The name is the
/// contract with the registry: never change it.
/// </summary>
/// <param name="PartyA">Party A's full 18-character ID number.</param>
/// <param name="PartyB">Party B's full 18-character ID number.</param>
/// <param name="DivorcedOn">The day the divorce was registered.</param>
/// <param name="CertificateNumber">The L certificate number.</param>
[IntegrationEvent("marriage.divorced")]
public sealed record DivorceRegistered(string PartyA, string PartyB, DateOnly DivorcedOn, string CertificateNumber) : IIntegrationEvent;
