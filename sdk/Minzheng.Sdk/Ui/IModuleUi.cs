namespace Minzheng.Sdk.Ui;

/// <summary>
/// Optional: describes a module's pages so that the staff web UI renders them without any front-end
/// code of the module's own. The host looks for one public, non-abstract implementation with a
/// parameterless constructor in the module's assembly and calls <see cref="Describe"/> once, at start-up.
/// </summary>
/// <remarks>
/// The host serves the description to each caller filtered by the district's enabled modules and the
/// caller's permissions (<c>GET /api/platform/ui</c>). A description that breaks the rules of
/// <see cref="ModuleUi.Problems"/> is left out of the UI and the host logs why; test yours with that method.
/// </remarks>
public interface IModuleUi
{
    /// <summary>The module's menu entries and pages.</summary>
    ModuleUi Describe();
}
