using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>A card as the channel got it, in JSON as a person reads it ("é" and "'" as themselves, not as \u escapes), to assert texts on.</summary>
internal static class ReadableJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Readable(this JsonNode node) => node.ToJsonString(Options);
}
