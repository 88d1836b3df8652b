namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>What a reviewer is shown about a record, and the bounds of hours: plain C#, no web, no database.</summary>
public static class HoursRules
{
    /// <summary>The most one record may hold.</summary>
    public const decimal MaxHours = 24m;

    /// <summary>Hours as staff read them in a history (<c>3</c>, <c>2.5</c>), the same on both engines.</summary>
    public static string Text(decimal hours) => hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "小时";

    /// <summary>Why <paramref name="hours"/> cannot be recorded, or null: more than 0, at most 24, to a tenth.</summary>
    public static string? RefuseHours(decimal? hours) =>
        hours is not { } h ? "请填写服务时长"
        : h <= 0 || h > MaxHours ? "服务时长应大于0、不超过24小时"
        : decimal.Round(h, 1) != h ? "服务时长精确到0.1小时"
        : null;

    /// <summary>
    /// The flags for review of a record among the same volunteer's other records of that day (declined ones left out):
    /// more than 24 hours in the day, a time overlapping another record's, a check-out missing.
    /// </summary>
    public static string Flags(ServiceRecord record, IEnumerable<ServiceRecord> sameDay, bool checkOutMissing)
    {
        var others = sameDay.Where(r => r.Id != record.Id && r.Status != RecordStatus.Declined).ToList();
        var flags = new List<string>();
        if (record.Hours + others.Sum(r => r.Hours) > MaxHours) flags.Add("当日累计超过24小时");
        if (record.StartedAt is { } start && record.EndedAt is { } end
            && others.Any(r => r.StartedAt is { } s && r.EndedAt is { } e && s < end && start < e))
        {
            flags.Add("与其他活动时间重叠");
        }
        if (checkOutMissing) flags.Add("缺少签退，时长暂按活动结束时间计算");
        return string.Join("；", flags);
    }
}
