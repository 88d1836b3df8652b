using System.Text.RegularExpressions;
using Minzheng.Sdk.Access;

namespace Minzheng.Sdk.Ui;

/// <summary>The rules a <see cref="ModuleUi"/> must keep for the shell to render it.</summary>
internal static partial class UiDescriptionRules
{
    private static readonly HashSet<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex PageId();

    public static IReadOnlyList<string> Check(ModuleUi ui, IEnumerable<string> declaredPermissions)
    {
        var problems = new List<string>();
        var permissions = declaredPermissions.Concat(PlatformPermissions.All.Select(p => p.Name)).Append(PlatformPermissions.Self).ToHashSet();
        var pages = new Dictionary<string, UiPage>();

        foreach (var page in ui.Pages)
        {
            var where = $"page '{page.Id}'";
            if (string.IsNullOrEmpty(page.Id) || !PageId().IsMatch(page.Id)) problems.Add($"{where}: an id must match [a-z][a-z0-9-]*");
            else if (!pages.TryAdd(page.Id, page)) problems.Add($"{where}: the id is used twice");
            if (string.IsNullOrWhiteSpace(page.Title)) problems.Add($"{where}: has no title");
            CheckPermission(page.Permission, where);
            switch (page)
            {
                case ListPage list:
                    CheckEndpoint(list.Source, where, mustRead: true);
                    if (list.Columns.Count == 0) problems.Add($"{where}: a list needs columns");
                    foreach (var column in list.Columns) CheckShown(column.Field, column.Type, column.Options, $"{where} column '{column.Field}'");
                    foreach (var field in list.Search) CheckField(field, $"{where} search field '{field.Name}'");
                    if (list.PageSize is < 1 or > 500) problems.Add($"{where}: page size must be 1 to 500");
                    if (list.DefaultSort is { } sort && list.Columns.All(c => c.Field != sort.Field)) problems.Add($"{where}: sorts by '{sort.Field}', which is not a column");
                    foreach (var action in list.RowActions.Concat(list.Actions)) CheckAction(action, where);
                    break;
                case FormPage form:
                    CheckEndpoint(form.Submit, where, mustRead: false);
                    if (form.Load is not null) CheckEndpoint(form.Load, where + " load", mustRead: true);
                    if (form.Fields.Count == 0) problems.Add($"{where}: a form needs fields");
                    foreach (var field in form.Fields) CheckField(field, $"{where} field '{field.Name}'");
                    if (form.Fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } twice) problems.Add($"{where}: field '{twice.Key}' appears twice");
                    break;
                case DetailPage detail:
                    CheckEndpoint(detail.Source, where, mustRead: true);
                    foreach (var field in detail.Sections.SelectMany(s => s.Fields)) CheckShown(field.Field, field.Type, field.Options, $"{where} field '{field.Field}'");
                    foreach (var table in detail.Tables)
                    {
                        var at = $"{where} table '{table.Title}'";
                        if (string.IsNullOrWhiteSpace(table.Title) || string.IsNullOrWhiteSpace(table.Field)) problems.Add($"{at}: needs a title and a field");
                        if (table.Columns.Count == 0) problems.Add($"{at}: a table needs columns");
                        foreach (var column in table.Columns) CheckShown(column.Field, column.Type, column.Options, $"{at} column '{column.Field}'");
                    }
                    if (detail.Actions.Any(a => a.AllowedStates.Count > 0) && detail.StatusField is null) problems.Add($"{where}: actions limited to states need a StatusField");
                    foreach (var action in detail.Actions) CheckAction(action, where);
                    break;
                case DashboardPage dashboard:
                    CheckEndpoint(dashboard.Source, where, mustRead: true);
                    if (dashboard.Cards.Count + dashboard.Charts.Count == 0) problems.Add($"{where}: a dashboard needs cards or charts");
                    break;
                case PrintPage print:
                    CheckEndpoint(print.Source, where, mustRead: true);
                    if (print.Blocks.Count == 0) problems.Add($"{where}: a printable view needs content");
                    break;
            }
        }

        // Targets are checked once every page is known: pages may refer to pages described after them.
        foreach (var page in ui.Pages)
        {
            var where = $"page '{page.Id}'";
            switch (page)
            {
                case ListPage list:
                    CheckTarget(list.RowOpens, where);
                    foreach (var action in list.RowActions.Concat(list.Actions)) CheckTarget(action.OpenPage, $"{where} action '{action.Id}'");
                    break;
                case FormPage form:
                    CheckTarget(form.AfterSubmit, where);
                    break;
                case DetailPage detail:
                    foreach (var action in detail.Actions) CheckTarget(action.OpenPage, $"{where} action '{action.Id}'");
                    foreach (var table in detail.Tables) CheckTarget(table.RowOpens, $"{where} table '{table.Title}'");
                    break;
            }
        }
        CheckMenu(ui.Menu, "menu");
        return problems;

