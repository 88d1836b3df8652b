namespace Minzheng.Architecture.Tests;

/// <summary>One break of an architecture rule: which type (or "(assembly)") and what is wrong with it.</summary>
public sealed record Violation(string Assembly, string Type, string Problem)
{
    public override string ToString() => $"{Assembly}: {Type} — {Problem}";
}

public static class Violations
{
    /// <summary>Fails with every violation, one per line, naming the types to fix.</summary>
    public static void AssertNone(IReadOnlyList<Violation> violations, string rule)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{rule}\n{violations.Count} violation(s):\n  " + string.Join("\n  ", violations));
        }
    }
}
