namespace Minzheng.Sdk.Data;

/// <summary>
/// The module DbContexts a request has used. <see cref="ModuleContainerBuilderExtensions.AddModuleDbContext{TContext}"/>
/// enlists each context when it is created; after the endpoint has answered, the platform commits their changes
/// in one place: saved and committed when the answer is a success, discarded when it is an error. A module never
/// uses this type itself.
/// </summary>
public sealed class RequestDbContexts
{
    private readonly List<ModuleDbContext> _contexts = [];

    /// <summary>The contexts created in this request, in order.</summary>
    public IReadOnlyList<ModuleDbContext> Contexts => _contexts;

    /// <summary>Adds a context created in this request.</summary>
    public void Enlist(ModuleDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_contexts.Contains(context))
        {
            _contexts.Add(context);
        }
    }
}
