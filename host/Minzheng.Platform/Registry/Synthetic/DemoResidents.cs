using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Import;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Synthetic;

/// <summary>
/// Gives a demo residents to look at. At start-up, with <see cref="MinzhengOptions.DemoResidents"/> above 0,
/// each district whose registry has never held a resident nor an import gets that many synthetic
/// residents through the real import path: a CSV file in the import folder and a queued import in the
/// name of 系统, which the import worker runs like any upload (audited, idempotent). The import stays on
/// record, so a restart never seeds again, and a registry with residents is never touched.
/// </summary>
internal sealed class DemoResidents(
    IOptions<MinzhengOptions> options, DistrictDirectory districts, SystemScopeFactory scopes, ImportFiles files, ImportSignal signal,
    TimeProvider clock, ILogger<DemoResidents> logger) : IHostedService
{
    /// <summary>The name the seeded import shows in 批量导入.</summary>
    public const string FileName = "演示居民（合成数据）.csv";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = options.Value.DemoResidents;
        if (count <= 0)
        {
            return;
        }
        foreach (var district in districts.All)
        {
            if (await SeedAsync(district, count, cancellationToken))
            {
                logger.LogWarning("Demo: {Count} synthetic residents queued for import in district {District} (Minzheng:DemoResidents)", count, district.Id);
            }
        }
        signal.Notify();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Queues the district's demo import; false when its registry is not empty.</summary>
    private async Task<bool> SeedAsync(District district, int count, CancellationToken cancellationToken)
    {
        // As the platform: the audit trail names 系统 for the import and for every resident it writes.
        await using var scope = scopes.ForDistrict(district);
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        if (await db.Persons.AnyAsync(cancellationToken) || await db.Imports.AnyAsync(cancellationToken))
        {
            return false;
        }
        var import = ResidentImport.Queued(FileName, ImportFormat.Csv, StaffMember.System, new OrgScope(OrgLevel.District, district.DivisionCode), clock.GetUtcNow());
        var rows = new SyntheticResidents(district, clock.BeijingToday()).Generate(count);
        // The file first: a queued import whose file is missing would fail.
        await ResidentCsv.WriteFileAsync(files.PathOf(district.Id, import.Id, import.Format), rows);
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
