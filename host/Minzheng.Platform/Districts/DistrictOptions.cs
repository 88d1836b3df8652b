namespace Minzheng.Platform.Districts;

/// <summary>One entry of <c>Minzheng:Districts</c> in configuration.</summary>
public sealed class DistrictOptions
{
    /// <summary>Id, lower case letters, digits and dashes (e.g. <c>wansheng</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>Name, e.g. 万盛经开区.</summary>
    public string Name { get; set; } = "";

    /// <summary>6-digit GB/T 2260 code its divisions are coded under.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>CSV of its divisions (<c>code,name,level,parent_code</c>), relative to the host's content root.</summary>
    public string DivisionsFile { get; set; } = "";

    /// <summary>Ids of the modules enabled when the district is first served.</summary>
    public List<string> Modules { get; set; } = [];
}
