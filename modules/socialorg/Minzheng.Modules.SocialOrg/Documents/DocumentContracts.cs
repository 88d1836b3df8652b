namespace Minzheng.Modules.SocialOrg.Documents;

/// <summary>A document of the application's checklist, and whether it was handed in and as a file.</summary>
/// <param name="Name">The document.</param>
/// <param name="HandedIn">On the application's list of documents.</param>
/// <param name="Files">Files uploaded for it.</param>
public sealed record ChecklistItem(string Name, bool HandedIn, int Files);

/// <summary>A file of an application, as listed (its bytes by <see cref="Url"/>).</summary>
public sealed record ApplicationFileRow(Guid Id, Guid ApplicationId, string DocumentName, string FileName, string ContentType, int Size, DateTimeOffset UploadedAt,
    string UploadedBy, string Url)
{
    /// <summary>The row of <paramref name="f"/>.</summary>
    public static ApplicationFileRow Of(ApplicationFile f) =>
        new(f.Id, f.ApplicationId, f.DocumentName, f.FileName, f.ContentType, f.Size, f.UploadedAt, f.UploadedBy, $"/api/socialorg/applications/{f.ApplicationId}/files/{f.Id}");
}
