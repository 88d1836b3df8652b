using System.Globalization;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Certificates;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Households;
using Minzheng.Platform.Registry.Persons;
using Minzheng.Platform.Registry.Welfare;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Import;

/// <summary>One reason a row is refused: the column (header) it concerns and why, in Chinese.</summary>
internal sealed record RowError(string Column, string Reason);

/// <summary>A row that passed every rule that needs no database.</summary>
internal sealed record CheckedRow(
    IdNumber IdNumber, PersonDetails Details, string? HouseholdNumber, HouseholdRelation? Relation,
    CheckedCertificate? Certificate, WelfareStatus? Welfare);

/// <summary>
/// Checks one row of an import file with exactly the rules of the single-resident API
/// (<see cref="PersonRules"/>, <see cref="CertificateRules"/>, <see cref="WelfareRules"/>): the rules
/// speak in request fields, which are mapped back to the file's column headers.
/// </summary>
internal static class ImportRowRules
{
    private static readonly Dictionary<string, string> PersonColumns = new(StringComparer.Ordinal)
    {
        ["idNumber"] = "身份证号", ["name"] = "姓名", ["ethnicity"] = "民族", ["phone"] = "联系电话",
        ["hukouType"] = "户口类型", ["divisionCode"] = "村居代码", ["address"] = "住址", ["maritalStatus"] = "婚姻状况",
    };

    private static readonly Dictionary<string, string> CertificateColumns = new(StringComparer.Ordinal)
    {
        ["number"] = "残疾证号", ["category"] = "残疾类别", ["grade"] = "残疾等级", ["issuedOn"] = "发证日期", ["validUntil"] = "有效期至",
    };

    private static readonly Dictionary<string, string> WelfareColumns = new(StringComparer.Ordinal)
    {
        ["kind"] = "救助类型", ["startsOn"] = "救助开始日期", ["endsOn"] = "救助开始日期",
    };

    public static CheckedRow? Check(ImportColumns columns, IReadOnlyList<string> cells, District district, OrgScope scope, DateOnly today, List<RowError> errors)
    {
        string? Cell(string header) => columns.Cell(cells, header);

        var personErrors = new FieldErrors();
        var registration = new RegisterPersonRequest(Cell("身份证号"), Cell("姓名"), Cell("民族"), Cell("联系电话"), Cell("户口类型"),
            Cell("村居代码"), Cell("住址"), Cell("婚姻状况"));
        var person = PersonRules.CheckRegistration(registration, district, scope, today, personErrors);
        Collect(personErrors, PersonColumns, errors);

        var householdNumber = Cell("户号");
        HouseholdRelation? relation = null;
        var relationText = Cell("与户主关系");
        if (householdNumber is { Length: > Data.Household.MaxNumberLength })
        {
            errors.Add(new("户号", $"户号不能超过{Data.Household.MaxNumberLength}个字符"));
        }
        if (householdNumber is not null && relationText is null)
        {
            errors.Add(new("与户主关系", "填写了户号时请填写与户主关系"));
        }
        else if (householdNumber is null && relationText is not null)
        {
            errors.Add(new("户号", "填写了与户主关系时请填写户号"));
        }
        else if (relationText is not null)
        {
            if (Choices.TryParse<HouseholdRelation>(relationText, Choices.Relation, out var parsed))
            {
                relation = parsed;
            }
            else
            {
                errors.Add(new("与户主关系", $"与户主关系应为{Choices.List(Choices.Relation)}之一"));
            }
        }

        CheckedCertificate? certificate = null;
        string[] certificateHeaders = ["残疾证号", "残疾类别", "残疾等级", "发证日期", "有效期至"];
        if (certificateHeaders.Any(h => Cell(h) is not null))
        {
            var grade = Integer(Cell("残疾等级"), "残疾等级", errors);
            var issued = Date(Cell("发证日期"), "发证日期", errors);
            var validUntil = Date(Cell("有效期至"), "有效期至", errors);
            if (person is { } p)
            {
                var certificateErrors = new FieldErrors();
                certificate = CertificateRules.Check(new CertificateRequest(Cell("残疾证号"), Cell("残疾类别"), grade, issued, validUntil),
                    p.IdNumber, today, certificateErrors);
                Collect(certificateErrors, CertificateColumns, errors);
            }
        }

        WelfareStatus? welfare = null;
        if (Cell("救助类型") is not null || Cell("救助开始日期") is not null)
        {
            var starts = Date(Cell("救助开始日期"), "救助开始日期", errors);
            if (person is { } p)
            {
                var welfareErrors = new FieldErrors();
                WelfareRules.CheckNew(new AddWelfareRequest(Cell("救助类型"), starts, null), p.IdNumber.BirthDate, [], welfareErrors, out var status);
                Collect(welfareErrors, WelfareColumns, errors);
                welfare = !welfareErrors.HasErrors ? status : null;
            }
        }

        return errors.Count == 0 && person is { } valid
            ? new CheckedRow(valid.IdNumber, valid.Details, householdNumber, relation, certificate, welfare)
            : null;
    }

    /// <summary>
    /// A date as staff write it (2026-01-31, 2026/1/31) or as Excel stores a date cell (a serial day number).
    /// </summary>
    public static DateOnly? Date(string? text, string column, List<RowError> errors)
    {
        if (text is null)
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        errors.Add(new(column, $"“{text}”不是有效日期，请写成如2026-01-31的格式"));
        return null;
    }

    private static int? Integer(string? text, string column, List<RowError> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new(column, $"“{text}”不是整数"));
        return null;
    }

    private static void Collect(FieldErrors fieldErrors, IReadOnlyDictionary<string, string> columns, List<RowError> errors)
    {
        foreach (var (field, messages) in fieldErrors.Errors)
        {
            var column = columns.TryGetValue(field, out var header) ? header : "";
            // A date the rule found missing was already reported if it was present but unreadable.
            errors.AddRange(messages.Where(m => !errors.Any(e => e.Column == column && m.StartsWith("请填写", StringComparison.Ordinal)))
                .Select(m => new RowError(column, m)));
        }
    }
}
