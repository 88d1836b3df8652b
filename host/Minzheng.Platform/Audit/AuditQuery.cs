using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Audit;

/// <summary>The query string of a search or export, as the caller sent it (validated by <see cref="Parse"/>).</summary>
public sealed class AuditQuery
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 200;

    private const int DefaultPageSize = 50;

    /// <summary>Module id, or <c>platform</c>.</summary>
    [FromQuery(Name = "source")] public string? Source { get; set; }

    /// <summary>Entity type, e.g. <c>Person</c>.</summary>
    [FromQuery(Name = "entity")] public string? Entity { get; set; }

    /// <summary>A record's key.</summary>
    [FromQuery(Name = "key")] public string? Key { get; set; }

    /// <summary>The resident concerned.</summary>
    [FromQuery(Name = "person")] public string? Person { get; set; }

    /// <summary>Staff account id or display name.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; set; }

    /// <summary>Verb, e.g. <c>updated</c>.</summary>
    [FromQuery(Name = "action")] public string? Action { get; set; }

    /// <summary>From (inclusive): ISO date or date-time; without an offset, Beijing time.</summary>
    [FromQuery(Name = "from")] public string? From { get; set; }

    /// <summary>To (inclusive; a date covers the whole day): ISO date or date-time; without an offset, Beijing time.</summary>
    [FromQuery(Name = "to")] public string? To { get; set; }

    /// <summary>Page number, from 1.</summary>
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>Entries per page, 1 to 200 (default 50).</summary>
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    /// <summary>The filter and page asked for, or the field-level errors (Chinese) of what is wrong.</summary>
    internal (AuditFilter Filter, int Page, int PageSize, Dictionary<string, string[]> Errors) Parse()
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, 1, "page", 1, int.MaxValue, "页码必须是不小于 1 的整数。", errors);
        var pageSize = ParseInt(PageSize, DefaultPageSize, "pageSize", 1, MaxPageSize, $"每页条数必须是 1 到 {MaxPageSize} 之间的整数。", errors);
        var from = ParseTime(From, "from", endOfDay: false, errors);
        var toExclusive = ParseTime(To, "to", endOfDay: true, errors);
        if (from is not null && toExclusive is not null && toExclusive <= from)
        {
            errors["to"] = ["结束时间不能早于开始时间。"];
        }
        var filter = new AuditFilter(Blank(Source), Blank(Entity), Blank(Key), Blank(Person), Blank(Actor), Blank(Action), from, toExclusive);
        return (filter, page, pageSize, errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int ParseInt(string? value, int fallback, string field, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors[field] = [message];
        return fallback;
    }

    private static DateTimeOffset? ParseTime(string? value, string field, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset);
            return endOfDay ? start.AddDays(1) : start;
        }
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local) && value.Contains('T'))
        {
            var instant = local.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(local, BeijingTime.Offset)
                : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
            return endOfDay ? instant.AddTicks(1) : instant;
        }
        errors[field] = ["请使用 ISO 日期或时间格式，例如 2026-11-28 或 2026-11-28T08:30:00+08:00。"];
        return null;
    }
}

/// <summary>What to select from a chain; null fields select everything.</summary>
internal sealed record AuditFilter(
    string? Source, string? Entity, string? Key, string? Person, string? Actor, string? Action,
    DateTimeOffset? From, DateTimeOffset? ToExclusive)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        entries = Source is null ? entries : entries.Where(e => e.Source == Source);
        entries = Entity is null ? entries : entries.Where(e => e.Entity == Entity);
        entries = Key is null ? entries : entries.Where(e => e.Key == Key);
        entries = Person is null ? entries : entries.Where(e => e.PersonKey == Person);
        entries = Actor is null ? entries : entries.Where(e => e.ActorId == Actor || e.ActorName == Actor);
        entries = Action is null ? entries : entries.Where(e => e.Action == Action);
        entries = From is not { } start ? entries : entries.Where(e => e.At >= start);
        entries = ToExclusive is not { } end ? entries : entries.Where(e => e.At < end);
        return entries;
    }
}
