using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Tests.Registry.Synthetic;

public sealed class SyntheticResidentsTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly District Wansheng = new("wansheng", "万盛经开区", "500110",
        DivisionCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "divisions", "wansheng-divisions.csv")), []);

    private static List<ResidentRow> Generate(int count, int seed = 1) => new SyntheticResidents(Wansheng, Today, seed).Generate(count).ToList();

    [Fact]
    public void Every_id_number_is_valid_unique_and_matches_nobody_outside_the_district_code()
    {
        var rows = Generate(5000);
        Assert.Equal(5000, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.IdNumber).Distinct().Count());
        Assert.All(rows, r =>
        {
            Assert.True(IdNumber.TryParse(r.IdNumber, Today, out var id, out var error), error);
            Assert.Equal("500110", id.AddressCode);
        });
    }

    [Fact]
    public void Residents_live_in_the_real_villages_of_every_town()
    {
        var villages = Wansheng.Towns.SelectMany(t => t.Villages).Select(v => v.Code).ToHashSet();
        var rows = Generate(5000);
        Assert.All(rows, r => Assert.Contains(r.DivisionCode, villages));
        Assert.Equal(Wansheng.Towns.Count, rows.Select(r => r.DivisionCode[..9]).Distinct().Count());
    }

    [Fact]
    public void Households_have_exactly_one_head_and_adjacent_rows()
    {
        var rows = Generate(3000);
        var households = rows.GroupBy(r => r.HouseholdKey).ToList();
        Assert.True(households.Count > 500);
        // The last household may be cut short by the count; every other has its head first.
        Assert.All(households, h => Assert.Equal("户主", h.First().RelationToHead));
        Assert.All(households, h => Assert.Single(h, r => r.RelationToHead == "户主"));
        Assert.All(households, h => Assert.Single(h.Select(r => r.DivisionCode).Distinct()));
    }

    [Fact]
    public void Disability_and_welfare_come_in_plausible_proportions_and_consistent_shapes()
    {
        var rows = Generate(20000);
        var disabled = rows.Where(r => r.DisabilityCertificateNumber is not null).ToList();
        var share = (double)disabled.Count / rows.Count;
        Assert.InRange(share, 0.03, 0.10);
        Assert.All(disabled, r =>
        {
            Assert.InRange(r.DisabilityGrade!.Value, 1, 4);
            Assert.StartsWith(r.IdNumber, r.DisabilityCertificateNumber);
            Assert.True(r.DisabilityValidUntil > r.DisabilityIssuedOn);
        });
        var welfare = rows.Count(r => r.WelfareKind is "低保" or "特困");
        Assert.InRange((double)welfare / rows.Count, 0.01, 0.08);
        var welfareAmongDisabled = (double)disabled.Count(r => r.WelfareKind is not null) / disabled.Count;
        var welfareAmongOthers = (double)rows.Except(disabled).Count(r => r.WelfareKind is not null) / (rows.Count - disabled.Count);
        Assert.True(welfareAmongDisabled > welfareAmongOthers);
    }

    [Fact]
    public void Every_row_passes_the_import_s_rules_so_a_generated_file_imports_whole()
    {
        var columns = ImportColumns.From(ResidentRow.Headers, out _)!;
        var wholeDistrict = new OrgScope(OrgLevel.District, Wansheng.DivisionCode);
        var refused = Generate(20000)
            .Select(r => (Row: r, Errors: new List<RowError>()))
            .Where(r => ImportRowRules.Check(columns, r.Row.Cells(), Wansheng, wholeDistrict, Today, r.Errors) is null)
            .Select(r => $"{r.Row.IdNumber}: {string.Join("; ", r.Errors.Select(e => $"{e.Column} {e.Reason}"))}")
            .ToList();
        Assert.Empty(refused);
    }

    [Fact]
    public void Same_seed_gives_the_same_residents_and_another_seed_others()
    {
        Assert.Equal(Generate(200, seed: 7), Generate(200, seed: 7));
        Assert.NotEqual(Generate(200, seed: 7).Select(r => r.IdNumber), Generate(200, seed: 8).Select(r => r.IdNumber));
    }

    [Fact]
    public async Task Csv_has_the_header_and_quotes_cells_that_need_it()
    {
        var writer = new StringWriter();
        var row = Generate(1)[0] with { Address = "万新社区1号,2单元" };
        await ResidentCsv.WriteAsync(writer, [row]);
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ResidentRow.Headers), lines[0]);
        Assert.Contains("\"万新社区1号,2单元\"", lines[1]);
        Assert.StartsWith(row.IdNumber + ",", lines[1]);
    }
}
