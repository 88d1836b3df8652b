namespace Minzheng.Sdk.Registry;

/// <summary>
/// Which residents <see cref="IResidentRegistry.ListAsync"/> hands out; the caller's district and scope
/// always apply on top.
/// </summary>
/// <param name="DivisionPrefix">Only residents whose village code starts with this (a town's 9 digits,
/// a village's 12); null for the whole scope.</param>
/// <param name="Status">Only residents in this status; null for any.</param>
/// <param name="WithDisabilityCertificate">Only residents who hold or held a disability certificate.</param>
/// <param name="WithWelfareStatus">Only residents who hold or held a welfare status.</param>
public sealed record ResidentFilter(
    string? DivisionPrefix = null,
    ResidentStatus? Status = null,
    bool WithDisabilityCertificate = false,
    bool WithWelfareStatus = false);
