using System.Text.RegularExpressions;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// A sample's JSON with its charts taken out: the text is compared as it is, the charts (PNGs in data: URIs) by their
/// pixels, since their bytes depend on the SkiaSharp build that drew them.
/// </summary>
internal sealed partial record CardSampleContent(string Json, IReadOnlyList<byte[]> Images)
{
    [GeneratedRegex("data:image/png;base64,(?<png>[A-Za-z0-9+/=]+)")]
    private static partial Regex PngDataUri();

    public static CardSampleContent Of(string json)
    {
        var images = new List<byte[]>();
        var text = PngDataUri().Replace(json, uri =>
        {
            images.Add(Convert.FromBase64String(uri.Groups["png"].Value));
            return $"data:image/png;base64,(image {images.Count})";
        });
        return new(text, images);
    }

    /// <summary>How this differs from what the bot builds now, or null when it does not.</summary>
    public string? DifferenceFrom(CardSampleContent built)
    {
        if (Json != built.Json) return "the bot now builds a different card";
        // The same JSON has the same numbered placeholders, so as many images.
        for (var i = 0; i < Images.Count; i++)
        {
            var difference = PngComparison.Compare(Images[i], built.Images[i]);
            if (!difference.Alike) return $"its chart (image {i + 1}) differs from the one the bot draws now: {difference}";
        }
        return null;
    }
}
