using System.Text.Json.Serialization;

namespace Minzheng.Sdk.Ui;

/// <summary>
/// A page of a module. The shell shows it at <c>/m/&lt;module id&gt;/&lt;page id&gt;</c>, and with a
/// record id (<c>/m/&lt;module&gt;/&lt;page&gt;/&lt;id&gt;</c>) for detail, edit and print pages.
/// Serialized with a <c>kind</c> property: <c>list</c>, <c>form</c>, <c>detail</c>, <c>dashboard</c> or <c>print</c>.
/// </summary>
/// <param name="Id">Lower-case id (<c>[a-z][a-z0-9-]*</c>), unique within the module.</param>
/// <param name="Title">The page's title, also its breadcrumb.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ListPage), "list")]
[JsonDerivedType(typeof(FormPage), "form")]
[JsonDerivedType(typeof(DetailPage), "detail")]
[JsonDerivedType(typeof(DashboardPage), "dashboard")]
[JsonDerivedType(typeof(PrintPage), "print")]
public abstract record UiPage(string Id, string Title)
{
    /// <summary>The permission needed to open the page; null for any staff member of a district that enables the module.</summary>
    public string? Permission { get; init; }
}

/// <summary>How a list is split into pages.</summary>
public enum Paging
{
    /// <summary>The endpoint answers with every matching row (a JSON array); the shell pages and sorts them.</summary>
    Client,
    /// <summary>
    /// The endpoint pages: it receives <c>page</c> (from 1), <c>pageSize</c>, <c>sort</c> and <c>order</c>
    /// (<c>asc</c>/<c>desc</c>) and answers <c>{ "items": [...], "total": n }</c>.
    /// </summary>
    Server,
}

/// <summary>The order a list starts in.</summary>
/// <param name="Field">The column's field.</param>
/// <param name="Descending">Largest (latest) first.</param>
public sealed record SortOrder(string Field, bool Descending = false);

/// <summary>A searchable, sortable, paged table of records.</summary>
/// <param name="Id">Page id.</param>
/// <param name="Title">Page title.</param>
/// <param name="Source">
/// The GET that answers the rows; search fields are sent as query parameters. With <c>{id}</c> the list belongs to one
/// record and is opened with its id (<c>"activities/{id}/sign-ups"</c>: an activity's sign-ups, opened from the
/// activity's page by an action with <c>OpenPage = "sign-ups/{id}"</c>; since SDK 2.2.0).
/// </param>
public sealed record ListPage(string Id, string Title, UiEndpoint Source) : UiPage(Id, Title)
{
    /// <summary>The table's columns.</summary>
    public IReadOnlyList<Column> Columns { get; init; } = [];

    /// <summary>The search form above the table; each field is sent as a query parameter of the same name.</summary>
    public IReadOnlyList<FormField> Search { get; init; } = [];

    /// <summary>The order the list starts in.</summary>
    public SortOrder? DefaultSort { get; init; }

    /// <summary>Who pages the list.</summary>
    public Paging Paging { get; init; } = Paging.Client;

    /// <summary>Rows per page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>The property that identifies a row.</summary>
    public string RowKey { get; init; } = "id";

    /// <summary>The property holding a row's state, for row actions limited to some states.</summary>
    public string? StatusField { get; init; }

    /// <summary>The page a row opens (usually a detail page), with <c>/{id}</c>: e.g. <c>"visit/{id}"</c>.</summary>
    public string? RowOpens { get; init; }

    /// <summary>Actions offered for each row.</summary>
    public IReadOnlyList<UiAction> RowActions { get; init; } = [];

    /// <summary>Actions above the table (e.g. 新建 opening a form, 导出 downloading).</summary>
    public IReadOnlyList<UiAction> Actions { get; init; } = [];
}

