using Minzheng.Sdk.Files;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Documents;

/// <summary>The application's files: the upload from the application's page, and their list.</summary>
internal static class DocumentPages
{
    /// <summary>上传材料, offered until the decision.</summary>
    public static UiAction Upload => new("upload-document", "上传材料")
    {
        Endpoint = UiEndpoint.Post("applications/{id}/files"), Permission = SocialOrgPermissions.Application, AllowedStates = ["submitted", "accepted", "reviewed"],
        Fields =
        [
            // The checklist is configuration and differs by workflow: read from the application when the dialog opens.
            new FormField("document", "材料名称", FieldType.Enum) { Required = true, OptionsFrom = new OptionsSource(UiEndpoint.Get("applications/{id}/checklist"), "name", "name") },
            new FormField("file", "文件", FieldType.File) { Required = true, Accept = UploadRules.Documents.Accept, Help = "PDF、JPEG或PNG，不超过20MB；上传后该材料计为已提交" },
        ],
    };

    /// <summary>材料文件: opens the list.</summary>
    public static UiAction Open => new("documents", "材料文件") { OpenPage = "application-files/{id}" };

    public static ListPage Files => new("application-files", "申请材料电子件", UiEndpoint.Get("applications/{id}/files"))
    {
        Permission = SocialOrgPermissions.Read,
        Columns =
        [
            new Column("documentName", "材料"), new Column("fileName", "文件名"), new Column("size", "字节数", FieldType.Number) { Width = 110 },
            new Column("uploadedAt", "上传时间", FieldType.DateTime), new Column("uploadedBy", "上传人"), new Column("url", "文件", FieldType.File) { Width = 100 },
        ],
        DefaultSort = new SortOrder("uploadedAt"),
    };
}
