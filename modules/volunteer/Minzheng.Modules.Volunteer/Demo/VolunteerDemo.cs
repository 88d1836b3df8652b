using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Modules.Volunteer.Teams;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Demo;

/// <summary>
/// The demo district's volunteering, made up from its synthetic residents: in each town every other adult (up to eight)
/// registered, a community team with members, a past activity whose attendance became hours (most confirmed, one
/// waiting, one flagged) and an activity recruiting next week. Does nothing once the module holds a volunteer.
/// </summary>
internal sealed class VolunteerDemo(VolunteerDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller, TimeProvider clock) : IModuleDemo
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Volunteers.AnyAsync(cancellationToken)) return false;
        var today = clock.BeijingToday();
        var district = caller.Scope.DivisionCode[..6];
        var adults = new List<ResidentRecord>();
        await foreach (var resident in registry.ListAsync(new ResidentFilter(Status: ResidentStatus.Alive), cancellationToken))
        {
            if (resident.IdNumber.AgeOn(today) is >= 18 and <= 70 && resident.DivisionCode.Length == 12) adults.Add(resident);
        }
        var sequence = 0;
        var seededTowns = 0;
        foreach (var town in names.TownsWithin(caller.Scope))
        {
            var people = adults.Where(a => a.DivisionCode.StartsWith(town, StringComparison.Ordinal)).Where((_, i) => i % 2 == 0).Take(8).ToList();
            if (people.Count < 3) continue;
            var townName = names.NameOf(town) ?? town;
            var volunteers = people.Select(p => new RegisteredVolunteer
            {
                Id = Guid.NewGuid(), Number = VolunteerNumbers.Next(district, today.Year, sequence == 0 ? null : VolunteerNumbers.Prefix(district, today.Year) + sequence.ToString("D6")),
                IdNumber = p.IdNumber.Value, Name = p.Name, Phone = $"1380000{++sequence:D4}", Skills = sequence % 3 == 0 ? "急救" : "陪伴、宣传",
                Availability = "周末", ServiceAreas = sequence % 2 == 0 ? "助老" : "环保", DivisionCode = p.DivisionCode, ResidentId = p.Id,
                RegisteredOn = today.AddMonths(-1 - sequence % 10),
            }).ToList();
            db.Volunteers.AddRange(volunteers);
            // The residents' committee that runs the town's activities, registered as their organiser.
            var committee = new Organiser
            {
                Id = Guid.NewGuid(), Name = $"{townName}社区居民委员会", Kind = OrganiserKind.VillageCommittee, DivisionCode = volunteers[0].DivisionCode,
                PersonInCharge = volunteers[0].Name, Contact = volunteers[0].Phone, RegisteredOn = today.AddYears(-1),
            };
            db.Organisers.Add(committee);
            // Every other town has its community team (the plan's row 17 counts them), founded by the committee.
            if (seededTowns++ % 2 == 0)
            {
                var team = new Team
                {
                    Id = Guid.NewGuid(), Name = $"{townName}社区志愿服务队（演示）", Kind = TeamKind.Community, DivisionCode = volunteers[0].DivisionCode,
                    Organiser = committee.Name, OrganiserId = committee.Id, Leader = $"{volunteers[0].Name} {volunteers[0].Phone}", FoundedOn = today.AddYears(-1),
                };
                team.Members.AddRange(volunteers.Take(5).Select(v => new TeamMember { Id = Guid.NewGuid(), TeamId = team.Id, VolunteerId = v.Id, JoinedOn = v.RegisteredOn }));
                db.Teams.Add(team);
            }
            AddPastActivity(townName, volunteers, today, committee.Id);
            AddComingActivity(townName, volunteers[0].DivisionCode, today);
        }
        if (sequence == 0) return false;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void AddPastActivity(string townName, List<RegisteredVolunteer> volunteers, DateOnly today, Guid organiserId)
    {
        var start = BeijingTime.StartOf(today.AddDays(-7)).AddHours(9);
        var activity = new Activity
        {
            Id = Guid.NewGuid(), Title = $"{townName}敬老院陪伴服务（演示）", Organiser = $"{townName}社区居民委员会", OrganiserId = organiserId,
            DivisionCode = volunteers[0].DivisionCode,
            Place = $"{townName}敬老院", StartsAt = start, EndsAt = start.AddHours(3), Description = "陪老人聊天、打扫房间（演示数据）", Status = ActivityStatus.Ended,
        };
        var position = new ActivityPosition { Id = Guid.NewGuid(), ActivityId = activity.Id, Name = "陪伴员", Wanted = 10 };
        activity.Positions.Add(position);
        // The last attendee forgot to check out (a flagged record), the one before waits for confirmation, the rest are confirmed.
        var attendees = volunteers.Take(5).ToList();
        foreach (var (v, i) in attendees.Select((v, i) => (v, i)))
        {
            var checkedOut = i == attendees.Count - 1 ? (DateTimeOffset?)null : start.AddHours(3 - i * 0.5);
            activity.SignUps.Add(new SignUp
            {
                Id = Guid.NewGuid(), ActivityId = activity.Id, PositionId = position.Id, VolunteerId = v.Id, SignedUpAt = start.AddDays(-3),
                CheckedInAt = start, CheckedOutAt = checkedOut, CheckInBy = i % 2 == 0 ? "qr" : "desk",
            });
            var end = checkedOut ?? activity.EndsAt;
            var record = new ServiceRecord
            {
                Id = Guid.NewGuid(), VolunteerId = v.Id, ActivityId = activity.Id, Kind = HoursKind.Service, Date = today.AddDays(-7), StartedAt = start, EndedAt = end,
                Hours = ActivityRules.HoursServed(start, end, activity), Content = activity.Title, DivisionCode = activity.DivisionCode, Organiser = activity.Organiser,
                Status = i < attendees.Count - 2 ? RecordStatus.Confirmed : RecordStatus.Recorded, Flags = checkedOut is null ? "缺少签退，时长暂按活动结束时间计算" : "",
            };
            record.Steps.Add(new ServiceRecordStep { ServiceRecordId = record.Id, At = activity.EndsAt, Title = "按签到签退记录", StaffId = "demo", StaffName = "演示数据" });
            if (record.Status == RecordStatus.Confirmed)
            {
                record.Steps.Add(new ServiceRecordStep { ServiceRecordId = record.Id, At = activity.EndsAt.AddDays(1), Title = "确认", StaffId = "demo", StaffName = "演示数据" });
            }
            db.ServiceRecords.Add(record);
        }
        db.Activities.Add(activity);
    }

    private void AddComingActivity(string townName, string village, DateOnly today)
    {
        var start = BeijingTime.StartOf(today.AddDays(7)).AddHours(14);
        var activity = new Activity
        {
            Id = Guid.NewGuid(), Title = $"{townName}河道清洁行动（演示）", Organiser = $"{townName}新时代文明实践站", DivisionCode = village, Place = $"{townName}滨河步道",
            StartsAt = start, EndsAt = start.AddHours(2), Description = "捡拾垃圾、劝导文明（演示数据）", SuitableForMinors = true, MinimumAge = 10,
            Status = ActivityStatus.Recruiting,
        };
        activity.Positions.Add(new ActivityPosition { Id = Guid.NewGuid(), ActivityId = activity.Id, Name = "清洁员", Wanted = 20 });
        activity.Positions.Add(new ActivityPosition { Id = Guid.NewGuid(), ActivityId = activity.Id, Name = "劝导员", Wanted = 5 });
        db.Activities.Add(activity);
    }
}
