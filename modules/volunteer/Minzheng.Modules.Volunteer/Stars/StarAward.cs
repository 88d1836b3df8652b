using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>Where a star award stands.</summary>
public enum StarStatus
{
    /// <summary>公示中: proposed, waiting for the publicity to end.</summary>
    Publicity = 1,

    /// <summary>已授予.</summary>
    Awarded = 2,

    /// <summary>已撤销 (objection upheld, or hours found falsified): kept, never counted.</summary>
    Revoked = 3,
}

/// <summary>
/// 星级认定: one level proposed for a volunteer from their confirmed service hours, awarded after its publicity, revocable
/// with a reason. Never deleted.
/// </summary>
public sealed class StarAward : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>The volunteer's village (their scope).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The level, 1 to 5 by default.</summary>
    public int Level { get; set; }

    /// <summary>The confirmed service hours the proposal rested on.</summary>
    public decimal Hours { get; set; }

    /// <summary>The day proposed (Beijing).</summary>
    public DateOnly ProposedOn { get; set; }

    /// <summary>The last day of the publicity.</summary>
    public DateOnly PublicityEndsOn { get; set; }

    /// <summary>Where it stands.</summary>
    public StarStatus Status { get; set; }

    /// <summary>The day awarded.</summary>
    public DateOnly? AwardedOn { get; set; }

    /// <summary>The day revoked.</summary>
    public DateOnly? RevokedOn { get; set; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; set; }

    /// <summary>Whether it was revoked because hours were falsified (the volunteer is then barred).</summary>
    public bool Falsified { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
