using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Minzheng.Platform.Identity.SignIn;

/// <summary>
/// Password checks that count against the lockout atomically. Identity's own check reads the failure count, spends
/// ~150 ms hashing, then writes the count back: forty parallel guesses all read the same count, and nineteen were
/// checked where four are allowed. Here each check first takes one of the remaining attempts in a single conditional
/// UPDATE (both engines make it atomic; several host instances share it), so no more checks run than the lockout
/// allows, however many arrive at once; the hash runs only for a check that got an attempt.
/// </summary>
internal sealed class PasswordAttempts(IdentityDb db, IPasswordHasher<StaffUser> hasher, UserManager<StaffUser> users,
    IOptions<IdentityOptions> identity, TimeProvider clock)
{
    // A hash of nothing anyone knows, checked when the user name is unknown so that the answer takes as long.
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));

    /// <summary>What one password check found. Only <see cref="Outcome.Succeeded"/> lets the caller in.</summary>
    public enum Outcome
    {
        /// <summary>The user name is unknown.</summary>
        UnknownUser,

        /// <summary>An administrator locked the account.</summary>
        Disabled,

        /// <summary>Locked after failed passwords, or its last attempts are being checked right now.</summary>
        LockedOut,

        /// <summary>Wrong password (the attempt counted; the last allowed one locks the account).</summary>
        WrongPassword,

        /// <summary>The password is right.</summary>
        Succeeded,
    }

    /// <summary>Checks <paramref name="password"/> for <paramref name="user"/> (null when the name is unknown).</summary>
    public async Task<Outcome> CheckAsync(StaffUser? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(new StaffUser(), Decoy.Value, password);
            return Outcome.UnknownUser;
        }
        var refused = user.DisabledAt is not null ? Outcome.Disabled : await users.IsLockedOutAsync(user) ? Outcome.LockedOut : (Outcome?)null;
        if (refused is null && !await TakeAttemptAsync(user))
        {
            // Every attempt is spent: locks now if the request that spent the last one has not (it may have died).
            await LockIfSpentAsync(user.Id);
            refused = Outcome.LockedOut;
        }
        if (refused is { } outcome)
        {
            // Hashed anyway: a locked account answers as slowly as any other.
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? Decoy.Value, password);
            return outcome;
        }
        var verdict = user.PasswordHash is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await LockIfSpentAsync(user.Id);
            return Outcome.WrongPassword;
        }
        // Not forgotten yet: the attempt stays counted until the second factor, if any, is right too.
        return Outcome.Succeeded;
    }

    /// <summary>Counts a failed second factor as the password's attempt: locks the account when it was the last.</summary>
    public async Task SecondFactorFailedAsync(StaffUser user)
    {
        if (await TakeAttemptAsync(user))
        {
            await LockIfSpentAsync(user.Id);
        }
    }

    /// <summary>Forgets the failures after a complete sign-in (password and second factor).</summary>
    public Task ResetAsync(string userId) =>
        db.Users.Where(u => u.Id == userId && u.AccessFailedCount != 0).ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0));

    private int Allowed => identity.Value.Lockout.MaxFailedAccessAttempts;

    // Compared with the lockout end read with the user: an account locked since then by a parallel request no longer matches.
    private async Task<bool> TakeAttemptAsync(StaffUser user)
    {
        if (!user.LockoutEnabled)
        {
            return true;
        }
        var lockoutEnd = user.LockoutEnd;
        return await db.Users
            .Where(u => u.Id == user.Id && u.AccessFailedCount < Allowed && u.LockoutEnd == lockoutEnd)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1)) == 1;
    }

    // Only the request that finds every attempt spent locks, once; the count starts again for when the lockout ends.
    private Task LockIfSpentAsync(string userId)
    {
        var until = clock.GetUtcNow().Add(identity.Value.Lockout.DefaultLockoutTimeSpan);
        return db.Users.Where(u => u.Id == userId && u.LockoutEnabled && u.AccessFailedCount >= Allowed)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0));
    }
}
