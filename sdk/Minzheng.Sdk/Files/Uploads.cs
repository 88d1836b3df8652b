using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Files;

/// <summary>
/// Reads a file staff attach to a record (a photo, a scanned document) and checks it against its <see cref="UploadRules"/>,
/// the same way in every module.
/// </summary>
/// <example>
/// <code>
/// var errors = new FieldErrors();
/// var photo = await Uploads.ReadAsync(errors, "file", file, UploadRules.Photos, ct);
/// if (errors.HasErrors) return errors.ToProblem();
/// db.Photos.Add(new Photo { FileName = photo!.FileName, ContentType = photo.ContentType, Content = photo.Content, … });
/// </code>
/// Serve it back with <c>TypedResults.File(content, contentType, fileName)</c> under the stored content type.
/// </example>
/// <remarks>Since SDK 2.5.0.</remarks>
public static class Uploads
{
    private const int LongestName = 100;

    /// <summary>
    /// The file when it is there, not empty, within <see cref="UploadRules.MaxBytes"/> and of one of the accepted kinds by its
    /// bytes; otherwise null, with the reason on <paramref name="field"/> of <paramref name="errors"/>.
    /// </summary>
    /// <param name="errors">Where the reason goes.</param>
    /// <param name="field">The multipart field's name, as the form sends it.</param>
    /// <param name="file">The upload (null when the request has none).</param>
    /// <param name="rules">What it may be.</param>
    /// <param name="cancellationToken">The request's.</param>
    public static async Task<UploadedFile?> ReadAsync(FieldErrors errors, string field, IFormFile? file, UploadRules rules, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            errors.Add(field, $"请选择要上传的{rules.What}");
            return null;
        }
        if (file.Length > rules.MaxBytes)
        {
            errors.Add(field, $"{rules.What}不能超过{SizeText(rules.MaxBytes)}");
            return null;
        }
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }
        if (KindOf(content) is not { } kind || !rules.Kinds.Contains(kind))
        {
            errors.Add(field, $"{rules.What}应为{rules.KindsText}文件（按文件内容判断，不看扩展名）");
            return null;
        }
        return new UploadedFile(NameOf(file.FileName, kind, rules), kind, content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    /// <summary>What <paramref name="content"/> is by its first bytes, or null for none of the kinds.</summary>
    public static UploadKind? KindOf(ReadOnlySpan<byte> content)
    {
        if (content.Length > 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return UploadKind.Jpeg;
        if (content.Length > 8 && content[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return UploadKind.Png;
        if (content.Length > 5 && content[..5].SequenceEqual("%PDF-"u8)) return UploadKind.Pdf;
        return null;
    }

    /// <summary>The media type of a kind.</summary>
    public static string ContentTypeOf(UploadKind kind) => kind switch
    {
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        _ => "application/pdf",
    };

    // The name is shown and offered as the download's name: keep the last path part, drop what TextRules refuses
    // (control and direction characters), and give it the ending its bytes are.
    private static string NameOf(string? given, UploadKind kind, UploadRules rules)
    {
        var ending = kind switch { UploadKind.Jpeg => ".jpg", UploadKind.Png => ".png", _ => ".pdf" };
        var name = Path.GetFileNameWithoutExtension((given ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string([.. name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]).Trim();
        if (name.Length == 0) name = rules.What;
        if (name.Length > LongestName - ending.Length) name = name[..(LongestName - ending.Length)];
        return name + ending;
    }

    private static string SizeText(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)}MB" : $"{bytes / 1024}KB";
}
