namespace CoalitionBot.BotFramework;

/// <summary>Reads a request body without ever holding more than a fixed number of bytes.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes) return null;

        var buffer = new byte[Math.Min(declaredLength ?? 16 * 1024, maxBytes) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > maxBytes) return null;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }
            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0) break;
            length += read;
        }
        return length > maxBytes ? null : buffer[..length];
    }
}
