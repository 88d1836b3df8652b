namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>实名注册: who, how to reach them, what they can do and where they serve.</summary>
/// <param name="IdNumber">居民身份证号码.</param>
/// <param name="Name">姓名.</param>
/// <param name="Phone">联系电话.</param>
/// <param name="Skills">专业技能.</param>
/// <param name="Availability">服务时间.</param>
/// <param name="ServiceAreas">服务类别.</param>
/// <param name="DivisionCode">The village served in.</param>
/// <param name="GuardianName">A minor's guardian.</param>
/// <param name="GuardianPhone">The guardian's phone.</param>
/// <param name="GuardianConsent">The guardian's consent was obtained (a minor's registration needs it where the bands say so).</param>
public sealed record VolunteerRegistration(string? IdNumber, string? Name, string? Phone, string? Skills, string? Availability, string? ServiceAreas,
    string? DivisionCode, string? GuardianName, string? GuardianPhone, bool? GuardianConsent);

/// <summary>注销: why the volunteer leaves.</summary>
public sealed record LeaveRequest(string? Reason);

/// <summary>A volunteer in a list.</summary>
public sealed record VolunteerRow(Guid Id, string Number, string Name, string IdNumber, string DivisionCode, DateOnly RegisteredOn, string Status);

/// <summary>A volunteer as staff see them, with their confirmed hours.</summary>
public sealed record VolunteerView(
    Guid Id, string Number, string Name, string IdNumber, int Age, string Phone, string Skills, string Availability, string ServiceAreas, string DivisionCode,
    bool InRegistry, string? GuardianName, string? GuardianPhone, DateOnly? GuardianConsentOn, string MinorRequirement, DateOnly RegisteredOn, DateOnly? LeftOn,
    string Status, decimal ServiceHours, decimal TrainingHours, string Stars, DateOnly? StarsBarredUntil, int Version)
{
    /// <summary>active or left.</summary>
    public static string StatusOf(RegisteredVolunteer v) => v.LeftOn is null ? "active" : "left";

    /// <summary>The row of <paramref name="v"/>.</summary>
    public static VolunteerRow Row(RegisteredVolunteer v) =>
        new(v.Id, v.Number, v.Name, Sdk.Registry.Masking.Mask(v.IdNumber), v.DivisionCode, v.RegisteredOn, StatusOf(v));
}
