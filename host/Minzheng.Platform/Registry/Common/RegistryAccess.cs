using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Registry.Common;

/// <summary>What every registry endpoint does the same way: find within scope, say not found, know today.</summary>
internal static class RegistryAccess
{
    /// <summary>
    /// The resident, if inside the caller's scope. Outside it is the same as absent, so that a clerk
    /// cannot learn who lives in another town by probing ids.
    /// </summary>
    public static Task<Person?> FindPersonAsync(this RegistryDbContext db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Persons.WithinScope(caller).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The refusal of an ID number that belongs to a resident outside the caller's scope, from the form and from an
    /// import alike: it must not say that the number is registered, nor where.
    /// </summary>
    public const string CannotRegister = "该身份证号码不能由您登记或导入，请联系区民政局核实。";

    public static ProblemHttpResult PersonNotFound() => Problems.NotFound("没有找到该居民（或不在您的管辖范围内）。");

    public static ProblemHttpResult StalePerson(int current) =>
        Problems.StaleVersion($"该居民信息已被他人修改（当前版本 {current}），请刷新后重新修改。");

    public static District DistrictOf(this DistrictDirectory districts, ICallerContext caller) =>
        districts.Find(caller.DistrictId)
        ?? throw new InvalidOperationException($"District '{caller.DistrictId}' of the caller is not configured.");

    public static string? VillageName(this District district, string code) =>
        district.Towns.SelectMany(t => t.Villages).FirstOrDefault(v => v.Code == code)?.Name;
}