/// <summary>A form that creates or changes a record.</summary>
/// <param name="Id">Page id.</param>
/// <param name="Title">Page title.</param>
/// <param name="Submit">The endpoint the form is sent to (JSON; multipart when it has a file field).</param>
public sealed record FormPage(string Id, string Title, UiEndpoint Submit) : UiPage(Id, Title)
{
    /// <summary>The fields, in order.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>A GET that fills the form for editing (opened with a record id).</summary>
    public UiEndpoint? Load { get; init; }

    /// <summary>The submit button's text.</summary>
    public string SubmitText { get; init; } = "提交";

    /// <summary>The page to open after success, placeholders filled from the response (e.g. <c>"visit/{id}"</c>); null to go back.</summary>
    public string? AfterSubmit { get; init; }
}

/// <summary>Where a record's history is, for a status timeline.</summary>
/// <param name="Field">The record's property holding a list of steps.</param>
/// <param name="Time">The time property of a step.</param>
/// <param name="Title">What happened, per step.</param>
/// <param name="Actor">Who did it, per step.</param>
/// <param name="Note">A remark, per step (optional).</param>
public sealed record Timeline(string Field, string Time = "at", string Title = "title", string Actor = "by", string? Note = "note");

/// <summary>A group of fields on a detail page.</summary>
/// <param name="Title">The group's heading.</param>
/// <param name="Fields">Its fields.</param>
public sealed record DetailSection(string Title, IReadOnlyList<DetailField> Fields);

/// <summary>
/// Records related to the one a detail page shows (an outlet's inspections, an organisation's certificates), as a table
/// under its sections. The rows are a property of the record itself: the record's GET answers them, so the page needs
/// no second request and shows them as they were when it was read.
/// </summary>
/// <param name="Title">The table's heading.</param>
/// <param name="Field">The record's property holding the rows (an array; dots reach into nested objects).</param>
/// <param name="Columns">The table's columns, read from each row.</param>
/// <remarks>Since SDK 2.5.0.</remarks>
public sealed record DetailTable(string Title, string Field, IReadOnlyList<Column> Columns)
{
    /// <summary>The page a row opens, placeholders filled from the row: e.g. <c>"inspection/{id}"</c>; null for none.</summary>
    public string? RowOpens { get; init; }

    /// <summary>What the table says when there are no rows.</summary>
    public string EmptyText { get; init; } = "暂无";
}

/// <summary>One record: its fields, its status and history, and the workflow actions open to it.</summary>
/// <param name="Id">Page id.</param>
/// <param name="Title">Page title.</param>
/// <param name="Source">The GET that answers the record, with <c>{id}</c>.</param>
public sealed record DetailPage(string Id, string Title, UiEndpoint Source) : UiPage(Id, Title)
{
    /// <summary>The record's fields, in groups.</summary>
    public IReadOnlyList<DetailSection> Sections { get; init; } = [];

    /// <summary>Related records, each a table under the sections (since SDK 2.5.0).</summary>
    public IReadOnlyList<DetailTable> Tables { get; init; } = [];

    /// <summary>The property holding the record's state (workflow actions are offered by it).</summary>
    public string? StatusField { get; init; }

    /// <summary>The states and their labels and colours.</summary>
    public IReadOnlyList<EnumOption> Statuses { get; init; } = [];

    /// <summary>The record's history, shown as a timeline.</summary>
    public Timeline? Timeline { get; init; }

    /// <summary>Workflow actions: each shown when the caller holds its permission and the record is in one of its states.</summary>
    public IReadOnlyList<UiAction> Actions { get; init; } = [];
}

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    /// <summary>Bars, one per label.</summary>
    Bar,
    /// <summary>A line through the values, in order.</summary>
    Line,
    /// <summary>Shares of a whole.</summary>
    Pie,
}