        void CheckMenu(IReadOnlyList<MenuEntry> entries, string where)
        {
            foreach (var entry in entries)
            {
                var at = $"{where} entry '{entry.Title}'";
                if (string.IsNullOrWhiteSpace(entry.Title)) problems.Add($"{where}: an entry has no title");
                CheckPermission(entry.Permission, at);
                if (entry.Route is null && entry.Children.Count == 0) problems.Add($"{at}: opens no page and has no children");
                if (entry.Route is not null && entry.Children.Count > 0) problems.Add($"{at}: either opens a page or groups entries, not both");
                CheckTarget(entry.Route, at);
                CheckMenu(entry.Children, at);
            }
        }

        void CheckTarget(string? route, string where)
        {
            if (route is null) return;
            var pageId = route.Split('/')[0];
            if (!pages.ContainsKey(pageId)) problems.Add($"{where}: opens page '{pageId}', which is not described");
        }

        void CheckPermission(string? permission, string where)
        {
            if (permission is not null && !permissions.Contains(permission)) problems.Add($"{where}: permission '{permission}' is not declared in module.json");
        }

        void CheckEndpoint(UiEndpoint endpoint, string where, bool mustRead)
        {
            if (!Methods.Contains(endpoint.Method)) problems.Add($"{where}: method '{endpoint.Method}' is not one of GET, POST, PUT, PATCH, DELETE");
            if (mustRead && endpoint.Method != "GET") problems.Add($"{where}: reads with {endpoint.Method}; a page reads with GET");
            if (endpoint.Path.StartsWith('/') || endpoint.Path.Contains("..", StringComparison.Ordinal) || endpoint.Path.Contains("://", StringComparison.Ordinal) || endpoint.Path.Contains('?'))
            {
                problems.Add($"{where}: endpoint '{endpoint.Path}' must be a path relative to the module's API root, without '..' or a query");
            }
        }

        void CheckField(FormField field, string where)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Label)) problems.Add($"{where}: needs a name and a label");
            if (field.Type == FieldType.Enum && field.Options.Count == 0 && field.OptionsFrom is null) problems.Add($"{where}: an enum field needs options or an OptionsFrom endpoint");
            if (field.OptionsFrom is { } source)
            {
                if (field.Type != FieldType.Enum) problems.Add($"{where}: only an enum field loads its options");
                if (field.Options.Count > 0) problems.Add($"{where}: has both options and an OptionsFrom endpoint");
                CheckEndpoint(source.Endpoint, $"{where} options", mustRead: true);
                if (string.IsNullOrWhiteSpace(source.Value) || string.IsNullOrWhiteSpace(source.Label)) problems.Add($"{where}: OptionsFrom needs a value and a label property");
            }
            if (field.Type == FieldType.Division && field.DivisionLevel == OrgLevel.District) problems.Add($"{where}: a division field picks a town or a village");
            if (field.Pattern is not null)
            {
                try
                {
                    _ = new Regex(field.Pattern);
                }
                catch (ArgumentException)
                {
                    problems.Add($"{where}: pattern '{field.Pattern}' is not a regular expression");
                }
            }
        }

        void CheckShown(string field, FieldType type, IReadOnlyList<EnumOption> options, string where)
        {
            if (string.IsNullOrWhiteSpace(field)) problems.Add($"{where}: needs a field");
            if (type == FieldType.Enum && options.Count == 0) problems.Add($"{where}: an enum needs options for its labels");
        }

        void CheckAction(UiAction action, string where)
        {
            var at = $"{where} action '{action.Id}'";
            CheckPermission(action.Permission, at);
            if ((action.Endpoint is null) == (action.OpenPage is null)) problems.Add($"{at}: calls an endpoint or opens a page (exactly one of them)");
            if (action.Endpoint is not null) CheckEndpoint(action.Endpoint, at, mustRead: false);
            // A deletion cannot be undone: staff must be asked first.
            if (action.Endpoint?.Method == "DELETE" && string.IsNullOrWhiteSpace(action.Confirm)) problems.Add($"{at}: deletes without asking; give it a Confirm text");
            foreach (var field in action.Fields) CheckField(field, $"{at} field '{field.Name}'");
        }
    }
}
