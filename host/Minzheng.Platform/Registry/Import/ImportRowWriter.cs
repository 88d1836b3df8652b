using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Households;
using Minzheng.Platform.Registry.Welfare;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Import;

/// <summary>What a row did.</summary>
internal enum RowOutcome
{
    Imported,
    Updated,
    Unchanged,
    Failed,
}

/// <summary>
/// Writes one checked row: the person, their household membership, certificate and welfare status.
/// The row's changes are staged in the context and saved together by the caller, so a row is
/// written whole or not at all.
/// </summary>
/// <remarks>
/// Idempotent by the natural keys the file carries: the ID number (person), 户号 (household), the
/// certificate number, and kind + start date (welfare status). What already matches is left alone.
/// <para>
/// A person already on record with different details is <b>updated</b>, as the single-resident API
/// would (new version, audited before/after): an import is how a town refreshes its roster. Their
/// status (death, moving out) is never changed by an import, and a resident no longer 在册 is not
/// updated: such a row is refused. A person outside the uploader's scope is refused, not touched.
/// </para>
/// </remarks>
internal sealed class ImportRowWriter(RegistryDbContext db, TimeProvider clock)
{
    public async Task<RowOutcome> StageAsync(CheckedRow row, OrgScope scope, DateOnly today, List<RowError> errors, CancellationToken cancellationToken)
    {
        var idNumber = row.IdNumber.Value;
        var person = await db.Persons.FirstOrDefaultAsync(p => p.IdNumber == idNumber, cancellationToken);
        var created = person is null;
        var changed = false;
        var detailsChanged = false;
        if (person is null)
        {
            person = new Person
            {
                Id = Guid.NewGuid(),
                IdNumber = idNumber,
                Sex = row.IdNumber.Sex,
                BirthDate = row.IdNumber.BirthDate,
                RegisteredAt = clock.GetUtcNow(),
            };
            Apply(person, row);
            db.Persons.Add(person);
            db.Publish(new ResidentRegistered(person.Id, person.DivisionCode));
        }
        else if (!scope.Contains(person.DivisionCode))
        {
            errors.Add(new("身份证号", "该居民已在本区登记，但不在您的管辖范围内，不能导入"));
            return RowOutcome.Failed;
        }
        else if (Differs(person, row))
        {
            if (person.Status != ResidentStatus.Alive)
            {
                errors.Add(new("身份证号", $"该居民已登记为{Choices.Status[person.Status]}，导入不能修改其信息"));
                return RowOutcome.Failed;
            }
            Apply(person, row);
            person.Version++;
            changed = detailsChanged = true;
        }

        changed |= await StageHouseholdAsync(person, created, row, scope, errors, cancellationToken);
        changed |= await StageCertificateAsync(person, row, errors, cancellationToken);
        changed |= await StageWelfareAsync(person, created, row, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return RowOutcome.Failed;
        }
        if (changed && !created && !detailsChanged)
        {
            // As the API does: a new certificate or status makes a new version of the resident, so an
            // edit made from the page as it was before the import is refused rather than applied blindly.
            person.Version++;
        }
        return created ? RowOutcome.Imported : changed ? RowOutcome.Updated : RowOutcome.Unchanged;
    }

    private async Task<bool> StageHouseholdAsync(Person person, bool created, CheckedRow row, OrgScope scope, List<RowError> errors, CancellationToken cancellationToken)
    {
        if (row is not { HouseholdNumber: { } number, Relation: { } relation })
        {
            return false;
        }
        var membership = created ? null : await db.HouseholdMembers.FirstOrDefaultAsync(m => m.PersonId == person.Id, cancellationToken);
        var household = await db.Households.Include(h => h.Members).FirstOrDefaultAsync(h => h.Number == number, cancellationToken);
        if (household is null)
        {
            if (relation != HouseholdRelation.Head)
            {
                errors.Add(new("户号", $"户号{number}尚未建户：该户户主所在的行应排在成员之前，且须导入成功"));
                return false;
            }
            if (HouseholdRules.CheckHead(person.Status, membership is not null) is { } refusal)
            {
                errors.Add(new("户号", refusal));
                return false;
            }
            household = new Household { Id = Guid.NewGuid(), Number = number, DivisionCode = person.DivisionCode, CreatedAt = clock.GetUtcNow() };
            household.Members.Add(new HouseholdMember { HouseholdId = household.Id, PersonId = person.Id, Relation = HouseholdRelation.Head });
            db.Households.Add(household);
            return true;
        }
        if (!scope.Contains(household.DivisionCode))
        {
            errors.Add(new("户号", $"户号{number}的户不在您的管辖范围内"));
            return false;
        }
        if (membership is not null && membership.HouseholdId == household.Id)
        {
            if (membership.Relation != relation)
            {
                errors.Add(new("与户主关系", $"该居民在本户登记的关系为{Choices.Relation[membership.Relation]}，与文件不同；请在户籍页面修改"));
                return false;
            }
            // The head's village moves with the head, so that scope keeps applying to the household.
            if (relation == HouseholdRelation.Head && household.DivisionCode != person.DivisionCode)
            {
                household.DivisionCode = person.DivisionCode;
                return true;
            }
            return false;
        }
        if (relation == HouseholdRelation.Head)
        {
            errors.Add(new("与户主关系", $"户号{number}已有户主"));
            return false;
        }
        var fieldErrors = new FieldErrors();
        var conflict = HouseholdRules.CheckNewMember(Choices.Relation[relation], person.Status, membership is not null,
            household.Members.Select(m => m.Relation).ToList(), fieldErrors, out _);
        foreach (var message in fieldErrors.ToDictionary().SelectMany(e => e.Value))
        {
            errors.Add(new("与户主关系", message));
        }
        if (conflict is not null)
        {
            errors.Add(new("户号", conflict));
        }
        if (errors.Count > 0)
        {
            return false;
        }
        household.Members.Add(new HouseholdMember { HouseholdId = household.Id, PersonId = person.Id, Relation = relation });
        return true;
    }

