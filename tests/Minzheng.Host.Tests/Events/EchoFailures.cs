using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Events;

/// <summary>The echo fixture's handler failures, switched on by a test.</summary>
internal static class EchoFailures
{
    /// <summary>
    /// <c>NoteCreatedHandler.FailuresToSimulate</c> as loaded by <paramref name="host"/>: the plugin lives in its own load
    /// context, so the test assembly cannot name the type directly.
    /// </summary>
    public static FieldInfo Switch(ModuleTestHost host)
    {
        var assembly = host.Services.GetRequiredService<ModuleCatalog>().FindLoaded("echo")!.Assembly!;
        var handler = assembly.GetType("Minzheng.Fixtures.Echo.NoteCreatedHandler", throwOnError: true)!;
        return handler.GetField("FailuresToSimulate", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("NoteCreatedHandler.FailuresToSimulate not found");
    }
}
