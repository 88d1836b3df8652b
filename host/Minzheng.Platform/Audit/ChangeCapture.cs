using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Reads what a DbContext is about to save, as audit drafts: entity, key, person, before and after,
/// with <see cref="SensitiveAttribute"/> properties masked.
/// </summary>
internal static class ChangeCapture
{
    /// <summary>The changes pending in <paramref name="context"/>, taken just before it saves.</summary>
    public static IReadOnlyList<CapturedChange> Capture(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // Outbox rows are plumbing; the change that published the event is recorded on its own.
            .Where(e => e.Entity is not OutboxMessage)
            .Select(e => new CapturedChange(e))
            .ToList();

    internal static string EntityName(IEntityType type) =>
        type.HasSharedClrType ? type.Name : type.ClrType.Name;

    internal static string Snapshot(EntityEntry entry, bool original)
    {
        var values = original ? entry.OriginalValues : entry.CurrentValues;
        var json = new JsonObject();
        foreach (var property in entry.Metadata.GetProperties())
        {
            var value = values[property];
            json[property.Name] = IsSensitive(property) ? SensitiveMask.Mask(value) : ToNode(value);
        }
        return json.ToJsonString(AuditJson.Options);
    }

    internal static string KeyOf(EntityEntry entry, bool original)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join(",", key.Properties.Select(p => Format(p, original ? entry.OriginalValues[p] : entry.CurrentValues[p])));
    }

    /// <summary>
    /// The resident a change concerns: a <c>ResidentId</c> or <c>PersonId</c> property, or the key of a
    /// <c>Person</c> itself.
    /// </summary>
    internal static string? PersonOf(EntityEntry entry, bool original, string key)
    {
        var property = entry.Metadata.FindProperty("ResidentId") ?? entry.Metadata.FindProperty("PersonId");
        if (property is not null)
        {
            var value = original ? entry.OriginalValues[property] : entry.CurrentValues[property];
            return value is null ? null : Format(property, value);
        }
        return PersonKeys.ForEntity(EntityName(entry.Metadata), key);
    }

    private static bool IsSensitive(IProperty property) =>
        property.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), inherit: true) ?? false;

    // A key or person id marked sensitive (say, an ID number used as key) is masked like any other value.
    private static string Format(IProperty property, object? value) =>
        IsSensitive(property)
            ? SensitiveMask.Mask(value) ?? ""
            : value switch
            {
                null => "",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };

    private static JsonNode? ToNode(object? value)
    {
        if (value is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.SerializeToNode(value, value.GetType(), AuditJson.Options);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or TargetInvocationException)
        {
            // A provider-specific type the serializer cannot write (a geometry, say): its text still tells the story.
            return JsonValue.Create(value.ToString());
        }
    }
}

/// <summary>
/// One entity change, taken before the save. Added and modified entities are read again after it, so
/// that keys and values the database generated are recorded as saved.
/// </summary>
internal sealed class CapturedChange
{
    private readonly EntityEntry _entry;
    private readonly EntityState _state;
    private readonly string _entity;
    private readonly string? _before;
    private readonly string _originalKey;
    private readonly string? _originalPerson;

    public CapturedChange(EntityEntry entry)
    {
        _entry = entry;
        _state = entry.State;
        _entity = ChangeCapture.EntityName(entry.Metadata);
        if (_state is EntityState.Added)
        {
            _originalKey = "";
            return;
        }
        _before = ChangeCapture.Snapshot(entry, original: true);
        _originalKey = ChangeCapture.KeyOf(entry, original: true);
        _originalPerson = ChangeCapture.PersonOf(entry, original: true, _originalKey);
    }

    /// <summary>The audit draft, once the save has succeeded.</summary>
    public AuditDraft ToDraft(string source, AuditActor actor)
    {
        if (_state is EntityState.Deleted)
        {
            return new AuditDraft(source, actor, "deleted", _entity, _originalKey, _originalPerson, _before, null);
        }
        var key = ChangeCapture.KeyOf(_entry, original: false);
        var after = ChangeCapture.Snapshot(_entry, original: false);
        var person = ChangeCapture.PersonOf(_entry, original: false, key);
        return new AuditDraft(source, actor, _state is EntityState.Added ? "created" : "updated", _entity, key, person, _before, after);
    }
}
