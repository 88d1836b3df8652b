using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Data;

/// <summary>A welfare status (低保, 特困, 低保边缘) a person held or holds.</summary>
internal sealed class WelfareRecord
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    [Sensitive]
    public WelfareKind Kind { get; set; }

    public DateOnly StartsOn { get; set; }

    /// <summary>Last day; null while it lasts.</summary>
    public DateOnly? EndsOn { get; set; }

    public WelfareStatus ToContract() => new(Kind, StartsOn, EndsOn);
}
