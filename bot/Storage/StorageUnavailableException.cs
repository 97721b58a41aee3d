namespace CoalitionBot.Storage;

/// <summary>Storage could not be reached or failed; the caller should tell the user nothing was saved.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
