namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>A star award as listed and shown.</summary>
/// <param name="Id">Id.</param>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="VolunteerNumber">志愿者编号.</param>
/// <param name="Name">The volunteer's name.</param>
/// <param name="DivisionCode">Their village.</param>
/// <param name="Level">The level.</param>
/// <param name="Stars">The level as stars (★★).</param>
/// <param name="Hours">The confirmed service hours it rested on.</param>
/// <param name="ProposedOn">Proposed.</param>
/// <param name="PublicityEndsOn">The publicity's last day.</param>
/// <param name="Status">publicity, awarded or revoked.</param>
/// <param name="AwardedOn">Awarded.</param>
/// <param name="RevokedOn">Revoked.</param>
/// <param name="RevocationReason">Why.</param>
/// <param name="Falsified">Revoked for falsified hours.</param>
/// <param name="Version">The version to change it from.</param>
public sealed record StarView(Guid Id, Guid VolunteerId, string VolunteerNumber, string Name, string DivisionCode, int Level, string Stars, decimal Hours,
    DateOnly ProposedOn, DateOnly PublicityEndsOn, string Status, DateOnly? AwardedOn, DateOnly? RevokedOn, string? RevocationReason, bool Falsified, int Version);

/// <summary>What a star run did.</summary>
/// <param name="Proposed">Levels proposed (their publicity starts today).</param>
/// <param name="Awarded">Levels awarded (their publicity ended).</param>
/// <param name="PublicityEndsOn">The last day of today's proposals' publicity.</param>
/// <param name="Message">What staff are told.</param>
public sealed record StarRunResult(int Proposed, int Awarded, DateOnly PublicityEndsOn, string Message);

/// <summary>Revoking an award.</summary>
/// <param name="Reason">Why (required).</param>
/// <param name="Falsified">The hours were falsified: the volunteer is barred from stars.</param>
public sealed record StarRevocation(string? Reason, bool Falsified);

/// <summary>Status codes of the API.</summary>
internal static class StarCodes
{
    public static string Status(StarStatus status) => status switch
    {
        StarStatus.Publicity => "publicity",
        StarStatus.Awarded => "awarded",
        _ => "revoked",
    };
}
