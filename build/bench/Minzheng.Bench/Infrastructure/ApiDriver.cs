using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Synthetic;

namespace Minzheng.Bench.Infrastructure;

/// <summary>A resident the benchmark registered, with what an update must send back.</summary>
public sealed record SeededResident(string Id, ResidentRow Row);

/// <summary>Talks to a running host as staff do: sign in, take a bearer token, register residents.</summary>
public sealed class ApiDriver(string baseUrl)
{
    public const string AdminPassword = "Bench-Chief-Passw0rd!";

    public string? Token { get; private set; }

    /// <summary>Signs in as the first administrator (cookie + anti-forgery header) and issues a bearer token.</summary>
    public async Task SignInAsync()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var signIn = await http.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = AdminPassword });
        Expect(signIn, HttpStatusCode.NoContent, "sign-in");
        var antiforgery = await http.GetFromJsonAsync<JsonElement>("/api/platform/auth/antiforgery");
        http.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        var issued = await http.PostAsJsonAsync("/api/platform/tokens", new { name = "benchmark", expiresInDays = 1 });
        Expect(issued, HttpStatusCode.Created, "token");
        Token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
    }

    /// <summary>Registers <paramref name="rows"/> through the API, a few at a time.</summary>
    public async Task<List<SeededResident>> RegisterAsync(IReadOnlyList<ResidentRow> rows, int parallel = 4)
    {
        using var http = Client();
        var seeded = new SeededResident?[rows.Count];
        await Parallel.ForAsync(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var r = rows[i];
            var response = await http.PostAsJsonAsync("/api/platform/registry/persons",
                new { idNumber = r.IdNumber, name = r.Name, ethnicity = r.Ethnicity, phone = r.Phone, hukouType = r.HukouType, divisionCode = r.DivisionCode, address = r.Address }, ct);
            Expect(response, HttpStatusCode.Created, "register resident");
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
            seeded[i] = new SeededResident(id, r);
        });
        return seeded.Select(s => s!).ToList();
    }

    /// <summary>The first district's residents, as the synthetic generator makes them (deterministic).</summary>
    public static IReadOnlyList<ResidentRow> SyntheticRows(District district, int count) =>
        new SyntheticResidents(district, DateOnly.FromDateTime(DateTime.UtcNow)).Generate(count).ToList();

    /// <summary>A Lua data file for lua/read.lua: the token and the ID numbers to look up.</summary>
    public string WriteReadData(IEnumerable<SeededResident> residents)
    {
        var lua = new StringBuilder($"token = \"{Token}\"\nids = {{\n");
        foreach (var r in residents)
        {
            lua.Append("  \"").Append(r.Row.IdNumber).AppendLine("\",");
        }
        return WriteTemp(lua.Append("}\n").ToString());
    }

    /// <summary>A Lua data file with the token alone (lua/marry.lua makes up its people).</summary>
    public string WriteTokenData() => WriteTemp($"token = \"{Token}\"\n");

    /// <summary>A Lua data file for lua/update.lua: the token and each resident's details.</summary>
    public string WriteUpdateData(IEnumerable<SeededResident> residents)
    {
        var lua = new StringBuilder($"token = \"{Token}\"\npeople = {{\n");
        foreach (var (id, r) in residents)
        {
            lua.Append($"  {{\"{id}\", \"{r.Name}\", \"{r.Ethnicity}\", \"{r.HukouType}\", \"{r.DivisionCode}\", \"{r.Address}\"}},\n");
        }
        return WriteTemp(lua.Append("}\n").ToString());
    }

    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    private static readonly List<string> TempFiles = [];

    /// <summary>A temporary file, removed by <see cref="DeleteTempFiles"/> at the end of the run.</summary>
    public static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"minzheng-bench-{Guid.NewGuid():N}.lua");
        File.WriteAllText(path, content);
        lock (TempFiles) { TempFiles.Add(path); }
        return path;
    }

    public static void DeleteTempFiles()
    {
        lock (TempFiles)
        {
            TempFiles.ForEach(File.Delete);
            TempFiles.Clear();
        }
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what}: expected {(int)status}, got {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
        }
    }
}
