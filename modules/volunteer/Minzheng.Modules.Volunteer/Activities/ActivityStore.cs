using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>Loading an activity with what its pages show, for the staff endpoints and the public check-in.</summary>
internal static class ActivityStore
{
    public static Task<Activity?> LoadAsync(VolunteerDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Activities.WithinScope(caller).Include(a => a.Positions).Include(a => a.SignUps).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);

    public static async Task<ActivityView> ViewAsync(VolunteerDb db, Activity a, CancellationToken ct)
    {
        var signUps = a.SignUps.Union(db.SignUps.Local.Where(s => s.ActivityId == a.Id)).ToList();
        var ids = signUps.Select(s => s.VolunteerId).Distinct().ToList();
        var people = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => (v.Number, v.Name), ct);
        var positions = a.Positions.ToDictionary(p => p.Id, p => p.Name);
        return new ActivityView(a.Id, a.Title, a.Organiser, a.OrganiserId, a.TeamId, a.DivisionCode, a.Place, a.StartsAt, a.EndsAt, a.Description, a.SuitableForMinors, a.MinimumAge,
            ActivityCodes.Status(a.Status), a.Version,
            [.. a.Positions.Select(p => new PositionView(p.Id, p.Name, p.Wanted, signUps.Count(s => s.PositionId == p.Id && s.CancelledAt == null)))],
            [.. signUps.OrderBy(s => s.SignedUpAt).Select(s => new SignUpView(s.Id, s.ActivityId, s.VolunteerId, people.GetValueOrDefault(s.VolunteerId).Number ?? "",
                people.GetValueOrDefault(s.VolunteerId).Name ?? "", positions.GetValueOrDefault(s.PositionId) ?? "", s.SignedUpAt, ActivityCodes.Status(s),
                s.CheckedInAt, s.CheckedOutAt, s.CheckInBy, s.GuardianPresent))]);
    }
}
