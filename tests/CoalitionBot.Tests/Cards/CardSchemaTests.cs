using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Cards;

/// <summary>Cards built with the model are valid against the official Adaptive Cards 1.5 schema.</summary>
public class CardSchemaTests
{
    [Fact]
    public Task ThreeBsForm_IsValid() => AdaptiveCardSchema.AssertValidAsync(SampleCards.ThreeBsForm().ToJson());

    [Fact]
    public Task PartnerSummary_IsValid() => AdaptiveCardSchema.AssertValidAsync(SampleCards.PartnerSummary().ToJson());

    [Fact]
    public Task OtherElementsInputsAndActions_AreValid() => AdaptiveCardSchema.AssertValidAsync(SampleCards.EverythingElse().ToJson());

    [Fact]
    public async Task IndentedJson_IsValidToo()
    {
        await AdaptiveCardSchema.AssertValidAsync(SampleCards.ThreeBsForm().ToJson(indented: true));
    }

    [Fact]
    public async Task SchemaFile_IsFoundBesideTheRepository()
    {
        Assert.True(File.Exists(AdaptiveCardSchema.SchemaPath()), AdaptiveCardSchema.SchemaPath());
        // Sanity: an empty card is valid, so failures elsewhere come from the cards, not the setup.
        Assert.Empty(await AdaptiveCardSchema.ValidateAsync("""{"type":"AdaptiveCard","version":"1.5","body":[]}"""));
    }
}
