using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>Reads a place's coordinates from a request, each error on its own field (an outlet's and a school's forms).</summary>
internal static class CoordinateFields
{
    /// <summary>The point of <paramref name="latitude"/> and <paramref name="longitude"/>; a missing or off-earth one is an error on its field.</summary>
    public static GeoPoint Coordinates(this FieldErrors errors, double? latitude, double? longitude)
    {
        if (latitude is not (>= -90 and <= 90)) errors.Add("latitude", "请填写有效的纬度（−90至90，万盛约为28.9）");
        if (longitude is not (>= -180 and <= 180)) errors.Add("longitude", "请填写有效的经度（−180至180，万盛约为106.9）");
        return new GeoPoint(latitude ?? double.NaN, longitude ?? double.NaN);
    }
}
