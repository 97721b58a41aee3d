namespace CoalitionBot.Tests.Cards;

/// <summary>
/// Deliberately broken cards fail the schema check, and the errors name the problem, which proves the check
/// is not vacuous (the element anyOf would otherwise hide errors in noise).
/// </summary>
public class BrokenCardSchemaTests
{
    private static string Card(string body, string extra = "") =>
        $$"""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5"{{extra}},"body":[{{body}}]}""";

    [Theory]
    [InlineData("""{"type":"TextBlock","wrap":true}""", "PropertyRequired 'text'")]
    [InlineData("""{"type":"TextBlok","text":"typo"}""", "unknown or missing type 'TextBlok'")]
    [InlineData("""{"text":"no type"}""", "unknown or missing type ''")]
    [InlineData("""{"type":"Container","items":[{"text":"nested, no type"}]}""", "unknown or missing type ''")]
    [InlineData("""{"type":"ActionSet","actions":[{"title":"no type"}]}""", "unknown or missing type ''")]
    [InlineData("""{"type":"Image","altText":"chart"}""", "PropertyRequired 'url'")]
    [InlineData("""{"type":"TextBlock","text":"big","size":"huge"}""", "size: NotAnyOf (value 'huge')")]
    [InlineData("""{"type":"TextBlock","text":"x","colour":"good"}""", "NoAdditionalPropertiesAllowed 'colour'")]
    [InlineData("""{"type":"Input.Number","id":"n","min":"1"}""", "min: NumberExpected")]
    [InlineData("""{"type":"Container","items":[{"type":"FactSet","facts":[{"title":"only a title"}]}]}""", "PropertyRequired 'value'")]
    [InlineData("""{"type":"ActionSet","actions":[{"type":"Action.ToggleVisibility","title":"x"}]}""", "PropertyRequired 'targetElements'")]
    public async Task BrokenElement_FailsWithReadableError(string element, string expected)
    {
        var errors = await AdaptiveCardSchema.ValidateAsync(Card(element));

        Assert.Contains(errors, error => error.Contains(expected, StringComparison.Ordinal));
        // One mistake, a few lines: not an error per element type in the schema's anyOf.
        Assert.InRange(errors.Count, 1, 3);
    }

    [Fact]
    public async Task UnknownCardProperty_Fails()
    {
        var errors = await AdaptiveCardSchema.ValidateAsync(Card("", extra: ""","title":"not a card property" """));

        Assert.Contains(errors, error => error.Contains("NoAdditionalPropertiesAllowed 'title'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MsTeamsFullWidth_IsAllowed_ButAnUnknownWidthIsNot()
    {
        Assert.Empty(await AdaptiveCardSchema.ValidateAsync(Card("", extra: ""","msteams":{"width":"Full"}""")));
        Assert.NotEmpty(await AdaptiveCardSchema.ValidateAsync(Card("", extra: ""","msteams":{"width":"Wide"}""")));
    }

    [Fact]
    public async Task AssertValid_ThrowsForABrokenCard()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => AdaptiveCardSchema.AssertValidAsync(Card("""{"type":"Image"}""")));
    }
}
