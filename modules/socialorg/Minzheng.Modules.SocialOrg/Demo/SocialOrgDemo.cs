using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.SocialWork;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Demo;

/// <summary>
/// The demo district's register, made up (never real organisations): in each town a 社会团体 and a 社会服务机构, one of
/// them now and then deregistered; legal representatives and social workers from the synthetic residents, two
/// social workers per town, some of whom have left, and a social work station per town staffed with them. Then the
/// supervision in every state (<see cref="SocialOrgSupervisionDemo"/>). Does nothing once the module holds an organisation.
/// </summary>
internal sealed class SocialOrgDemo(SocialOrgDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller, TimeProvider clock,
    SocialOrgSupervisionDemo supervision) : IModuleDemo
{
    private static readonly string[] Trades = ["志愿者协会", "老年协会", "社会工作服务中心", "养老服务中心"];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        // The workflows' demo establishes an organisation by application: not the register's data, so it does not stop this one.
        var established = db.RegistrationApplications.Where(a => a.Kind == ApplicationKind.Establishment).Select(a => a.OrganisationId);
        if (await db.Organisations.AnyAsync(o => !established.Contains(o.Id), cancellationToken))
        {
            return false;
        }
        var today = clock.BeijingToday();
        var district = caller.Scope.DivisionCode[..6];
        var adults = new List<ResidentRecord>();
        await foreach (var resident in registry.ListAsync(new ResidentFilter(Status: ResidentStatus.Alive), cancellationToken))
        {
            var age = resident.IdNumber.AgeOn(today);
            if (age is >= 25 and <= 60 && resident.DivisionCode.Length == 12) adults.Add(resident);
        }
        var sequence = 0;
        foreach (var town in names.TownsWithin(caller.Scope))
        {
            var people = adults.Where(a => a.DivisionCode.StartsWith(town, StringComparison.Ordinal)).Take(4).ToList();
            if (people.Count < 4) continue;
            var townName = names.NameOf(town) ?? town;
            var station = new SocialWorkStation
            {
                Id = Guid.NewGuid(), Name = $"{townName}社会工作站（演示）", DivisionCode = town, Address = $"{townName}演示路1号", OpenedOn = today.AddYears(-1),
            };
            db.SocialWorkStations.Add(station);
            for (var i = 0; i < 2; i++)
            {
                var type = i == 0 ? OrganisationType.SocialGroup : OrganisationType.SocialServiceAgency;
                var first17 = $"5{(int)type}{district}MJ{++sequence:D7}";
                var deregistered = sequence % 5 == 0;
                db.Organisations.Add(new Organisation
                {
                    Id = Guid.NewGuid(), Type = type, Name = $"万盛经开区{townName}{Trades[(sequence + i) % Trades.Length]}（演示）",
                    CreditCode = first17 + CreditCode.CheckCharacter(first17), LegalRepresentativeName = people[i].Name,
                    LegalRepresentativeIdNumber = people[i].IdNumber.Value, LegalRepresentativeResidentId = people[i].Id,
                    BusinessScope = "为辖区居民提供公益服务（演示数据）", SupervisingUnit = "万盛经开区民政局", ActivityFunds = 3 + i * 7,
                    Address = $"{townName}演示路{sequence}号", DivisionCode = people[i].DivisionCode, RegisteredOn = today.AddYears(-1 - sequence % 4),
                    Status = deregistered ? OrganisationStatus.Deregistered : OrganisationStatus.Registered,
                    DeregisteredOn = deregistered ? today.AddMonths(-2) : null, DeregistrationReason = deregistered ? "自行解散（演示）" : null,
                });
            }
            for (var i = 2; i < 4; i++)
            {
                db.SocialWorkers.Add(new SocialWorker
                {
                    Id = Guid.NewGuid(), Name = people[i].Name, IdNumber = people[i].IdNumber.Value, Level = i == 2 ? SocialWorkLevel.Intermediate : SocialWorkLevel.Assistant,
                    CertificateNumber = $"DEMO{sequence:D4}{i}", Employer = $"{townName}社会工作站", DivisionCode = people[i].DivisionCode,
                    Since = today.AddYears(-2), LeftOn = i == 3 && sequence % 4 == 0 ? today.AddMonths(-1) : null, StationId = station.Id,
                });
            }
        }
        if (sequence == 0) return false;
        supervision.Seed(db.ChangeTracker.Entries<Organisation>().Select(e => e.Entity).Where(o => o.Status == OrganisationStatus.Registered).ToList(), today);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
