using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;

namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>
/// The records a new record's flags for review (<see cref="HoursRules.Flags"/>) are judged among: the same volunteer's
/// records of the same day, stored or staged in this request. One query for a record entered by hand or from
/// attendance; a few for an imported file's worth.
/// </summary>
internal static class SameDayRecords
{
    // (volunteer, day) pairs read per query: a file's rows in a handful of queries, each list of ids and days short.
    private const int PairsPerQuery = 500;

    /// <summary>The records <paramref name="record"/> is judged among: its volunteer's of its day, saved or staged in <paramref name="db"/>.</summary>
    public static async Task<List<ServiceRecord>> OfAsync(VolunteerDb db, ServiceRecord record, CancellationToken ct)
    {
        var stored = await db.ServiceRecords.AsNoTracking().Where(r => r.VolunteerId == record.VolunteerId && r.Date == record.Date).ToListAsync(ct);
        // Records of this request not saved yet (several attendances of one volunteer in one recording) count too.
        return [.. stored, .. db.ServiceRecords.Local.Where(r => r.VolunteerId == record.VolunteerId && r.Date == record.Date && stored.All(s => s.Id != r.Id))];
    }

    /// <summary>
    /// Flags each of <paramref name="records"/> (new records of one request, in the order they arrived) as
    /// <see cref="OfAsync"/> would one by one: among the stored records of its volunteer and day and the ones before it.
    /// </summary>
    /// <returns>How many were flagged.</returns>
    public static async Task<int> FlagAsync(VolunteerDb db, IReadOnlyList<ServiceRecord> records, CancellationToken ct)
    {
        var days = new Dictionary<(Guid VolunteerId, DateOnly Date), List<ServiceRecord>>();
        foreach (var pairs in records.Select(r => (r.VolunteerId, r.Date)).Distinct().Order().Chunk(PairsPerQuery))
        {
            foreach (var pair in pairs) days[pair] = [];
            var volunteers = pairs.Select(p => p.VolunteerId).Distinct().ToList();
            var dates = pairs.Select(p => p.Date).Distinct().ToList();
            var stored = await db.ServiceRecords.AsNoTracking().Where(r => volunteers.Contains(r.VolunteerId) && dates.Contains(r.Date))
                .Select(r => new ServiceRecord { Id = r.Id, VolunteerId = r.VolunteerId, Date = r.Date, Hours = r.Hours, StartedAt = r.StartedAt, EndedAt = r.EndedAt, Status = r.Status })
                .ToListAsync(ct);
            // The ids and days of a chunk cross: keep only the pairs asked for.
            foreach (var r in stored)
            {
                if (days.TryGetValue((r.VolunteerId, r.Date), out var day)) day.Add(r);
            }
        }
        var flagged = 0;
        foreach (var record in records)
        {
            var day = days[(record.VolunteerId, record.Date)];
            record.Flags = HoursRules.Flags(record, day, checkOutMissing: false);
            if (record.Flags.Length > 0) flagged++;
            day.Add(record);
        }
        return flagged;
    }
}
