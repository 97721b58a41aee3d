using System.Text.Json;

namespace CoalitionBot.Cards;

/// <summary>Writes a <see cref="ColumnWidth"/> as a number (weight) or a string ("auto", "stretch", "50px").</summary>
public sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    private static readonly PixelLengthConverter PixelLengths = new();

    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weighted(reader.GetInt32());
        }
        return reader.GetString() switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ => ColumnWidth.FixedPixels(PixelLengths.Read(ref reader, typeof(PixelLength), options).Pixels),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Weight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
