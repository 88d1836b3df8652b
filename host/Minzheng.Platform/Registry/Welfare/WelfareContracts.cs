using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Welfare;

/// <summary>Records a welfare status.</summary>
/// <param name="Kind">低保, 特困, 低保边缘 (or the code names).</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day, not before the first; null while it lasts.</param>
internal sealed record AddWelfareRequest(string? Kind, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>Ends a welfare status that is still open.</summary>
internal sealed record EndWelfareRequest(DateOnly? EndsOn);

/// <summary>A welfare status as staff see it.</summary>
/// <param name="HoldsToday">Whether it holds today.</param>
internal sealed record WelfareView(Guid Id, WelfareKind Kind, DateOnly StartsOn, DateOnly? EndsOn, bool HoldsToday);
