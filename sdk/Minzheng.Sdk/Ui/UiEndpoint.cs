namespace Minzheng.Sdk.Ui;

/// <summary>
/// One of the module's own endpoints, which a page reads from or an action calls. The path is relative
/// to the module's API root (<c>/api/&lt;module id&gt;/</c>) and may hold placeholders in braces, filled from
/// the current record (e.g. <c>"visits/{id}/approve"</c>); the page's own record id is <c>{id}</c>.
/// </summary>
/// <param name="Method">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Path">Relative path, without a leading slash; empty for the module's API root.</param>
public sealed record UiEndpoint(string Method, string Path)
{
    /// <summary>A GET of <paramref name="path"/>.</summary>
    public static UiEndpoint Get(string path) => new("GET", path);

    /// <summary>A POST to <paramref name="path"/>.</summary>
    public static UiEndpoint Post(string path) => new("POST", path);

    /// <summary>A PUT to <paramref name="path"/>.</summary>
    public static UiEndpoint Put(string path) => new("PUT", path);

    /// <summary>A PATCH of <paramref name="path"/>.</summary>
    public static UiEndpoint Patch(string path) => new("PATCH", path);

    /// <summary>A DELETE of <paramref name="path"/>.</summary>
    public static UiEndpoint Delete(string path) => new("DELETE", path);
}
