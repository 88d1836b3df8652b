using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>
/// The checks of one registration, the same whether staff type it into the form or it arrives as a row of an import:
/// the ID number, the fields' lengths and forms, the village inside the caller's scope, and the minors' rules.
/// </summary>
internal static class VolunteerIntake
{
    /// <summary>A registration that passed its checks, ready to become a <see cref="RegisteredVolunteer"/>.</summary>
    public sealed record Checked(IdNumber IdNumber, string Name, string Phone, string Skills, string Availability, string ServiceAreas, string Village,
        bool Minor, string GuardianName, string GuardianPhone);

    /// <summary>Checks <paramref name="request"/> into <paramref name="errors"/>; null when any check failed.</summary>
    public static Checked? Check(FieldErrors errors, VolunteerRegistration request, IDivisionNames divisions, OrgScope scope, MinorOptions minors, DateOnly today)
    {
        var idNumber = errors.IdNumber("idNumber", request.IdNumber, today);
        var name = errors.Text("name", request.Name, "姓名", 50);
        var phone = VolunteerRules.Phone(errors, "phone", request.Phone, "联系电话", required: true);
        var skills = errors.Text("skills", request.Skills, "专业技能", 200, required: false);
        var availability = errors.Text("availability", request.Availability, "服务时间", 100, required: false);
        var areas = errors.Text("serviceAreas", request.ServiceAreas, "服务类别", 200, required: false);
        var village = errors.Division("divisionCode", request.DivisionCode, "服务所在村（居）", divisions, scope);
        var guardianName = errors.Text("guardianName", request.GuardianName, "监护人姓名", 50, required: false);
        var guardianPhone = VolunteerRules.Phone(errors, "guardianPhone", request.GuardianPhone, "监护人电话", required: false);
        if (!errors.Has("idNumber"))
        {
            var consent = request.GuardianConsent == true && guardianName.Length > 0 && guardianPhone.Length > 0;
            if (MinorRules.RefuseRegistration(idNumber.AgeOn(today), consent, minors) is { } refusal) errors.Add("guardianConsent", refusal);
        }
        if (errors.HasErrors) return null;
        var minor = MinorRules.RequirementFor(idNumber.AgeOn(today), minors) != MinorRequirement.None;
        return new Checked(idNumber, name, phone, skills, availability, areas, village, minor, guardianName, guardianPhone);
    }

    /// <summary>The volunteer a checked registration makes, numbered <paramref name="number"/>, registered on <paramref name="registeredOn"/>.</summary>
    public static RegisteredVolunteer Volunteer(Checked c, string number, Guid? residentId, DateOnly registeredOn) => new()
    {
        Id = Guid.NewGuid(), Number = number, IdNumber = c.IdNumber.Value, Name = c.Name, Phone = c.Phone, Skills = c.Skills, Availability = c.Availability,
        ServiceAreas = c.ServiceAreas, DivisionCode = c.Village, ResidentId = residentId, GuardianName = c.Minor ? c.GuardianName : null,
        GuardianPhone = c.Minor ? c.GuardianPhone : null, GuardianConsentOn = c.Minor ? registeredOn : null, RegisteredOn = registeredOn,
    };
}
