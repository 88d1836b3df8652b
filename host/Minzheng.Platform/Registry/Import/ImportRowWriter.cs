using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Households;
using Minzheng.Platform.Registry.Welfare;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
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
/// Stages one checked row: the person, their household membership, certificate and welfare status.
/// Every rule is checked before anything is staged, so a refused row leaves the context as it found it
/// and the rows of a batch can be saved together; the caller saves them.
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
internal sealed class ImportRowWriter(RegistryDbContext db, ImportRecords known, TimeProvider clock)
{
    public RowOutcome Stage(CheckedRow row, OrgScope scope, List<RowError> errors)
    {
        var person = known.Person(row.IdNumber.Value);
        var created = person is null;
        var detailsChanged = false;
        if (person is null)
        {
            // Not added yet: only once every rule below has let the row through.
            person = new Person
            {
                Id = Guid.NewGuid(),
                IdNumber = row.IdNumber.Value,
                Sex = row.IdNumber.Sex,
                BirthDate = row.IdNumber.BirthDate,
                RegisteredAt = clock.GetUtcNow(),
            };
        }
        else if (!scope.Contains(person.DivisionCode))
        {
            errors.Add(new("身份证号", RegistryAccess.CannotRegister));
            return RowOutcome.Failed;
        }
        else if (Differs(person, row))
        {
            if (person.Status != ResidentStatus.Alive)
            {
                errors.Add(new("身份证号", $"该居民已登记为{Choices.Status[person.Status]}，导入不能修改其信息"));
                return RowOutcome.Failed;
            }
            detailsChanged = true;
        }

        var steps = new List<Action>();
        PlanHousehold(person, created, row, scope, errors, steps);
        PlanCertificate(person, row, errors, steps);
        PlanWelfare(person, row, errors, steps);
        if (errors.Count > 0)
        {
            return RowOutcome.Failed;
        }
        var changed = detailsChanged || steps.Count > 0;
        if (created)
        {
            Apply(person, row);
            db.Persons.Add(person);
            known.Added(person);
            db.Publish(new ResidentRegistered(person.Id, person.DivisionCode));
        }
        else if (changed)
        {
            if (detailsChanged)
            {
                Apply(person, row);
            }
            // As the API does: a new certificate or status makes a new version of the resident, so an
            // edit made from the page as it was before the import is refused rather than applied blindly.
            person.Version++;
        }
        foreach (var step in steps)
        {
            step();
        }
        return created ? RowOutcome.Imported : changed ? RowOutcome.Updated : RowOutcome.Unchanged;
    }

    private void PlanHousehold(Person person, bool created, CheckedRow row, OrgScope scope, List<RowError> errors, List<Action> steps)
    {
        if (row is not { HouseholdNumber: { } number, Relation: { } relation })
        {
            return;
        }
        // The village the row gives the person: a household follows its head there.
        var divisionCode = row.Details.DivisionCode;
        var membership = created ? null : known.MembershipOf(person.Id);
        var household = known.Household(number);
        if (household is null)
        {
            if (relation != HouseholdRelation.Head)
            {
                errors.Add(new("户号", $"户号{number}尚未建户：该户户主所在的行应排在成员之前，且须导入成功"));
                return;
            }
            if (HouseholdRules.CheckHead(person.Status, membership is not null) is { } refusal)
            {
                errors.Add(new("户号", refusal));
                return;
            }
            steps.Add(() =>
            {
                var fresh = new Household { Id = Guid.NewGuid(), Number = number, DivisionCode = divisionCode, CreatedAt = clock.GetUtcNow() };
                var head = new HouseholdMember { HouseholdId = fresh.Id, PersonId = person.Id, Relation = HouseholdRelation.Head };
                fresh.Members.Add(head);
                db.Households.Add(fresh);
                known.Added(fresh);
                known.Added(head);
            });
            return;
        }
        if (!scope.Contains(household.DivisionCode))
        {
            errors.Add(new("户号", $"户号{number}的户不在您的管辖范围内"));
            return;
        }
        if (membership is not null && membership.HouseholdId == household.Id)
        {
            if (membership.Relation != relation)
            {
                errors.Add(new("与户主关系", $"该居民在本户登记的关系为{Choices.Relation[membership.Relation]}，与文件不同；请在户籍页面修改"));
                return;
            }
            // The head's village moves with the head, so that scope keeps applying to the household.
            if (relation == HouseholdRelation.Head && household.DivisionCode != divisionCode)
            {
                steps.Add(() => household.DivisionCode = divisionCode);
            }
            return;
        }
        if (relation == HouseholdRelation.Head)
        {
            errors.Add(new("与户主关系", $"户号{number}已有户主"));
            return;
        }
        var fieldErrors = new FieldErrors();
        var conflict = HouseholdRules.CheckNewMember(Choices.Relation[relation], person.Status, membership is not null,
            household.Members.Select(m => m.Relation).ToList(), fieldErrors, out _);
        foreach (var message in fieldErrors.Errors.SelectMany(e => e.Value))
        {
            errors.Add(new("与户主关系", message));
        }
        if (conflict is not null)
        {
            errors.Add(new("户号", conflict));
        }
        if (!fieldErrors.HasErrors && conflict is null)
        {
            steps.Add(() =>
            {
                var member = new HouseholdMember { HouseholdId = household.Id, PersonId = person.Id, Relation = relation };
                household.Members.Add(member);
                known.Added(member);
            });
        }
    }

