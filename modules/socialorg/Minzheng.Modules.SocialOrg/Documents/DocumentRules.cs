using Minzheng.Modules.SocialOrg.Applications;

namespace Minzheng.Modules.SocialOrg.Documents;

/// <summary>Which files an application takes and when, plain C#.</summary>
public static class DocumentRules
{
    /// <summary>A file that is none of the checklist's documents (a supplement the reviewer asked for).</summary>
    public const string Other = "其他材料";

    /// <summary>The longest document name (the checklist's are configured, at most 100).</summary>
    public const int NameLength = 100;

    /// <summary>The documents a file of an application of <paramref name="kind"/> may be: the configured checklist, then <see cref="Other"/>.</summary>
    public static IReadOnlyList<string> Choices(ApplicationKind kind, ApplicationOptions options) =>
        [.. (options.Documents.TryGetValue(kind, out var listed) ? listed : []).Where(n => n != Other), Other];

    /// <summary>Why a file cannot be added to an application in <paramref name="status"/> now, or null: once decided, the file is closed.</summary>
    public static string? UploadProblem(ApplicationStatus status) =>
        status is ApplicationStatus.Submitted or ApplicationStatus.Accepted or ApplicationStatus.Reviewed
            ? null
            : "该申请已作出决定，不能再补充材料";
}
