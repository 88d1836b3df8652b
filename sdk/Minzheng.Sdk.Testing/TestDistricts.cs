namespace Minzheng.Sdk.Testing;

/// <summary>
/// The districts a test host serves unless told otherwise: two districts with the same real towns of
/// 万盛经开区 (so cross-district tests have a second district to fail against).
/// </summary>
public static class TestDistricts
{
    /// <summary>Id of the first test district.</summary>
    public const string First = "district-a";

    /// <summary>Id of the second test district.</summary>
    public const string Second = "district-b";

    /// <summary>The GB/T 2260 code the test districts' divisions are coded under.</summary>
    public const string DivisionCode = "500110";

    /// <summary>万盛街道.</summary>
    public const string TownWansheng = "500110004";

    /// <summary>东林街道.</summary>
    public const string TownDonglin = "500110005";

    /// <summary>A village (community) of 万盛街道.</summary>
    public const string VillageOfWansheng = "500110004001";

    /// <summary>A village (community) of 东林街道.</summary>
    public const string VillageOfDonglin = "500110005001";

    /// <summary>The divisions file both test districts use.</summary>
    internal const string DivisionsCsv = """
        code,name,level,parent_code
        500110004,万盛街道,town,500110
        500110005,东林街道,town,500110
        500110004001,万新社区,village,500110004
        500110004002,万兴社区,village,500110004
        500110005001,东林社区,village,500110005
        500110005002,新华社区,village,500110005
        """;
}
