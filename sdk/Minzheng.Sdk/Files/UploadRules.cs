namespace Minzheng.Sdk.Files;

/// <summary>A kind of file staff attach to a record, recognised by its first bytes.</summary>
/// <remarks>Since SDK 2.5.0.</remarks>
public enum UploadKind
{
    /// <summary>A JPEG photo (<c>image/jpeg</c>).</summary>
    Jpeg,
    /// <summary>A PNG image (<c>image/png</c>).</summary>
    Png,
    /// <summary>A PDF document, e.g. a scanned application (<c>application/pdf</c>).</summary>
    Pdf,
}

/// <summary>
/// What a file attached to a record may be: its kinds and its largest size. The kind is what the file's bytes say, never
/// its name or the type the browser declared, and the file is served back under that kind's type only: a file that is
/// not what it claims cannot come back to a colleague's browser as something else.
/// </summary>
/// <param name="Kinds">The kinds accepted.</param>
/// <param name="MaxBytes">The largest file accepted.</param>
/// <param name="What">What staff attach, for messages: <c>照片</c>, <c>材料</c>.</param>
/// <remarks>Since SDK 2.5.0. Read an upload with <see cref="Uploads.ReadAsync"/>.</remarks>
public sealed record UploadRules(IReadOnlyList<UploadKind> Kinds, long MaxBytes, string What)
{
    /// <summary>Photos taken on site (inspections, evidence): JPEG or PNG, at most 5 MB — a phone's photo, not a video.</summary>
    public static UploadRules Photos { get; } = new([UploadKind.Jpeg, UploadKind.Png], 5 * 1024 * 1024, "照片");

    /// <summary>Documents of an application (scans, certificates, minutes): PDF, JPEG or PNG, at most 20 MB.</summary>
    public static UploadRules Documents { get; } = new([UploadKind.Pdf, UploadKind.Jpeg, UploadKind.Png], 20 * 1024 * 1024, "材料");

    /// <summary>The file-name endings for a form's <c>Accept</c> (<see cref="Ui.FormField.Accept"/>), e.g. <c>.jpg,.jpeg,.png</c>.</summary>
    public string Accept => string.Join(',', Kinds.SelectMany(k => k switch
    {
        UploadKind.Jpeg => new[] { ".jpg", ".jpeg" },
        UploadKind.Png => [".png"],
        _ => [".pdf"],
    }));

    /// <summary>The kinds in words, for messages: <c>JPEG、PNG</c>.</summary>
    public string KindsText => string.Join('、', Kinds.Select(k => k.ToString().ToUpperInvariant()));
}

/// <summary>An upload that passed its <see cref="UploadRules"/>: keep it with the record it belongs to, in the module's own database.</summary>
/// <param name="FileName">The name staff gave it, for display and download only: no folders, no control characters, at most 100 characters.</param>
/// <param name="Kind">What its bytes are.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Sha256">The SHA-256 of the bytes, lower-case hex: the same file attached twice can be recognised.</param>
/// <remarks>Since SDK 2.5.0.</remarks>
public sealed record UploadedFile(string FileName, UploadKind Kind, byte[] Content, string Sha256)
{
    /// <summary>The media type to serve it under: the one its bytes are.</summary>
    public string ContentType => Uploads.ContentTypeOf(Kind);
}
