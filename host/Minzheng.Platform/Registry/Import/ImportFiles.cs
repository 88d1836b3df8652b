using Minzheng.Platform.Data;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Where uploaded files wait for the worker: <c>data/&lt;district&gt;/imports/&lt;id&gt;.csv|xlsx</c>,
/// beside the district's databases, deleted once the import ends.
/// </summary>
internal sealed class ImportFiles(DataFolder folder)
{
    public string PathOf(string districtId, Guid importId, ImportFormat format)
    {
        var directory = Path.Combine(folder.Path, districtId, "imports");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{importId:N}.{format.ToString().ToLowerInvariant()}");
    }

    public void Delete(string districtId, Guid importId, ImportFormat format)
    {
        try
        {
            File.Delete(PathOf(districtId, importId, format));
        }
        catch (IOException)
        {
            // Left behind; it holds nothing the registry does not hold, and the next clean-up takes it.
        }
    }
}
