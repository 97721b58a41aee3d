using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Storage;

/// <summary>A typed document and the ETag it was read with.</summary>
public sealed record Document<T>(T Value, string ETag);

/// <summary>Typed reading and writing of JSON documents.</summary>
public static class DocumentStoreJsonExtensions
{
    public static async Task<Document<T>?> ReadJsonAsync<T>(this IDocumentStore store, string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(key, cancellationToken);
        if (stored is null) return null;
        var value = JsonSerializer.Deserialize(stored.Content.Span, typeInfo)
            ?? throw new JsonException($"The document '{key}' holds null.");
        return new Document<T>(value, stored.ETag);
    }

    public static Task<string> WriteJsonAsync<T>(this IDocumentStore store, string key, T value, JsonTypeInfo<T> typeInfo, WriteCondition condition, CancellationToken cancellationToken) =>
        store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), condition, cancellationToken);
}
