// The MSBuild task behind Minzheng.Sdk.targets, compiled by MSBuild's RoslynCodeTaskFactory when a module
// builds; not part of the SDK assembly. It runs inside MSBuild (the dotnet CLI's or Visual Studio's), where
// only netstandard is there to compile against: hence the small JSON reader below instead of System.Text.Json.
// It reads what the host's manifest reader accepts (comments, trailing commas).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Writes a module's permission constants from its module.json: one <c>public const string</c> per declared
/// permission, named by PascalCasing what follows "&lt;id&gt;." (<c>marriage.read</c> → <c>Read</c>,
/// <c>disability.roster.approve</c> → <c>RosterApprove</c>), its displayName as the summary, and <c>All</c>.
/// </summary>
public sealed class MinzhengGeneratePermissions : Task
{
    /// <summary>The module's module.json.</summary>
    [Required]
    public string Manifest { get; set; } = "";

    /// <summary>The namespace of the generated class (the project's RootNamespace).</summary>
    [Required]
    public string Namespace { get; set; } = "";

    /// <summary>The generated class's name, e.g. MarriagePermissions.</summary>
    [Required]
    public string ClassName { get; set; } = "";

    /// <summary>The C# file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    public override bool Execute()
    {
        JsonNode root;
        try
        {
            root = new JsonReader(File.ReadAllText(Manifest)).ReadDocument();
        }
        catch (JsonError e)
        {
            return Fail("MZSDK001", e.Line, e.Column, "module.json is not valid JSON: " + e.Message + ".");
        }
        if (root.Kind != JsonKind.Object)
        {
            return Fail("MZSDK001", root.Line, root.Column, "module.json must be an object with id, displayName, version, sdk, assembly and permissions.");
        }
        var id = root.Member("id");
        if (id == null || id.Kind != JsonKind.String || id.Text.Length == 0)
        {
            return Fail("MZSDK002", (id ?? root).Line, (id ?? root).Column, "module.json has no \"id\": give the module's id as a string, e.g. \"marriage\".");
        }
        if (!IsIdentifier(ClassName))
        {
            return Fail("MZSDK004", 0, 0, "the permissions class name '" + ClassName + "' is not a C# name: set MinzhengPermissionsClass in the project.");
        }

        var permissions = root.Member("permissions");
        var constants = new List<KeyValuePair<string, JsonNode[]>>();
        if (permissions != null && permissions.Kind != JsonKind.Array)
        {
            return Fail("MZSDK002", permissions.Line, permissions.Column, "\"permissions\" must be an array of { \"name\", \"displayName\" } objects.");
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var permission in permissions != null ? permissions.Items : new List<JsonNode>())
        {
            var name = permission.Kind == JsonKind.Object ? permission.Member("name") : null;
            var displayName = permission.Kind == JsonKind.Object ? permission.Member("displayName") : null;
            if (name == null || name.Kind != JsonKind.String || displayName == null || displayName.Kind != JsonKind.String || displayName.Text.Trim().Length == 0)
            {
                return Fail("MZSDK002", permission.Line, permission.Column, "each permission must be an object with a string \"name\" and a non-empty \"displayName\".");
            }
            var prefix = id.Text + ".";
            if (!name.Text.StartsWith(prefix, StringComparison.Ordinal) || name.Text.Length == prefix.Length)
            {
                return Fail("MZSDK003", name.Line, name.Column, "permission '" + name.Text + "' must start with the module id and a dot ('" + prefix + "<action>').");
            }
            var constant = ConstantName(name.Text.Substring(prefix.Length));
            if (!IsIdentifier(constant) || constant == "All" || constant == ClassName)
            {
                return Fail("MZSDK004", name.Line, name.Column, "permission '" + name.Text + "' gives the C# name '" + constant + "', which cannot be used: name it with letters and digits after the id (e.g. '" + prefix + "read').");
            }
            string taken;
            if (names.TryGetValue(constant, out taken))
            {
                return Fail("MZSDK004", name.Line, name.Column, "permissions '" + taken + "' and '" + name.Text + "' both give the C# name '" + constant + "': rename one.");
            }
            names.Add(constant, name.Text);
            constants.Add(new KeyValuePair<string, JsonNode[]>(constant, new[] { name, displayName }));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile)));
        File.WriteAllText(OutputFile, Render(id.Text, constants), new UTF8Encoding(false));
        return true;
    }

    private string Render(string id, List<KeyValuePair<string, JsonNode[]>> constants)
    {
        var code = new StringBuilder();
        code.Append("// <auto-generated>\n// Written by Minzheng.Sdk from module.json before every compile that needs it: edit module.json, not this file.\n// </auto-generated>\n");
        code.Append("#nullable enable\n\nnamespace ").Append(Namespace).Append("\n{\n");
        code.Append("    /// <summary>The permissions module '").Append(Xml(id)).Append("' declares in module.json, the one place they are written.</summary>\n");
        code.Append("    public static partial class ").Append(ClassName).Append("\n    {\n");
        foreach (var constant in constants)
        {
            code.Append("        /// <summary>").Append(Xml(constant.Value[1].Text)).Append("</summary>\n");
            code.Append("        public const string ").Append(constant.Key).Append(" = \"").Append(constant.Value[0].Text.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\";\n\n");
        }
        code.Append("        /// <summary>Every permission module.json declares, in its order.</summary>\n");
        code.Append("        public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } =\n");
        code.Append("            global::System.Array.AsReadOnly(new string[] { ");
        for (var i = 0; i < constants.Count; i++)
        {
            code.Append(i == 0 ? "" : ", ").Append(constants[i].Key);
        }
        code.Append(" });\n    }\n}\n");
        return code.ToString();
    }

    private static string ConstantName(string action)
    {
        var name = new StringBuilder();
        foreach (var part in action.Split('.', '-', '_'))
        {
            if (part.Length > 0)
            {
                name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
        }
        return name.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private bool Fail(string code, int line, int column, string message)
    {
        Log.LogError(null, code, null, Manifest, line, column, 0, 0, message);
        return false;
    }
}

internal enum JsonKind { Object, Array, String, Number, True, False, Null }

/// <summary>A JSON value and where it starts in the file (1-based), for errors that point at it.</summary>
internal sealed class JsonNode
{
    public JsonKind Kind;
    public string Text = "";
    public readonly List<KeyValuePair<string, JsonNode>> Members = new List<KeyValuePair<string, JsonNode>>();
    public readonly List<JsonNode> Items = new List<JsonNode>();
    public int Line;
    public int Column;

    /// <summary>The first member of that name (JSON member names are case-sensitive; module.json's are camelCase).</summary>
    public JsonNode Member(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }
        return null;
    }
}

