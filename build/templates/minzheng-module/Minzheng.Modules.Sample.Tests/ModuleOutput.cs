using System.Reflection;

namespace Minzheng.Modules.Sample.Tests;

// TEMPORARY until kit-testkit lands (ModuleTestHostOptions.AddModule<SampleModule>(), ModuleBuildOutputs.Of<SampleModule>()): delete this file then.
internal static class ModuleOutput
{
    private static readonly string Configuration =
        typeof(ModuleOutput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Folder
    {
        get
        {
            var folder = "";
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null && folder.Length == 0; directory = directory.Parent)
            {
                foreach (var project in new[] { "Minzheng.Modules.Sample", "modules/sample/Minzheng.Modules.Sample" })
                {
                    if (Directory.Exists(Path.Combine(directory.FullName, project)))
                    {
                        folder = Path.Combine(directory.FullName, project, "bin", Configuration, "net10.0");
                    }
                }
            }
            return File.Exists(Path.Combine(folder, "module.json")) ? folder : throw new InvalidOperationException($"示例模块 is not built at {folder}.");
        }
    }
}
