using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Welfare;

/// <summary>
/// What a welfare status must be. A person holds one status at a time: 特困 support replaces 低保,
/// and 低保边缘 by definition means not in 低保, so periods of any kinds must not overlap.
/// </summary>
internal static class WelfareRules
{
    /// <summary>Checks a new status against the person's birth date and the statuses on record.</summary>
    /// <returns>A conflict with a status on record, or null.</returns>
    public static string? CheckNew(AddWelfareRequest request, DateOnly birthDate, IEnumerable<WelfareStatus> existing, FieldErrors errors, out WelfareStatus status)
    {
        status = default!;
        if (!Choices.TryParse<WelfareKind>(request.Kind, Choices.Welfare, out var kind))
        {
            errors.Add("kind", $"请选择救助类型（{Choices.List(Choices.Welfare)}）");
        }
        if (request.StartsOn is not { } start)
        {
            errors.Add("startsOn", "请填写开始日期");
        }
        else if (start < birthDate)
        {
            errors.Add("startsOn", "开始日期不能早于出生日期");
        }
        if (request is { StartsOn: { } s, EndsOn: { } e } && e < s)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        if (errors.HasErrors)
        {
            return null;
        }

        status = new WelfareStatus(kind, request.StartsOn!.Value, request.EndsOn);
        var candidate = status;
        return existing.FirstOrDefault(x => Overlap(x, candidate)) is { } clash
            ? $"该居民{Describe(clash)}已有{Choices.Welfare[clash.Kind]}身份，同一时间只能有一种救助身份"
            : null;
    }

    /// <summary>Checks ending a status: an input error on <c>endsOn</c>, or a conflict if it already ended.</summary>
    public static string? CheckEnd(WelfareStatus current, DateOnly? endsOn, FieldErrors errors)
    {
        if (current.EndsOn is { } ended)
        {
            return $"该救助身份已于{ended:yyyy-MM-dd}结束";
        }
        if (endsOn is not { } end)
        {
            errors.Add("endsOn", "请填写结束日期");
        }
        else if (end < current.StartsOn)
        {
            errors.Add("endsOn", $"结束日期不能早于开始日期（{current.StartsOn:yyyy-MM-dd}）");
        }
        return null;
    }

    /// <summary>Whether two periods share a day; an open end runs for ever.</summary>
    public static bool Overlap(WelfareStatus a, WelfareStatus b) =>
        a.StartsOn <= (b.EndsOn ?? DateOnly.MaxValue) && b.StartsOn <= (a.EndsOn ?? DateOnly.MaxValue);

    private static string Describe(WelfareStatus s) =>
        s.EndsOn is { } end ? $"在{s.StartsOn:yyyy-MM-dd}至{end:yyyy-MM-dd}" : $"自{s.StartsOn:yyyy-MM-dd}起";
}
