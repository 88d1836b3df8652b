using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Districts;

namespace Minzheng.Platform.Access;

/// <summary>Creates service scopes in which the platform acts for one district (jobs, event handlers).</summary>
public sealed class SystemScopeFactory(IServiceScopeFactory scopes)
{
    /// <summary>A new scope whose <see cref="Minzheng.Sdk.Access.ICallerContext"/> is the platform acting for <paramref name="district"/>.</summary>
    public AsyncServiceScope ForDistrict(District district)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().ActAsSystem(district.Id, district.DivisionCode);
        return scope;
    }
}
