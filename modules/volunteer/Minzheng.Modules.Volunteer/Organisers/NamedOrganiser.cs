using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>
/// The organiser a form names — an activity's 组织单位, a team's 组建单位, a certificate's 出具单位 — picked from the register
/// (<c>organiserId</c>, the forms' picker) or typed (a body not registered; a typed name that is a registered organiser's
/// is linked to it as if picked). One rule for the three forms.
/// </summary>
internal static class NamedOrganiser
{
    /// <summary>The field of the picker in every form.</summary>
    public const string PickerField = "organiserId";

    /// <summary>
    /// The name to keep and the registered organiser it is, if any. Errors: an id that is no registered organiser, or a
    /// team's that was dissolved (on <see cref="PickerField"/>); a typed name beside a picked organiser of another name,
    /// or, when <paramref name="required"/>, neither (on <paramref name="typedField"/>, the field required before the picker).
    /// </summary>
    public static async Task<(string Name, Organiser? Registered)> ResolveAsync(VolunteerDb db, FieldErrors errors, Guid? organiserId, string? typed,
        string typedField, string label, bool required, CancellationToken ct)
    {
        var name = errors.Text(typedField, typed, label, 100, required: false);
        if (organiserId is not { } id)
        {
            if (name.Length == 0 && required) errors.Add(typedField, $"请选择已登记的{label}，或填写未登记单位的名称");
            var named = name.Length == 0 ? null : await db.Organisers.AsNoTracking().FirstOrDefaultAsync(o => o.Name == name, ct);
            return (name, named);
        }
        var picked = await db.Organisers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (picked is null)
        {
            errors.Add(PickerField, $"没有这个已登记的{label}，请重新选择");
            return (name, null);
        }
        if (picked.TeamId is { } teamId && await db.Teams.AsNoTracking().AnyAsync(t => t.Id == teamId && t.DissolvedOn != null, ct))
        {
            errors.Add(PickerField, $"“{picked.Name}”已撤销，不能再作为{label}");
        }
        if (name.Length > 0 && name != picked.Name) errors.Add(typedField, $"已选择“{picked.Name}”，请勿另填其他单位名称");
        return (picked.Name, picked);
    }
}