    private async Task<bool> StageCertificateAsync(Person person, CheckedRow row, List<RowError> errors, CancellationToken cancellationToken)
    {
        if (row.Certificate is not { } certificate)
        {
            return false;
        }
        // The number starts with the holder's ID number, so a number on record is always this person's.
        var existing = await db.DisabilityCertificates.FirstOrDefaultAsync(c => c.Number == certificate.Number, cancellationToken);
        if (existing is not null)
        {
            if (existing.IssuedOn == certificate.IssuedOn && existing.ValidUntil == certificate.ValidUntil)
            {
                return false;
            }
            if (existing.RevokedOn is { } revoked)
            {
                errors.Add(new("残疾证号", $"该残疾人证已于{revoked:yyyy-MM-dd}注销，导入不能修改"));
                return false;
            }
            existing.IssuedOn = certificate.IssuedOn;
            existing.ValidUntil = certificate.ValidUntil;
            existing.Version++;
            db.Publish(new DisabilityCertificateChanged(person.Id, existing.Number));
            return true;
        }
        if (person.Status != ResidentStatus.Alive)
        {
            errors.Add(new("残疾证号", $"该居民已登记为{Choices.Status[person.Status]}，不能再登记残疾人证"));
            return false;
        }
        db.DisabilityCertificates.Add(new DisabilityCertificateRecord
        {
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            Number = certificate.Number,
            Category = certificate.Category,
            Grade = certificate.Grade,
            IssuedOn = certificate.IssuedOn,
            ValidUntil = certificate.ValidUntil,
        });
        db.Publish(new DisabilityCertificateChanged(person.Id, certificate.Number));
        return true;
    }

    private async Task<bool> StageWelfareAsync(Person person, bool created, CheckedRow row, List<RowError> errors, CancellationToken cancellationToken)
    {
        if (row.Welfare is not { } welfare)
        {
            return false;
        }
        var existing = created ? [] : await db.WelfareStatuses.AsNoTracking().Where(w => w.PersonId == person.Id).ToListAsync(cancellationToken);
        if (existing.Any(w => w.Kind == welfare.Kind && w.StartsOn == welfare.StartsOn))
        {
            return false;
        }
        if (person.Status != ResidentStatus.Alive)
        {
            errors.Add(new("救助类型", $"该居民已登记为{Choices.Status[person.Status]}，不能再登记救助身份"));
            return false;
        }
        var fieldErrors = new FieldErrors();
        if (WelfareRules.CheckNew(new AddWelfareRequest(Choices.Welfare[welfare.Kind], welfare.StartsOn, null), person.BirthDate,
                existing.Select(w => w.ToContract()), fieldErrors, out _) is { } conflict)
        {
            errors.Add(new("救助类型", conflict));
            return false;
        }
        db.WelfareStatuses.Add(new WelfareRecord { Id = Guid.NewGuid(), PersonId = person.Id, Kind = welfare.Kind, StartsOn = welfare.StartsOn });
        db.Publish(new WelfareStatusChanged(person.Id, welfare.Kind));
        return true;
    }

    private static bool Differs(Person person, CheckedRow row)
    {
        var d = row.Details;
        return person.Name != d.Name || person.Ethnicity != d.Ethnicity || person.Phone != d.Phone || person.HukouType != d.HukouType
            || person.DivisionCode != d.DivisionCode || person.Address != d.Address
            || (d.MaritalStatus is { } marital && person.MaritalStatus != marital);
    }

    private static void Apply(Person person, CheckedRow row)
    {
        var d = row.Details;
        person.Name = d.Name;
        person.Ethnicity = d.Ethnicity;
        person.Phone = d.Phone;
        person.HukouType = d.HukouType;
        person.DivisionCode = d.DivisionCode;
        person.Address = d.Address;
        // An empty 婚姻状况 cell (or a file without the column) leaves what is on record.
        if (d.MaritalStatus is { } marital)
        {
            person.RecordMaritalStatus(marital);
        }
    }
}
