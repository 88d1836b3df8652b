using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>The staff the import tests act as.</summary>
internal static class Importers
{
    public static readonly TestStaff District = TestStaff.District(TestDistricts.First,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryReadIdNumber, PlatformPermissions.RegistryWrite, PlatformPermissions.RegistryImport)
        with
    { Id = "importer", Name = "导入员" };

    public static readonly TestStaff Wansheng = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryImport) with
    { Id = "wansheng-importer" };

    public static readonly TestStaff OtherDistrict = TestStaff.District(TestDistricts.Second,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryImport) with
    { Id = "other-importer" };
}

/// <summary>Files, uploads and the worker, as the import tests use them.</summary>
internal static class ImportKit
{
    public const string Imports = "/api/platform/registry/imports";

    /// <summary>
    /// Synthetic residents of the test district (every row valid: the generator's own test checks it),
    /// renumbered so that each test has its own households.
    /// </summary>
    public static List<ResidentRow> Synthetic(RegistryHostFixture fixture, int count, int seed)
    {
        var district = fixture.Host.Services.GetRequiredService<DistrictDirectory>().Find(TestDistricts.First)!;
        return new SyntheticResidents(district, RegistryHostFixture.Today, seed).Generate(count)
            .Select(r => r with { HouseholdKey = $"T{seed}-{r.HouseholdKey}" })
            .ToList();
    }

    public static byte[] Csv(IEnumerable<ResidentRow> rows, bool bom = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(bom)))
        {
            ResidentCsv.WriteAsync(writer, rows).GetAwaiter().GetResult();
        }
        return buffer.ToArray();
    }

    /// <summary>A CSV of raw lines (header first), for rows the exchange record cannot express.</summary>
    public static byte[] CsvLines(params string[] lines) => new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static string Header => string.Join(',', ResidentRow.Headers);

    /// <summary>
    /// An XLSX workbook with one sheet: the header and rows as a spreadsheet program writes them —
    /// text in the shared-string table, numbers (the grade) as numeric cells, blank cells left out.
    /// </summary>
    public static byte[] Xlsx(IEnumerable<ResidentRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            int Shared(string text)
            {
                if (!index.TryGetValue(text, out var i))
                {
                    i = index[text] = index.Count;
                    strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                }
                return i;
            }
            var data = new SheetData();
            var number = 1u;
            foreach (var cells in new[] { ResidentRow.Headers }.Concat(rows.Select(r => r.Cells())))
            {
                var row = new Row { RowIndex = number };
                for (var c = 0; c < cells.Count; c++)
                {
                    if (cells[c].Length == 0)
                    {
                        continue;
                    }
                    var reference = $"{(char)('A' + c)}{number}";
                    row.AppendChild(number > 1 && int.TryParse(cells[c], out _) && cells[c].Length < 3
                        ? new Cell { CellReference = reference, CellValue = new CellValue(cells[c]) }
                        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Shared(cells[c]).ToString()) });
                }
                data.AppendChild(row);
                number++;
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "居民" }));
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName = "residents.csv", string? contentType = "text/csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        if (contentType is not null)
        {
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        form.Add(file, "file", fileName);
        return await client.PostAsync(Imports, form);
    }

    /// <summary>Uploads, runs the worker, and returns the finished import.</summary>
    public static async Task<JsonElement> ImportAsync(this RegistryHostFixture fixture, HttpClient client, byte[] content,
        string fileName = "residents.csv", string contentType = "text/csv")
    {
        var response = await client.UploadAsync(content, fileName, contentType);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        await fixture.RunImportsAsync();
        return await client.GetFromJsonAsync<JsonElement>($"{Imports}/{queued.GetProperty("id").GetString()}");
    }

    public static Task<int> RunImportsAsync(this RegistryHostFixture fixture) =>
        fixture.Host.Services.GetRequiredService<ImportRunner>().RunPendingAsync(CancellationToken.None);

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    /// <summary>A registry context of the first test district, for looking at what an import wrote.</summary>
    public static RegistryDbContext Registry(this RegistryHostFixture fixture) =>
        fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.First);

    public static async Task<List<Person>> PersonsAsync(this RegistryHostFixture fixture, IEnumerable<string> idNumbers)
    {
        var ids = idNumbers.ToList();
        await using var db = fixture.Registry();
        return await db.Persons.AsNoTracking().Where(p => ids.Contains(p.IdNumber)).ToListAsync();
    }

    /// <summary>Audit entries about residents and their records (not the imports' own bookkeeping).</summary>
    public static async Task<int> RegistryAuditCountAsync(this RegistryHostFixture fixture)
    {
        var total = 0;
        foreach (var entity in new[] { "Person", "Household", "HouseholdMember", "DisabilityCertificateRecord", "WelfareRecord" })
        {
            var page = await fixture.Client(Staff.Auditor).GetFromJsonAsync<JsonElement>($"/api/platform/audit?entity={entity}&pageSize=1");
            total += page.GetProperty("total").GetInt32();
        }
        return total;
    }
}
