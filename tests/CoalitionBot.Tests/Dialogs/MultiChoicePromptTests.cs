using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Tests.Leadership;

namespace CoalitionBot.Tests.Dialogs;

/// <summary>One or more of a list: what a member types or a card's checkboxes send becomes the same stored answer.</summary>
public sealed class MultiChoicePromptTests
{
    private static readonly MultiChoicePrompt Roles = new("roles", "Welke rol?",
        [new Choice("Beslisser", "DecisionMaker"), new Choice("Uitvoerder", "Implementer"), new Choice("Financier of leverancier", "Funder"), new Choice("Gebruiker", "User")]);

    [Theory]
    [InlineData("1 en 3", "DecisionMaker,Funder")]
    [InlineData("3, 1", "DecisionMaker,Funder")]
    [InlineData("1,3,3", "DecisionMaker,Funder")]
    [InlineData("1 and 3.", "DecisionMaker,Funder")]
    [InlineData("Funder,DecisionMaker", "DecisionMaker,Funder")] // a card's checkboxes
    [InlineData("beslisser, financier of leverancier", "DecisionMaker,Funder")] // titles, one with spaces in it
    [InlineData("2", "Implementer")]
    [InlineData("Gebruiker", "User")]
    public void Numbers_titles_and_values_in_any_order_become_the_values_in_the_lists_order(string answer, string stored)
    {
        var result = Roles.Recognize(answer);

        Assert.Equal(stored, result.Value);
        Assert.Equal([NetworkRole.DecisionMaker, NetworkRole.Funder], MultiChoicePrompt.Values<NetworkRole>("DecisionMaker,Funder"));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("1 en 7")]
    [InlineData("1 of 3")]
    [InlineData("en")]
    [InlineData(",")]
    public void An_answer_with_anything_not_on_the_list_is_refused_whole(string answer)
    {
        using var dutch = new CultureScope("nl-NL");

        var result = Roles.Recognize(answer);

        Assert.False(result.IsValid);
        Assert.Contains("een of meer", result.Error);
    }

    [Fact]
    public void Optional_it_may_stay_empty_and_on_a_card_it_is_checkboxes_with_the_answer_checked()
    {
        var optional = Roles with { IsRequired = false };

        Assert.Equal("", optional.Recognize("-").Value);
        Assert.Equal("", optional.Recognize("").Value);
        Assert.False(Roles.Recognize("").IsValid);
        var field = Assert.IsType<ChoiceField>(Roles.ToFormField("DecisionMaker,Funder", error: null));
        Assert.True(field.IsMultiSelect);
        var input = FormCard.Build(new FormCardContent
        {
            Title = "t", Fields = [field], SubmitTitle = "ok", SubmitData = [], RequiredMessage = "r", Language = "nl",
        }).ToJsonElement().GetRawText();
        Assert.Contains("\"isMultiSelect\":true", input);
        Assert.Contains("\"value\":\"DecisionMaker,Funder\"", input);
    }
}
