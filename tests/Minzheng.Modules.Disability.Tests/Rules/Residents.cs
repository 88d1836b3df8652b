using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Rules;

/// <summary>Synthetic registry records for the rule tests.</summary>
internal static class Residents
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly IdNumber Id = IdNumber.Parse(SyntheticIds.IdNumberOf(new DateOnly(1970, 3, 1), 123), Today);

    public static DisabilityCertificate Certificate(DisabilityCategory category = DisabilityCategory.Physical, int grade = 1,
        DateOnly? issued = null, DateOnly? validUntil = null) =>
        new($"{Id.Value}{(int)category}{grade}", category, grade, issued ?? new DateOnly(2020, 1, 1), validUntil ?? new DateOnly(2030, 1, 1));

    public static WelfareStatus Dibao(DateOnly? from = null, DateOnly? to = null) => new(WelfareKind.MinimumLivingAllowance, from ?? new DateOnly(2025, 1, 1), to);

    public static ResidentRecord With(
        IEnumerable<DisabilityCertificate>? certificates = null, IEnumerable<WelfareStatus>? welfare = null,
        ResidentStatus status = ResidentStatus.Alive, DateOnly? statusDate = null) =>
        new(Guid.NewGuid(), Id, "张三", HukouType.Rural, "500110004001", status, statusDate,
            (certificates ?? [Certificate()]).ToList(), (welfare ?? [Dibao()]).ToList());
}
