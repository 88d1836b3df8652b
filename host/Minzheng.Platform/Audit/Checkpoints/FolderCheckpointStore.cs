using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>
/// Checkpoints as files, one per checkpoint: <c>&lt;folder&gt;/&lt;district&gt;/&lt;sequence&gt;-&lt;UTC time&gt;.json</c>.
/// The folder is meant to be on another disk or host than the audit databases (a mount of another machine).
/// </summary>
public sealed partial class FolderCheckpointStore(string folder) : IAuditCheckpointStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <inheritdoc />
    public string Location => folder;

    /// <inheritdoc />
    public async Task SaveAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var districtFolder = DistrictFolder(checkpoint.DistrictId);
        Directory.CreateDirectory(districtFolder);
        var name = $"{checkpoint.Sequence:D12}-{checkpoint.At.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}.json";
        var temporary = Path.Combine(districtFolder, $".{name}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(checkpoint, Json), cancellationToken);
        // A rename is atomic on one file system: a reader sees the whole checkpoint or none.
        File.Move(temporary, Path.Combine(districtFolder, name), overwrite: true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredCheckpoint>> ListAsync(string districtId, CancellationToken cancellationToken)
    {
        var districtFolder = DistrictFolder(districtId);
        if (!Directory.Exists(districtFolder))
        {
            return [];
        }
        var found = new List<StoredCheckpoint>();
        foreach (var path in Directory.EnumerateFiles(districtFolder, "*.json"))
        {
            var name = Path.GetFileName(path);
            if (FileName().Match(name) is not { Success: true } match)
            {
                continue;
            }
            var sequence = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var shown = $"{districtId}/{name}";
            try
            {
                var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(await File.ReadAllTextAsync(path, cancellationToken), Json);
                found.Add(checkpoint is { DistrictId: not null, Hash: not null, KeyId: not null, Signature: not null }
                    ? new StoredCheckpoint(shown, sequence, checkpoint, null)
                    : new StoredCheckpoint(shown, sequence, null, "内容不完整"));
            }
            catch (JsonException)
            {
                found.Add(new StoredCheckpoint(shown, sequence, null, "内容无法解读"));
            }
        }
        return found.OrderBy(c => c.Sequence).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public Task DeleteAsync(string districtId, string name, CancellationToken cancellationToken)
    {
        File.Delete(Path.Combine(DistrictFolder(districtId), Path.GetFileName(name)));
        return Task.CompletedTask;
    }

    private string DistrictFolder(string districtId) => Path.Combine(folder, districtId);

    [GeneratedRegex(@"^(\d{12})-\d{8}T\d{9}Z\.json$")]
    private static partial Regex FileName();
}
