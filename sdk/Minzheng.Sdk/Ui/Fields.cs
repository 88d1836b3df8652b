using Minzheng.Sdk.Access;

namespace Minzheng.Sdk.Ui;

/// <summary>What kind of value a column, a form field or a detail field holds: how it is shown and entered.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>Several lines of text.</summary>
    MultilineText,
    /// <summary>An 18-digit resident ID number (GB 11643); the shell checks its form and checksum before sending.</summary>
    IdNumber,
    /// <summary>A town or village of the caller's district, by its 9- or 12-digit code; shown by name.</summary>
    Division,
    /// <summary>A calendar date, sent as <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A moment, sent as ISO 8601; shown in Beijing time.</summary>
    DateTime,
    /// <summary>An amount of money in yuan (a decimal number), shown as ¥1,234.50.</summary>
    Money,
    /// <summary>A number.</summary>
    Number,
    /// <summary>One of a fixed set of values (<see cref="EnumOption"/>); shown by label, as a coloured tag when options have colours.</summary>
    Enum,
    /// <summary>Yes or no.</summary>
    Boolean,
    /// <summary>
    /// An uploaded file; a form with one is sent as <c>multipart/form-data</c> instead of JSON. In a column, a detail field
    /// or a table on a detail page, the value is the file's URL (as the API answers it) and is shown as a link that opens it.
    /// </summary>
    File,
}

/// <summary>One value of an <see cref="FieldType.Enum"/> field, and how staff see it.</summary>
/// <param name="Value">The value as the API sends and receives it.</param>
/// <param name="Label">What staff read.</param>
public sealed record EnumOption(string Value, string Label)
{
    /// <summary>A tag colour: <c>green</c>, <c>red</c>, <c>orange</c>, <c>blue</c>, <c>purple</c> or <c>default</c>.</summary>
    public string? Color { get; init; }
}

/// <summary>Where the choices of an <see cref="FieldType.Enum"/> form field are loaded from.</summary>
/// <param name="Endpoint">
/// A GET of the module, answering a JSON array of objects (or <c>{ "items": [...] }</c>). In an action's field its
/// <c>{placeholders}</c> are filled from the record the action acts on: <c>applications/{id}/checklist</c>.
/// </param>
/// <param name="Value">The property of each object that is the value sent.</param>
/// <param name="Label">The property of each object that staff read.</param>
/// <remarks>Since SDK 2.5.0.</remarks>
public sealed record OptionsSource(UiEndpoint Endpoint, string Value = "value", string Label = "label");

/// <summary>A field of a form, or of a list's search form.</summary>
/// <param name="Name">The property in the JSON body (or the query parameter of a search); validation errors use the same name.</param>
/// <param name="Label">What staff read.</param>
/// <param name="Type">How it is entered.</param>
public sealed record FormField(string Name, string Label, FieldType Type = FieldType.Text)
{
    /// <summary>Whether it must be filled in.</summary>
    public bool Required { get; init; }

    /// <summary>A regular expression (ECMAScript dialect) the whole value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>What to tell staff when <see cref="Pattern"/> does not match.</summary>
    public string? PatternMessage { get; init; }

    /// <summary>The longest text accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest number or amount accepted.</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest number or amount accepted.</summary>
    public decimal? Max { get; init; }

    /// <summary>The choices of an <see cref="FieldType.Enum"/> field.</summary>
    public IReadOnlyList<EnumOption> Options { get; init; } = [];

    /// <summary>
    /// For an <see cref="FieldType.Enum"/> field whose choices are configuration or data rather than code (a configured
    /// checklist, the district's schools): the GET that answers them, loaded when the form opens. Leave
    /// <see cref="Options"/> empty then.
    /// </summary>
    /// <remarks>Since SDK 2.5.0.</remarks>
    public OptionsSource? OptionsFrom { get; init; }

    /// <summary>For <see cref="FieldType.Division"/>: pick a town (<see cref="OrgLevel.Town"/>) or a village (<see cref="OrgLevel.Village"/>, the default).</summary>
    public OrgLevel DivisionLevel { get; init; } = OrgLevel.Village;

    /// <summary>For <see cref="FieldType.File"/>: accepted types, as in HTML (<c>.csv,.xlsx</c>).</summary>
    public string? Accept { get; init; }

    /// <summary>Hint shown in the empty input.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Help shown under the input.</summary>
    public string? Help { get; init; }

    /// <summary>The initial value, as the API would send it.</summary>
    public string? Default { get; init; }
}

/// <summary>A column of a list page.</summary>
/// <param name="Field">The property of each row (dots reach into nested objects: <c>applicant.name</c>).</param>
/// <param name="Title">The column's heading.</param>
/// <param name="Type">How values are shown.</param>
public sealed record Column(string Field, string Title, FieldType Type = FieldType.Text)
{
    /// <summary>Whether staff may sort by it (by the server when the list pages on the server).</summary>
    public bool Sortable { get; init; }

    /// <summary>Labels of an <see cref="FieldType.Enum"/> column.</summary>
    public IReadOnlyList<EnumOption> Options { get; init; } = [];

    /// <summary>Width in pixels; null to share the rest.</summary>
    public int? Width { get; init; }
}

/// <summary>A labelled value on a detail page or a printable view.</summary>
/// <param name="Field">The property of the record (dots reach into nested objects).</param>
/// <param name="Label">What staff read.</param>
/// <param name="Type">How the value is shown.</param>
public sealed record DetailField(string Field, string Label, FieldType Type = FieldType.Text)
{
    /// <summary>Labels of an <see cref="FieldType.Enum"/> field.</summary>
    public IReadOnlyList<EnumOption> Options { get; init; } = [];

    /// <summary>Whether it takes a whole row (long text).</summary>
    public bool Wide { get; init; }
}
