using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Events;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>
/// Past hours from a file (the national system's export, a team's ledger): hours already confirmed where they were kept,
/// so they come in confirmed, each with a step saying which file and row, flagged for review as hours entered by hand are
/// (<see cref="HoursRules.Flags"/>). A row imported before is skipped — known by the source's own record number when the
/// file has one, else by what the row says — so a file can be sent again.
/// </summary>
internal sealed class HoursFileImport(VolunteerDb db, ICallerContext caller, TimeProvider clock)
{
    /// <summary>The template's header, in order.</summary>
    public static readonly string[] Header = ["志愿者编号", "身份证号码", "服务日期", "时长（小时）", "类型", "服务内容", "记录单位", "来源编号"];

    private static readonly string[][] Required = [["志愿者编号", "身份证号码"], ["服务日期"], ["时长（小时）"], ["服务内容"], ["记录单位"]];

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["volunteer"] = "志愿者", ["date"] = "服务日期", ["hours"] = "时长（小时）", ["kind"] = "类型", ["content"] = "服务内容", ["organiser"] = "记录单位", ["source"] = "来源编号",
    };

    /// <summary>Imports the rows of <paramref name="table"/> into <paramref name="import"/>; a problem of the whole file is answered instead, and nothing is saved.</summary>
    public async Task<string?> RunAsync(ITableFile table, VolunteerImport import, CancellationToken ct)
    {
        if (TableColumns.Read(table.ReadHeader(), Required, out var headerProblem) is not { } columns) return headerProblem;
        var rows = TableImport.ReadRows(table, ImportLimits.MaxRows, out var problem);
        if (problem is not null) return problem;
        var today = clock.BeijingToday();
        var numbers = rows.Select(r => columns.Cell(r.Cells, "志愿者编号")).OfType<string>().Distinct().ToList();
        var idNumbers = rows.Select(r => columns.Cell(r.Cells, "身份证号码")?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var volunteers = await db.Volunteers.AsNoTracking().Where(v => numbers.Contains(v.Number) || idNumbers.Contains(v.IdNumber))
            .Select(v => new { v.Id, v.Number, v.IdNumber, v.DivisionCode }).ToListAsync(ct);
        var byNumber = volunteers.ToDictionary(v => v.Number);
        var byIdNumber = volunteers.ToDictionary(v => v.IdNumber);
        var parsed = new List<(int Row, ServiceRecord Record)>();
        import.Rows = rows.Count;
        foreach (var (row, cells) in rows)
        {
            var errors = new FieldErrors();
            var number = columns.Cell(cells, "志愿者编号");
            var idNumber = columns.Cell(cells, "身份证号码")?.ToUpperInvariant();
            var volunteer = number is not null ? byNumber.GetValueOrDefault(number) : idNumber is not null ? byIdNumber.GetValueOrDefault(idNumber) : null;
            if (volunteer is null) errors.Add("volunteer", number is not null ? $"没有编号为 {number} 的志愿者（请先导入或登记志愿者）" : "没有这个身份证号码的志愿者（请先导入或登记志愿者）");
            else if (!caller.Scope.Contains(volunteer.DivisionCode)) errors.Add("volunteer", "该志愿者不在您的辖区内");
            var date = TableImport.Date(columns.Cell(cells, "服务日期"));
            if (date is null) errors.Add("date", "应为日期（如 2024-03-01）");
            else if (date > today) errors.Add("date", "不能晚于今天");
            var hoursText = columns.Cell(cells, "时长（小时）");
            var hours = TableImport.Number(hoursText);
            if (hoursText is not null && hours is null) errors.Add("hours", "应为数字（如 2.5）");
            else if (HoursRules.RefuseHours(hours) is { } badHours) errors.Add("hours", badHours);
            var kind = Kind(columns.Cell(cells, "类型"));
            if (kind is null) errors.Add("kind", "应为“志愿服务”或“培训”（不填为志愿服务）");
            var content = errors.Text("content", columns.Cell(cells, "服务内容"), "服务内容", 500);
            var organiser = errors.Text("organiser", columns.Cell(cells, "记录单位"), "记录单位", 100);
            var source = errors.Text("source", columns.Cell(cells, "来源编号"), "来源编号", 50, required: false);
            if (errors.HasErrors)
            {
                import.Refuse(row, TableImport.Message(errors, Columns));
                continue;
            }
            var record = new ServiceRecord
            {
                Id = Guid.NewGuid(), VolunteerId = volunteer!.Id, Kind = kind!.Value, Date = date!.Value, Hours = hours!.Value, Content = content,
                DivisionCode = volunteer.DivisionCode, Organiser = organiser, Status = RecordStatus.Confirmed,
            };
            record.ImportKey = Key(record, source);
            parsed.Add((row, record));
        }

        var keys = parsed.Select(p => p.Record.ImportKey!).Distinct().ToList();
        var known = (await db.ServiceRecords.AsNoTracking().Where(r => r.ImportKey != null && keys.Contains(r.ImportKey)).Select(r => r.ImportKey!).ToListAsync(ct)).ToHashSet();
        var fresh = new List<(int Row, ServiceRecord Record)>();
        foreach (var (row, record) in parsed)
        {
            // Imported before, or twice in this file: the first one stands.
            if (known.Add(record.ImportKey!)) fresh.Add((row, record));
            else import.Skipped++;
        }
        // The flags hours entered by hand get (more than 24 hours in a day, …), among the volunteer's records of the day.
        import.Flagged = await SameDayRecords.FlagAsync(db, [.. fresh.Select(f => f.Record)], ct);
        var at = clock.GetUtcNow();
        foreach (var (row, record) in fresh)
        {
            db.ServiceRecords.Add(record);
            db.ServiceRecordSteps.Add(new ServiceRecordStep
            {
                ServiceRecordId = record.Id, At = at, Title = "导入（已确认）", StaffId = caller.Staff.Id, StaffName = caller.Staff.Name,
                Note = $"{import.FileName} 第{row}行，{HoursRules.Text(record.Hours)}",
            });
            db.Publish(new HoursConfirmed(record.Id, record.VolunteerId, HoursCodes.Kind(record.Kind), record.Date, record.Hours, record.DivisionCode));
            import.Created++;
        }
        return null;
    }

    private static HoursKind? Kind(string? text) => text switch
    {
        null or "志愿服务" or "服务" or "service" => HoursKind.Service,
        "培训" or "training" => HoursKind.Training,
        _ => null,
    };

    // The source's own number identifies a row across files (with its organiser, whose numbering it is); without one,
    // what the row says does.
    private static string Key(ServiceRecord r, string source)
    {
        var text = source.Length > 0
            ? $"source|{r.Organiser}|{source}"
            : string.Create(CultureInfo.InvariantCulture, $"row|{r.VolunteerId}|{r.Date:yyyy-MM-dd}|{r.Hours:0.##}|{r.Kind}|{r.Content}|{r.Organiser}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
