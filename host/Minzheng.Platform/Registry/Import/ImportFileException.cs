using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// An import that cannot go on for a reason of the import's own (its header, its file gone); the file
/// readers' own refusals are <see cref="TableFileException"/>s, which this is one of. The message is for staff.
/// </summary>
internal sealed class ImportFileException(string message, Exception? inner = null) : TableFileException(message, inner);
