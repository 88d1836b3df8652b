using System.Text;
using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Sdk.Tests.Files;

public sealed class UploadsTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");

    private static FormFile Upload(byte[] content, string name, string declaredType = "application/octet-stream") =>
        new(new MemoryStream(content), 0, content.Length, "file", name) { Headers = new HeaderDictionary(), ContentType = declaredType };

    [Fact]
    public async Task A_photo_is_taken_by_what_its_bytes_are_and_served_back_as_that()
    {
        var errors = new FieldErrors();
        var photo = await Uploads.ReadAsync(errors, "file", Upload(Png, "门头.jpg", "image/jpeg"), UploadRules.Photos, default);
        Assert.False(errors.HasErrors);
        Assert.Equal(UploadKind.Png, photo!.Kind);
        Assert.Equal("image/png", photo.ContentType);
        Assert.Equal("门头.png", photo.FileName);
        Assert.Equal(Png, photo.Content);
        Assert.Equal(64, photo.Sha256.Length);
    }

    [Fact]
    public async Task A_file_that_is_not_an_accepted_kind_is_refused_whatever_its_name_says()
    {
        var errors = new FieldErrors();
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        Assert.Null(await Uploads.ReadAsync(errors, "file", Upload(html, "photo.jpg", "image/jpeg"), UploadRules.Photos, default));
        Assert.Contains("JPEG、PNG", errors.Errors["file"][0], StringComparison.Ordinal);

        // A PDF is a document, not a photo.
        var second = new FieldErrors();
        Assert.Null(await Uploads.ReadAsync(second, "file", Upload(Pdf, "scan.pdf"), UploadRules.Photos, default));
        Assert.True(second.Has("file"));
        var third = new FieldErrors();
        Assert.NotNull(await Uploads.ReadAsync(third, "file", Upload(Pdf, "scan.pdf"), UploadRules.Documents, default));
        Assert.False(third.HasErrors);
    }

    [Fact]
    public async Task A_missing_an_empty_and_a_too_large_file_are_each_named_on_the_field()
    {
        var missing = new FieldErrors();
        Assert.Null(await Uploads.ReadAsync(missing, "photo", null, UploadRules.Photos, default));
        Assert.Equal(["请选择要上传的照片"], missing.Errors["photo"]);

        var empty = new FieldErrors();
        Assert.Null(await Uploads.ReadAsync(empty, "photo", Upload([], "a.jpg"), UploadRules.Photos, default));
        Assert.True(empty.Has("photo"));

        var small = new UploadRules([UploadKind.Jpeg], 8, "照片");
        var large = new FieldErrors();
        Assert.Null(await Uploads.ReadAsync(large, "photo", Upload(Jpeg, "a.jpg"), small, default));
        Assert.Contains("不能超过", large.Errors["photo"][0], StringComparison.Ordinal);
        Assert.Contains("5MB", new FieldErrors() is var e && await Uploads.ReadAsync(e, "f", Upload(new byte[(5 * 1024 * 1024) + 1], "big.jpg"), UploadRules.Photos, default) is null ? e.Errors["f"][0] : "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C:\\Users\\clerk\\Desktop\\检查.jpg", "检查.jpg")]
    [InlineData("../../etc/passwd.jpg", "passwd.jpg")]
    [InlineData("\u202egpj.exe", "gpj.jpg")]
    [InlineData("", "照片.jpg")]
    public async Task The_name_kept_has_no_folders_no_direction_controls_and_the_ending_its_bytes_are(string given, string kept)
    {
        var errors = new FieldErrors();
        var photo = await Uploads.ReadAsync(errors, "file", Upload(Jpeg, given), UploadRules.Photos, default);
        Assert.Equal(kept, photo!.FileName);
    }

    [Fact]
    public void The_kinds_are_recognised_by_their_signatures_only()
    {
        Assert.Equal(UploadKind.Jpeg, Uploads.KindOf(Jpeg));
        Assert.Equal(UploadKind.Png, Uploads.KindOf(Png));
        Assert.Equal(UploadKind.Pdf, Uploads.KindOf(Pdf));
        Assert.Null(Uploads.KindOf(Jpeg.AsSpan(0, 3)));
        Assert.Null(Uploads.KindOf("GIF89a..."u8));
        Assert.Equal(".pdf,.jpg,.jpeg,.png", UploadRules.Documents.Accept);
    }
}