/// <summary>A figure on a dashboard.</summary>
/// <param name="Title">What it counts.</param>
/// <param name="Field">The property of the dashboard's data holding the number.</param>
/// <param name="Type"><see cref="FieldType.Number"/> or <see cref="FieldType.Money"/>.</param>
public sealed record StatCard(string Title, string Field, FieldType Type = FieldType.Number)
{
    /// <summary>A unit after the number (人, 户, 件).</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// A line under the figure, placeholders in braces filled from the dashboard's data: where a share's denominator
    /// comes from, the plan's target (<c>"目标 {shareTarget}（{sharePlan}）"</c>). Since SDK 2.3.0.
    /// </summary>
    public string? Caption { get; init; }
}

/// <summary>A chart on a dashboard.</summary>
/// <param name="Title">What it shows.</param>
/// <param name="Field">The property of the dashboard's data holding a list of <c>{ "label": ..., "value": n }</c>.</param>
/// <param name="Kind">How it is drawn.</param>
public sealed record Chart(string Title, string Field, ChartKind Kind = ChartKind.Bar);

/// <summary>Figures and charts from one endpoint.</summary>
/// <param name="Id">Page id.</param>
/// <param name="Title">Page title.</param>
/// <param name="Source">The GET that answers one object holding every card's and chart's data.</param>
public sealed record DashboardPage(string Id, string Title, UiEndpoint Source) : UiPage(Id, Title)
{
    /// <summary>The figures, in a row.</summary>
    public IReadOnlyList<StatCard> Cards { get; init; } = [];

    /// <summary>The charts, below.</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];
}

/// <summary>A document to print (a certificate, a receipt, a roster), laid out for A4 paper.</summary>
/// <param name="Id">Page id.</param>
/// <param name="Title">Page title (also the browser's print title).</param>
/// <param name="Source">The GET that answers the record, with <c>{id}</c> when opened for one.</param>
public sealed record PrintPage(string Id, string Title, UiEndpoint Source) : UiPage(Id, Title)
{
    /// <summary>The document's heading; placeholders in braces are filled from the record.</summary>
    public string Heading { get; init; } = "";

    /// <summary>The document's content, top to bottom.</summary>
    public IReadOnlyList<PrintBlock> Blocks { get; init; } = [];

    /// <summary>Print across the page (wide rosters).</summary>
    public bool Landscape { get; init; }
}

/// <summary>
/// A part of a printable document. Serialized with a <c>kind</c> property: <c>text</c>, <c>fields</c>,
/// <c>table</c> or <c>signatures</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PrintText), "text")]
[JsonDerivedType(typeof(PrintFields), "fields")]
[JsonDerivedType(typeof(PrintTable), "table")]
[JsonDerivedType(typeof(PrintSignatures), "signatures")]
[JsonDerivedType(typeof(PrintQrCode), "qr")]
public abstract record PrintBlock;

/// <summary>A paragraph; placeholders in braces are filled from the record (<c>"兹证明{name}……"</c>).</summary>
/// <param name="Template">The text.</param>
public sealed record PrintText(string Template) : PrintBlock;

/// <summary>Labelled values in a grid.</summary>
/// <param name="Fields">The values.</param>
public sealed record PrintFields(IReadOnlyList<DetailField> Fields) : PrintBlock;

/// <summary>A table of the record's list property (a roster's rows, a receipt's items).</summary>
/// <param name="Field">The property holding the rows; empty for a record that is itself a list.</param>
/// <param name="Columns">The columns.</param>
public sealed record PrintTable(string Field, IReadOnlyList<Column> Columns) : PrintBlock;

/// <summary>Lines to sign and stamp at the end (经办人, 审核人, 盖章).</summary>
/// <param name="Labels">One line each.</param>
public sealed record PrintSignatures(IReadOnlyList<string> Labels) : PrintBlock;

/// <summary>
/// A QR code of a link the record holds (a certificate's verification page, an activity's check-in page), with a
/// caption under it. Since SDK 2.2.0.
/// </summary>
/// <param name="Field">The property holding the absolute URL.</param>
/// <param name="Caption">What the reader is told to do with it (扫码核验).</param>
public sealed record PrintQrCode(string Field, string Caption) : PrintBlock;
