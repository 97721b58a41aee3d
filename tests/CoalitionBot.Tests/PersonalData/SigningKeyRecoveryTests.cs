using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.PersonalData;

/// <summary>
/// The key that signs download links lives in the local folder store. When loading it fails once, "mijn gegevens"
/// and "exporteer" work again as soon as storage does, without restarting the bot.
/// </summary>
public sealed class SigningKeyRecoveryTests : BotAndChannelTests
{
    [Fact]
    public async Task After_one_failed_load_of_the_signing_key_the_next_request_loads_it_again()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var katinka = new DialogConversation(Bot, Channel);
        // A folder where the key's file belongs: the local store cannot read it (as with a permission or disk error).
        var keyFile = Path.Combine(Bot.DataFolder, "secrets", "link-signing-key.json");
        Directory.CreateDirectory(keyFile);

        var failed = Assert.Single(await katinka.SayAsync("mijn gegevens"));
        Assert.Null(failed.Card);
        Assert.Contains("opslag is even niet bereikbaar", failed.Text);

        Directory.Delete(keyFile);
        var card = Assert.Single(await katinka.SayAsync("mijn gegevens")).Card!;

        Assert.Contains("/api/my-data/", card.ToJsonString());
        Assert.True(File.Exists(keyFile));
    }
}
