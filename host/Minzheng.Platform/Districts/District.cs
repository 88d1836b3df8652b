namespace Minzheng.Platform.Districts;

/// <summary>A district this deployment serves, with its towns and villages.</summary>
/// <param name="Id">Configured id (lower case), used in data paths and by staff accounts.</param>
/// <param name="Name">Name, e.g. 万盛经开区.</param>
/// <param name="DivisionCode">The GB/T 2260 code its divisions are coded under (6 digits).</param>
/// <param name="Towns">Its towns and streets (镇街), each with its villages (村居).</param>
/// <param name="ConfiguredModules">The modules configuration enables (run-time changes are kept apart).</param>
public sealed record District(string Id, string Name, string DivisionCode, IReadOnlyList<Town> Towns, IReadOnlyList<string> ConfiguredModules)
{
    /// <summary>The name of one of its towns (9-digit code) or villages (12-digit code); null for any other code.</summary>
    public string? NameOf(string? code) => code?.Length switch
    {
        9 => Towns.FirstOrDefault(t => t.Code == code)?.Name,
        12 => Towns.FirstOrDefault(t => code.StartsWith(t.Code, StringComparison.Ordinal))?.Villages.FirstOrDefault(v => v.Code == code)?.Name,
        _ => null,
    };
}

/// <summary>镇/街道.</summary>
/// <param name="Code">9-digit code.</param>
/// <param name="Name">Name.</param>
/// <param name="Villages">Its villages and communities.</param>
public sealed record Town(string Code, string Name, IReadOnlyList<Village> Villages);

/// <summary>村/居委会.</summary>
/// <param name="Code">12-digit code.</param>
/// <param name="Name">Name.</param>
public sealed record Village(string Code, string Name);
