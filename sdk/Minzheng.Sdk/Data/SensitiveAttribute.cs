namespace Minzheng.Sdk.Data;

/// <summary>
/// Marks a property whose value is sensitive personal data: the audit trail stores it masked, and
/// reading it in full is itself audited.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
