using Microsoft.AspNetCore.Http;
using Minzheng.Platform.Data;
using Minzheng.Platform.Http;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;

namespace Minzheng.Platform.Audit;

/// <summary>
/// The SDK's <see cref="IAuditTrail"/>: district and actor come from the caller.
/// </summary>
/// <remarks>
/// Source: a module cannot be told apart by the service it injects (one registration serves all), so
/// the source is read from the endpoint being served — a module's endpoint names its module, any other
/// endpoint is the platform's (e.g. the registry). Outside a request (a module's job or event handler)
/// it is recorded as <see cref="OutsideRequestSource"/>.
/// </remarks>
internal sealed class CallerAuditTrail(ICallerContext caller, IHttpContextAccessor http, AuditWriter writer) : IAuditTrail
{
    /// <summary>Source of entries recorded outside a request, where the calling module is unknown.</summary>
    public const string OutsideRequestSource = "module";

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Entity);
        return Append(record.Action, record.Entity, record.Key, record.Before, record.After, cancellationToken);
    }

    public Task RecordSensitiveReadAsync(string entity, string key, string what, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        return Append("read-sensitive", entity, key, null, AuditJson.Object("field", what), cancellationToken);
    }

    private Task Append(string action, string entity, string? key, string? before, string? after, CancellationToken cancellationToken)
    {
        key ??= "";
        var draft = new AuditDraft(Source(), AuditActor.From(caller), action, entity, key, PersonKeys.ForEntity(entity, key), before, after);
        return writer.AppendAsync(caller.DistrictId, draft, cancellationToken);
    }

    private string Source()
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return OutsideRequestSource;
        }
        return context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId ?? ModuleDatabases.PlatformSource;
    }
}
