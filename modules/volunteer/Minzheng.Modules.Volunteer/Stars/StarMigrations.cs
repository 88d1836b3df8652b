namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>What the stars' migrations do to rows already there, in SQL both engines accept.</summary>
internal static class StarMigrations
{
    /// <summary>
    /// Before a volunteer's levels became unique (<c>UniqueStarLevels</c>), two star runs at the same moment could propose one
    /// level twice. Of the copies not revoked, the one awarded (else the earliest proposed) stays; the others are revoked,
    /// dated the day they were proposed and saying why, and kept.
    /// </summary>
    public const string RevokeDuplicateLevels = """
        UPDATE "star_awards" SET "Status" = 3, "RevokedOn" = "ProposedOn", "RevocationReason" = '同一星级重复评定（两次评定同时进行），保留先前的一条', "Version" = "Version" + 1
        WHERE "Status" <> 3 AND EXISTS (
            SELECT 1 FROM "star_awards" AS "kept"
            WHERE "kept"."VolunteerId" = "star_awards"."VolunteerId" AND "kept"."Level" = "star_awards"."Level" AND "kept"."Status" <> 3
              AND ("kept"."Status" > "star_awards"."Status"
                   OR ("kept"."Status" = "star_awards"."Status" AND ("kept"."ProposedOn" < "star_awards"."ProposedOn"
                        OR ("kept"."ProposedOn" = "star_awards"."ProposedOn" AND "kept"."Id" < "star_awards"."Id")))))
        """;
}
