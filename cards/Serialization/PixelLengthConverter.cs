using System.Globalization;
using System.Text.Json;

namespace CoalitionBot.Cards;

/// <summary>Reads and writes <see cref="PixelLength"/> as <c>"120px"</c>.</summary>
public sealed class PixelLengthConverter : JsonConverter<PixelLength>
{
    public override PixelLength Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !text.EndsWith("px", StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            throw new JsonException($"Expected a pixel length such as \"120px\", got \"{text}\".");
        }
        return new PixelLength(pixels);
    }

    public override void Write(Utf8JsonWriter writer, PixelLength value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
