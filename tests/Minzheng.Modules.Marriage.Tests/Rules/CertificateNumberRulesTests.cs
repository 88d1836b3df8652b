using Minzheng.Modules.Marriage.Certificates;

namespace Minzheng.Modules.Marriage.Tests.Rules;

public sealed class CertificateNumberRulesTests
{
    [Theory]
    [InlineData(CertificateKind.Marriage, "J500110-2026-000001")]
    [InlineData(CertificateKind.Divorce, "L500110-2026-000001")]
    [InlineData(CertificateKind.MarriageReissue, "BJ500110-2026-000001")]
    [InlineData(CertificateKind.DivorceReissue, "BL500110-2026-000001")]
    public void Numbers_have_the_prefix_office_year_and_six_digit_sequence(CertificateKind kind, string expected)
    {
        Assert.Equal(expected, CertificateNumberRules.Format(kind, "500110", 2026, 1));
        Assert.True(CertificateNumberRules.TryParse(expected, out var k, out var office, out var year, out var sequence));
        Assert.Equal((kind, "500110", 2026, 1), (k, office, year, sequence));
    }

    [Fact]
    public void The_largest_sequence_fits_and_the_next_does_not()
    {
        Assert.Equal("J500110-2026-999999", CertificateNumberRules.Format(CertificateKind.Marriage, "500110", 2026, 999_999));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumberRules.Format(CertificateKind.Marriage, "500110", 2026, 1_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumberRules.Format(CertificateKind.Marriage, "500110", 2026, 0));
        Assert.Throws<ArgumentException>(() => CertificateNumberRules.Format(CertificateKind.Marriage, "50011", 2026, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("X500110-2026-000001")]
    [InlineData("J500110-2026-00001")]
    [InlineData("J500110-26-000001")]
    [InlineData("J500110-2026-000000")]
    [InlineData("J5001A0-2026-000001")]
    public void Anything_else_is_not_a_number(string text) =>
        Assert.False(CertificateNumberRules.TryParse(text, out _, out _, out _, out _));
}
