using Minzheng.Platform.Audit;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Where the audit keys come from (Minzheng:Audit): configuration, or a key generated outside the audit database.</summary>
public sealed class KeyRingTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 1, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minzheng-keys-" + Guid.NewGuid().ToString("N"));
    private readonly DataFolder _data;

    public KeyRingTests() => _data = DataFolder.Prepare(_folder, _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void One_configured_key_is_current_and_nothing_is_generated()
    {
        var ring = AuditKeyRing.Load(Options(("2026a", Key())), _data, Now);

        Assert.Equal("2026a", ring.Current.Id);
        Assert.Null(ring.GeneratedKeyPath);
        Assert.False(File.Exists(Path.Combine(_folder, "keys", AuditKeyRing.GeneratedKeyFile)));
    }

    [Fact]
    public void With_several_keys_the_current_one_is_named_and_the_others_stay_for_old_entries()
    {
        var options = Options(("2025a", Key()), ("2026a", Key()));
        var refused = Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(options, _data, Now));
        Assert.Contains("Minzheng:Audit:CurrentKey", refused.Message);

        options.CurrentKey = "2026a";
        var ring = AuditKeyRing.Load(options, _data, Now);
        Assert.Equal("2026a", ring.Current.Id);
        Assert.NotNull(ring.Find("2025a"));

        options.CurrentKey = "2027a";
        Assert.Contains("'2027a', which is not a key", Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(options, _data, Now)).Message);
    }

    [Theory]
    [InlineData("k1", "not base64!", "Minzheng:Audit:Keys:0:Key (key 'k1') is not base64")]
    [InlineData("k1", "c2hvcnQ=", "has 5 bytes: at least 32")]
    [InlineData("bad id", "", "Minzheng:Audit:Keys:0:Id is 'bad id'")]
    public void A_malformed_key_stops_the_start_with_its_setting_named(string id, string key, string message)
    {
        var problem = Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(Options((id, key == "" ? Key() : key)), _data, Now));

        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_key_id_given_twice_is_refused()
    {
        Assert.Contains("twice", Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(Options(("k1", Key()), ("k1", Key())), _data, Now)).Message);
    }

    [Fact]
    public void Without_a_key_one_is_generated_once_into_the_key_folder_and_read_back_at_the_next_start()
    {
        var first = AuditKeyRing.Load(new AuditOptions(), _data, Now);
        var second = AuditKeyRing.Load(new AuditOptions(), _data, Now.AddDays(1));

        Assert.Equal(Path.Combine(_folder, "keys", AuditKeyRing.GeneratedKeyFile), first.GeneratedKeyPath);
        Assert.StartsWith("local-20261203-", first.Current.Id);
        Assert.Equal(first.Current.Id, second.Current.Id);
        var entry = new AuditEntry { Sequence = 1, DistrictId = "d", KeyId = first.Current.Id, PreviousHash = AuditHash.Genesis };
        Assert.Equal(AuditHash.Compute(entry, first.Current), AuditHash.Compute(entry, second.Current));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.GeneratedKeyPath!));
        }
    }

    [Fact]
    public void Without_a_key_and_without_generation_the_start_is_refused()
    {
        var problem = Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(new AuditOptions { GenerateKey = false }, _data, Now));

        Assert.Contains("No audit key: set Minzheng:Audit:Keys", problem.Message);
    }

    [Fact]
    public void Once_keys_are_configured_the_generated_key_stays_in_the_ring_for_what_it_chained()
    {
        var generated = AuditKeyRing.Load(new AuditOptions(), _data, Now).Current;

        var ring = AuditKeyRing.Load(Options(("2026a", Key())), _data, Now);

        Assert.Equal("2026a", ring.Current.Id);
        Assert.Null(ring.GeneratedKeyPath);
        Assert.NotNull(ring.Find(generated.Id));
    }

    [Fact]
    public void A_damaged_generated_key_file_stops_the_start_rather_than_being_replaced()
    {
        AuditKeyRing.Load(new AuditOptions(), _data, Now);
        File.WriteAllText(Path.Combine(_folder, "keys", AuditKeyRing.GeneratedKeyFile), "garbage");

        Assert.Contains("is damaged", Assert.Throws<ConfigurationProblem>(() => AuditKeyRing.Load(new AuditOptions(), _data, Now)).Message);
    }

    private static AuditOptions Options(params (string Id, string Key)[] keys) =>
        new() { Keys = keys.Select(k => new AuditKeyOptions { Id = k.Id, Key = k.Key }).ToList() };

    private static string Key() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
