using Microsoft.EntityFrameworkCore;

namespace Minzheng.Modules.SocialOrg.Documents;

/// <summary>
/// A document of an application as a file (申请材料电子件): the scan of what the checklist asks for. Kept with the
/// application in the module's own database, written in the same transaction as the step that records it.
/// </summary>
public sealed class ApplicationFile
{
    /// <summary>Key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application it belongs to.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>Which document of the checklist it is (申请书, 章程 …) or <see cref="DocumentRules.Other"/>.</summary>
    public string DocumentName { get; set; } = "";

    /// <summary>The file's name as uploaded (made safe by the SDK's upload rule).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type its bytes are.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>Bytes, kept so that a list need not read the contents.</summary>
    public int Size { get; set; }

    /// <summary>SHA-256 of the bytes: the same file twice on one application is refused.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who.</summary>
    public string UploadedBy { get; set; } = "";

    internal static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<ApplicationFile>(f =>
    {
        f.ToTable("application_files");
        f.HasKey(x => x.Id);
        f.Property(x => x.DocumentName).HasMaxLength(DocumentRules.NameLength);
        f.Property(x => x.FileName).HasMaxLength(100);
        f.Property(x => x.ContentType).HasMaxLength(40);
        f.Property(x => x.Sha256).HasMaxLength(64);
        f.Property(x => x.UploadedBy).HasMaxLength(50);
        f.HasIndex(x => new { x.ApplicationId, x.Sha256 }).IsUnique();
    });
}