internal sealed class JsonError : Exception
{
    public JsonError(string message, int line, int column) : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }
}

/// <summary>JSON (RFC 8259) with // and /* */ comments and trailing commas, as the host reads module.json.</summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _at;
    private int _line = 1;
    private int _lineStart;

    public JsonReader(string text)
    {
        _text = text;
    }

    public JsonNode ReadDocument()
    {
        var value = ReadValue();
        SkipSpace();
        if (_at < _text.Length)
        {
            throw Error("unexpected '" + _text[_at] + "' after the end of the document");
        }
        return value;
    }

    private JsonNode ReadValue()
    {
        SkipSpace();
        if (_at >= _text.Length)
        {
            throw Error("the file ends where a value was expected");
        }
        var node = new JsonNode { Line = _line, Column = _at - _lineStart + 1 };
        var c = _text[_at];
        if (c == '{')
        {
            node.Kind = JsonKind.Object;
            _at++;
            while (true)
            {
                SkipSpace();
                if (Peek() == '}')
                {
                    _at++;
                    return node;
                }
                if (Peek() != '"')
                {
                    throw Error("expected a quoted member name or '}'");
                }
                var name = ReadString();
                SkipSpace();
                Expect(':');
                node.Members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue()));
                if (!Separator('}'))
                {
                    return node;
                }
            }
        }
        if (c == '[')
        {
            node.Kind = JsonKind.Array;
            _at++;
            while (true)
            {
                SkipSpace();
                if (Peek() == ']')
                {
                    _at++;
                    return node;
                }
                node.Items.Add(ReadValue());
                if (!Separator(']'))
                {
                    return node;
                }
            }
        }
        if (c == '"')
        {
            node.Kind = JsonKind.String;
            node.Text = ReadString();
            return node;
        }
        if (c == '-' || (c >= '0' && c <= '9'))
        {
            var start = _at;
            while (_at < _text.Length && "+-.eE0123456789".IndexOf(_text[_at]) >= 0)
            {
                _at++;
            }
            node.Kind = JsonKind.Number;
            node.Text = _text.Substring(start, _at - start);
            double ignored;
            if (!double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out ignored))
            {
                throw Error("'" + node.Text + "' is not a number");
            }
            return node;
        }
        foreach (var literal in new[] { "true", "false", "null" })
        {
            if (string.CompareOrdinal(_text, _at, literal, 0, literal.Length) == 0)
            {
                _at += literal.Length;
                node.Kind = literal == "true" ? JsonKind.True : literal == "false" ? JsonKind.False : JsonKind.Null;
                return node;
            }
        }
        throw Error("unexpected '" + c + "' where a value was expected");
    }

    // After a member or an item: a comma (a trailing one is allowed) returns true, the closing bracket false.
    private bool Separator(char close)
    {
        SkipSpace();
        if (Peek() == ',')
        {
            _at++;
            return true;
        }
        if (Peek() == close)
        {
            _at++;
            return false;
        }
        throw Error("expected ',' or '" + close + "'");
    }

    private string ReadString()
    {
        _at++;
        var value = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length || _text[_at] == '\n')
            {
                throw Error("a string is not closed");
            }
            var c = _text[_at++];
            if (c == '"')
            {
                return value.ToString();
            }
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (_at >= _text.Length)
            {
                throw Error("a string is not closed");
            }
            var escape = _text[_at++];
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    int code;
                    if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code))
                    {
                        throw Error("\\u must be followed by four hexadecimal digits");
                    }
                    value.Append((char)code);
                    _at += 4;
                    break;
                default:
                    throw Error("unknown escape '\\" + escape + "'");
            }
        }
    }

    private void SkipSpace()
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '\n')
            {
                _at++;
                _line++;
                _lineStart = _at;
            }
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF')
            {
                _at++;
            }
            else if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] == '/')
            {
                while (_at < _text.Length && _text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] == '*')
            {
                var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("a /* comment is not closed");
                }
                for (; _at < end + 2; _at++)
                {
                    if (_text[_at] == '\n')
                    {
                        _line++;
                        _lineStart = _at + 1;
                    }
                }
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error("expected '" + c + "'");
        }
        _at++;
    }

    private JsonError Error(string message) => new JsonError(message, _line, _at - _lineStart + 1);
}
