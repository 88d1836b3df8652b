using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Events;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>
/// Volunteers from a file: each row checked as the registration form checks it (<see cref="VolunteerIntake"/>), a
/// person already registered skipped, so the same file sent twice registers nobody twice; the rows that pass linked to
/// the resident registry in one lookup for the whole file.
/// </summary>
internal sealed class VolunteerFileImport(VolunteerDb db, ICallerContext caller, IDivisionNames divisions, IResidentRegistry registry, MinorOptions minors,
    TimeProvider clock)
{
    /// <summary>The template's header, in order.</summary>
    public static readonly string[] Header = ["身份证号码", "姓名", "联系电话", "服务村（居）代码", "专业技能", "服务时间", "服务类别", "注册日期", "监护人姓名", "监护人电话", "监护人同意"];

    private static readonly string[][] Required = [["身份证号码"], ["姓名"], ["联系电话"], ["服务村（居）代码"]];

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["idNumber"] = "身份证号码", ["name"] = "姓名", ["phone"] = "联系电话", ["divisionCode"] = "服务村（居）代码", ["skills"] = "专业技能",
        ["availability"] = "服务时间", ["serviceAreas"] = "服务类别", ["registeredOn"] = "注册日期", ["guardianName"] = "监护人姓名",
        ["guardianPhone"] = "监护人电话", ["guardianConsent"] = "监护人同意",
    };

    /// <summary>Imports the rows of <paramref name="table"/> into <paramref name="import"/>; a problem of the whole file is answered instead, and nothing is saved.</summary>
    public async Task<string?> RunAsync(ITableFile table, VolunteerImport import, CancellationToken ct)
    {
        if (TableColumns.Read(table.ReadHeader(), Required, out var headerProblem) is not { } columns) return headerProblem;
        var rows = TableImport.ReadRows(table, ImportLimits.MaxRows, out var problem);
        if (problem is not null) return problem;
        var today = clock.BeijingToday();
        var wanted = rows.Select(r => columns.Cell(r.Cells, "身份证号码")?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var registered = (await db.Volunteers.AsNoTracking().Where(v => wanted.Contains(v.IdNumber)).Select(v => v.IdNumber).ToListAsync(ct)).ToHashSet();
        var inFile = new Dictionary<string, int>();
        var accepted = new List<(VolunteerIntake.Checked Intake, DateOnly RegisteredOn)>();
        var highest = new Dictionary<int, string?>();
        var district = caller.Scope.DivisionCode[..6];
        import.Rows = rows.Count;
        foreach (var (row, cells) in rows)
        {
            var errors = new FieldErrors();
            var request = new VolunteerRegistration(columns.Cell(cells, "身份证号码"), columns.Cell(cells, "姓名"), columns.Cell(cells, "联系电话"),
                columns.Cell(cells, "专业技能"), columns.Cell(cells, "服务时间"), columns.Cell(cells, "服务类别"), columns.Cell(cells, "服务村（居）代码"),
                columns.Cell(cells, "监护人姓名"), columns.Cell(cells, "监护人电话"), columns.Cell(cells, "监护人同意") is "是" or "同意" or "Y" or "y");
            var registeredOn = today;
            if (columns.Cell(cells, "注册日期") is { } text)
            {
                if (TableImport.Date(text) is not { } date) errors.Add("registeredOn", "应为日期（如 2024-03-01）");
                else if (date > today) errors.Add("registeredOn", "不能晚于今天");
                else registeredOn = date;
            }
            var intake = VolunteerIntake.Check(errors, request, divisions, caller.Scope, minors, today);
            if (intake is null || errors.HasErrors)
            {
                import.Refuse(row, TableImport.Message(errors, Columns));
                continue;
            }
            if (registered.Contains(intake.IdNumber.Value))
            {
                import.Skipped++;
                continue;
            }
            if (inFile.TryGetValue(intake.IdNumber.Value, out var first))
            {
                import.Refuse(row, $"身份证号码：与第{first}行是同一人，每人只登记一次");
                continue;
            }
            inFile[intake.IdNumber.Value] = row;
            accepted.Add((intake, registeredOn));
        }

        // The registry asked once for the whole file, not once per row.
        var residents = (await registry.FindManyAsync([.. accepted.Select(a => a.Intake.IdNumber)], ct)).ToDictionary(r => r.IdNumber.Value, r => r.Id);
        foreach (var (intake, registeredOn) in accepted)
        {
            var year = registeredOn.Year;
            if (!highest.TryGetValue(year, out var last))
            {
                var prefix = VolunteerNumbers.Prefix(district, year);
                last = await db.Volunteers.AsNoTracking().Where(v => v.Number.StartsWith(prefix)).MaxAsync(v => (string?)v.Number, ct);
            }
            var number = VolunteerNumbers.Next(district, year, last);
            highest[year] = number;
            var volunteer = VolunteerIntake.Volunteer(intake, number, residents.TryGetValue(intake.IdNumber.Value, out var resident) ? resident : null, registeredOn);
            db.Volunteers.Add(volunteer);
            db.Publish(new VolunteerRegistered(volunteer.Id, volunteer.Number, volunteer.DivisionCode, volunteer.ResidentId, registeredOn));
            import.Created++;
        }
        return null;
    }
}
