namespace Minzheng.Platform.Registry.Import;

/// <summary>A file that cannot be read as the exchange format; the message is for staff (Chinese).</summary>
internal sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
