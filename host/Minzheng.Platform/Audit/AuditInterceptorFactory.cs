using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>Attaches the audit trail to every module and platform district DbContext.</summary>
/// <remarks>
/// A new interceptor per context options is cheap and safe: EF Core keys its internal service provider
/// on the options extensions but not on ordinary (non-singleton) interceptors, so no new provider is
/// built per context (a test creates many contexts to keep this true).
/// The writer comes lazily because it needs <see cref="ModuleDatabases"/>, which needs this factory.
/// </remarks>
internal sealed class AuditInterceptorFactory(Lazy<AuditWriter> writer, ILogger<AuditSaveChangesInterceptor> logger) : IDbContextInterceptorFactory
{
    public IInterceptor Create(DbContextBinding binding) => new AuditSaveChangesInterceptor(binding, writer, logger);
}
