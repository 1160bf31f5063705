namespace NewsBot.Storage;

/// <summary>The storage serves one instance and another one holds it: a refusal at start, not a crash.</summary>
public sealed class StorageInUseException(string message, Exception innerException) : InvalidOperationException(message, innerException);