    private void PlanCertificate(Person person, CheckedRow row, List<RowError> errors, List<Action> steps)
    {
        if (row.Certificate is not { } certificate)
        {
            return;
        }
        // The number starts with the holder's ID number, so a number on record is always this person's.
        if (known.Certificate(certificate.Number) is { } existing)
        {
            if (existing.IssuedOn == certificate.IssuedOn && existing.ValidUntil == certificate.ValidUntil)
            {
                return;
            }
            if (existing.RevokedOn is { } revoked)
            {
                errors.Add(new("残疾证号", $"该残疾人证已于{revoked:yyyy-MM-dd}注销，导入不能修改"));
                return;
            }
            steps.Add(() =>
            {
                existing.IssuedOn = certificate.IssuedOn;
                existing.ValidUntil = certificate.ValidUntil;
                existing.Version++;
                db.Publish(new DisabilityCertificateChanged(person.Id, existing.Number));
            });
            return;
        }
        if (person.Status != ResidentStatus.Alive)
        {
            errors.Add(new("残疾证号", $"该居民已登记为{Choices.Status[person.Status]}，不能再登记残疾人证"));
            return;
        }
        steps.Add(() =>
        {
            var record = new DisabilityCertificateRecord
            {
                Id = Guid.NewGuid(),
                PersonId = person.Id,
                Number = certificate.Number,
                Category = certificate.Category,
                Grade = certificate.Grade,
                IssuedOn = certificate.IssuedOn,
                ValidUntil = certificate.ValidUntil,
            };
            db.DisabilityCertificates.Add(record);
            known.Added(record);
            db.Publish(new DisabilityCertificateChanged(person.Id, certificate.Number));
        });
    }

    private void PlanWelfare(Person person, CheckedRow row, List<RowError> errors, List<Action> steps)
    {
        if (row.Welfare is not { } welfare)
        {
            return;
        }
        var existing = known.WelfareOf(person.Id);
        if (existing.Any(w => w.Kind == welfare.Kind && w.StartsOn == welfare.StartsOn))
        {
            return;
        }
        if (person.Status != ResidentStatus.Alive)
        {
            errors.Add(new("救助类型", $"该居民已登记为{Choices.Status[person.Status]}，不能再登记救助身份"));
            return;
        }
        var fieldErrors = new FieldErrors();
        if (WelfareRules.CheckNew(new AddWelfareRequest(Choices.Welfare[welfare.Kind], welfare.StartsOn, null), person.BirthDate,
                existing.Select(w => w.ToContract()), fieldErrors, out _) is { } conflict)
        {
            errors.Add(new("救助类型", conflict));
            return;
        }
        steps.Add(() =>
        {
            var record = new WelfareRecord { Id = Guid.NewGuid(), PersonId = person.Id, Kind = welfare.Kind, StartsOn = welfare.StartsOn };
            db.WelfareStatuses.Add(record);
            existing.Add(record);
            db.Publish(new WelfareStatusChanged(person.Id, welfare.Kind));
        });
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
