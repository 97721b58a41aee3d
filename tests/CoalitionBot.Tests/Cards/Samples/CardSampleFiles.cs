using CoalitionBot.Cards;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>Where the samples live and how they are written: indented JSON, one file per card and language.</summary>
internal static class CardSampleFiles
{
    /// <summary>Set to 1 to rewrite the samples from the builders instead of failing on a difference.</summary>
    public const string UpdateVariable = "UPDATE_CARD_SAMPLES";

    public static string Folder => Path.Combine(RepositoryPaths.Root, "cards", "samples");

    public static string PathOf(CardSample sample) => Path.Combine(Folder, sample.FileName);

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string Render(AdaptiveCard card) => card.ToJson(indented: true) + "\n";

    public static string? ReadCommitted(CardSample sample) =>
        File.Exists(PathOf(sample)) ? File.ReadAllText(PathOf(sample)).ReplaceLineEndings("\n") : null;
}
