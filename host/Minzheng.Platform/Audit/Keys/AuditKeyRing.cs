using System.Text.RegularExpressions;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit.Keys;

/// <summary>
/// The audit chain's keys: the current one, which new entries are chained with, and the older ones, which
/// the entries chained before a rotation still verify with. Never stored in any database.
/// </summary>
public sealed partial class AuditKeyRing
{
    /// <summary>The file in the key folder that holds a generated key (<c>id:base64</c>).</summary>
    public const string GeneratedKeyFile = "audit.key";

    private readonly Dictionary<string, AuditKey> _keys;

    private AuditKeyRing(IEnumerable<AuditKey> keys, AuditKey current, string? generatedKeyPath)
    {
        _keys = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Current = current;
        GeneratedKeyPath = generatedKeyPath;
    }

    /// <summary>The key new entries and checkpoints are made with.</summary>
    public AuditKey Current { get; }

    /// <summary>When <see cref="Current"/> is a key the system generated, the file it is in; null for a configured key.</summary>
    public string? GeneratedKeyPath { get; }

    /// <summary>Every key id of the ring.</summary>
    public IReadOnlyCollection<string> Ids => _keys.Keys;

    /// <summary>The key named <paramref name="id"/>, or null when the ring does not hold it.</summary>
    public AuditKey? Find(string id) => _keys.GetValueOrDefault(id);

    /// <summary>A ring of <paramref name="keys"/> whose current key is <paramref name="current"/> (tests, tools).</summary>
    public static AuditKeyRing Of(AuditKey current, params AuditKey[] older) => new([.. older, current], current, null);

    /// <summary>
    /// The ring from <c>Minzheng:Audit</c>: the configured keys and any generated one in the key folder; when
    /// there is neither, a key generated there (unless <see cref="AuditOptions.GenerateKey"/> is false).
    /// </summary>
    /// <exception cref="ConfigurationProblem">A key is malformed, ids repeat, the current key is not named, or no key may be had.</exception>
    public static AuditKeyRing Load(AuditOptions options, DataFolder dataFolder, DateTimeOffset now)
    {
        var configured = options.Keys.Select((k, i) => Parse(k, i)).ToList();
        if (configured.GroupBy(k => k.Id).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ConfigurationProblem($"Minzheng:Audit:Keys names the key id '{repeated.Key}' twice: each key needs its own id.");
        }
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(options.KeyFolder) ? "keys" : options.KeyFolder, dataFolder.Path);
        var generatedPath = Path.Combine(folder, GeneratedKeyFile);
        var generated = File.Exists(generatedPath) ? ReadGenerated(generatedPath) : null;
        if (configured.Count == 0 && generated is null)
        {
            if (!options.GenerateKey)
            {
                throw new ConfigurationProblem("No audit key: set Minzheng:Audit:Keys (an id and a base64 key of at least 32 random bytes, e.g. from `openssl rand -base64 32`), or allow Minzheng:Audit:GenerateKey for a demo.");
            }
            generated = Generate(generatedPath, now);
        }
        var ring = configured.ToList();
        if (generated is not null)
        {
            if (ring.Any(k => k.Id == generated.Id))
            {
                throw new ConfigurationProblem($"Minzheng:Audit:Keys names the key id '{generated.Id}', which is the generated key in {generatedPath}: give the configured key another id.");
            }
            // Kept in the ring after keys are configured, so that what it chained still verifies.
            ring.Add(generated);
        }
        AuditKey current;
        if (!string.IsNullOrWhiteSpace(options.CurrentKey))
        {
            current = ring.FirstOrDefault(k => k.Id == options.CurrentKey)
                      ?? throw new ConfigurationProblem($"Minzheng:Audit:CurrentKey is '{options.CurrentKey}', which is not a key of Minzheng:Audit:Keys ({string.Join(", ", ring.Select(k => k.Id))}).");
        }
        else if (configured.Count > 1)
        {
            throw new ConfigurationProblem($"Minzheng:Audit:Keys holds {configured.Count} keys: name the one new entries are chained with in Minzheng:Audit:CurrentKey.");
        }
        else
        {
            current = configured.Count == 1 ? configured[0] : generated!;
        }
        return new AuditKeyRing(ring, current, ReferenceEquals(current, generated) ? generatedPath : null);
    }

    private static AuditKey Parse(AuditKeyOptions key, int index)
    {
        var setting = $"Minzheng:Audit:Keys:{index}";
        if (!KeyId().IsMatch(key.Id ?? ""))
        {
            throw new ConfigurationProblem($"{setting}:Id is '{key.Id}': a key id is 1 to 40 letters, digits, '.', '_' or '-'.");
        }
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(key.Key ?? "");
        }
        catch (FormatException)
        {
            throw new ConfigurationProblem($"{setting}:Key (key '{key.Id}') is not base64.");
        }
        if (secret.Length < AuditKey.MinimumBytes)
        {
            throw new ConfigurationProblem($"{setting}:Key (key '{key.Id}') has {secret.Length} bytes: at least {AuditKey.MinimumBytes} random bytes are needed (`openssl rand -base64 32`).");
        }
        return new AuditKey(key.Id!, secret);
    }

    private static AuditKey ReadGenerated(string path)
    {
        var text = File.ReadAllText(path).Trim();
        var colon = text.IndexOf(':');
        try
        {
            if (colon > 0 && KeyId().IsMatch(text[..colon]) && Convert.FromBase64String(text[(colon + 1)..]) is { Length: >= AuditKey.MinimumBytes } secret)
            {
                return new AuditKey(text[..colon], secret);
            }
        }
        catch (FormatException)
        {
            // Reported below, with the file's name.
        }
        throw new ConfigurationProblem($"The generated audit key file {path} is damaged (expected 'id:base64'). Restore it from the backup: without it the entries chained with it no longer verify.");
    }

    private static AuditKey Generate(string path, DateTimeOffset now)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = AuditKey.Generate($"local-{now:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6]}");
        try
        {
            // CreateNew: of two instances starting on one data folder, the second reads the first's key.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            using var writer = new StreamWriter(file);
            writer.Write($"{key.Id}:{Convert.ToBase64String(key.Secret)}\n");
        }
        catch (IOException) when (File.Exists(path))
        {
            return ReadGenerated(path);
        }
        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex KeyId();
}
