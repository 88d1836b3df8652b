namespace Minzheng.Sdk.Ui;

/// <summary>
/// A button: on a list (for each row, or above it), or on a detail page (a workflow step). It calls
/// one of the module's endpoints (<see cref="Endpoint"/>) or opens a page (<see cref="OpenPage"/>).
/// </summary>
/// <param name="Id">Unique among the page's actions.</param>
/// <param name="Title">The button's text.</param>
public sealed record UiAction(string Id, string Title)
{
    /// <summary>The endpoint to call; placeholders are filled from the record.</summary>
    public UiEndpoint? Endpoint { get; init; }

    /// <summary>The page to open instead: a page id, optionally with <c>/{field}</c> for the record (<c>"visit-print/{id}"</c>).</summary>
    public string? OpenPage { get; init; }

    /// <summary>The permission needed to see the action. The endpoint checks it again.</summary>
    public string? Permission { get; init; }

    /// <summary>
    /// The states of the record (<see cref="DetailPage.StatusField"/>, or the row's) in which the action
    /// is offered; empty for any state. The endpoint must refuse it in other states all the same.
    /// </summary>
    public IReadOnlyList<string> AllowedStates { get; init; } = [];

    /// <summary>A question staff must confirm before the call, naming what cannot be undone. Required for irreversible actions.</summary>
    public string? Confirm { get; init; }

    /// <summary>Shown as a dangerous action (red).</summary>
    public bool Danger { get; init; }

    /// <summary>Input asked for before the call (e.g. a reason), sent as the JSON body.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>
    /// The endpoint answers with a file (an export, a report) that the browser saves. Above a list, a GET download is
    /// sent with the list's current search as query parameters, so that the file holds what staff filtered (since SDK 2.3.0).
    /// </summary>
    public bool Download { get; init; }
}
