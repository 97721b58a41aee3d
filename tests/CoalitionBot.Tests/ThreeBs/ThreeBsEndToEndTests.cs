using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.ThreeBs;

/// <summary>The 3 B's dialog over /api/messages on Azurite: adding and choosing partners, history, forged ids, text mode.</summary>
public sealed class ThreeBsEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Ahmed = new("29:ahmed", "Ahmed el Amrani");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("threebs");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka, Ahmed);
    }

    private static JsonObject Answers(JsonNode form, Action<JsonObject> more)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["intention"] = "Gezonde start voor elk kind in de wijk";
        value["interest"] = "Minder zorgkosten later";
        value["contribution"] = "Wijkverpleegkundigen en data";
        value["expectations"] = "Dat de gemeente de regie houdt en de financiering regelt";
        value["own"] = "no";
        value["influence"] = "4";
        value["involvement"] = "3";
        value["attitude"] = "Supportive";
        more(value);
        return value;
    }

    private static IEnumerable<string> InputIds(JsonNode card) =>
        card["body"]!.AsArray().Where(e => e!["id"] is not null).Select(e => e!["id"]!.GetValue<string>());

    private async Task<Coalition> CoalitionAsync() =>
        (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;

    private Task<PartnerDescriptions?> DescriptionsAsync(string partnerId) =>
        Bot.Services.GetRequiredService<ThreeBsStore>().GetAsync(CoalitionSetup.Id, partnerId, CancellationToken.None);

    [Fact]
    public async Task The_first_description_adds_the_partner_with_its_roles_and_levels()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await katinka.SayAsync("3b")).Card!;
        Assert.Equal(["partnerName", "partnerRole", "partnerLevel", "own", "intention", "interest", "contribution", "expectations", "influence", "involvement", "attitude", "attitudeReason"], InputIds(form));

        // Checkboxes: a card sends the values joined with commas.
        var confirmation = Assert.Single(await katinka.SubmitAsync(Answers(form, v => { v["partnerName"] = "GGD Hollands Midden"; v["partnerRole"] = "Implementer,Funder"; v["partnerLevel"] = "Tactical,Operational"; }), "card-1"));

        Assert.Contains("GGD Hollands Midden", confirmation.Card!.ToJsonString());
        var partner = Assert.Single((await CoalitionAsync()).Partners);
        Assert.Equal(("GGD Hollands Midden", NetworkRole.Implementer, CoalitionSetup.Katinka.UserId), (partner.Name, partner.Role, partner.AddedBy));
        Assert.Equal([NetworkRole.Implementer, NetworkRole.Funder], partner.Roles);
        Assert.Equal([PartnerLevel.Tactical, PartnerLevel.Operational], partner.Levels);
        var description = (await DescriptionsAsync(partner.Id))!.ByMember[CoalitionSetup.Katinka.UserId].Current;
        Assert.Equal(("Gezonde start voor elk kind in de wijk", 4, 3, Attitude.Supportive), (description.Intention, description.Influence, description.Involvement, description.Attitude));
    }

    [Fact]
    public async Task Members_describe_an_existing_partner_side_by_side_and_a_revisit_keeps_history()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var first = Assert.Single(await katinka.SayAsync("3b")).Card!;
        await katinka.SubmitAsync(Answers(first, v => { v["partnerName"] = "Gemeente Leiden"; v["partnerRole"] = "DecisionMaker"; v["partnerLevel"] = "Operational"; }), "card-1");
        var partnerId = Assert.Single((await CoalitionAsync()).Partners).Id;

        var ahmed = new DialogConversation(Bot, Channel, member: Ahmed);
        var form = Assert.Single(await ahmed.SayAsync("3b")).Card!;
        Assert.Equal("partner", InputIds(form).First());
        await ahmed.SubmitAsync(Answers(form, v => { v["partner"] = partnerId; v["attitude"] = "Neutral"; }), "card-2");

        // Katinka changes her mind, naming the partner in the command.
        var again = Assert.Single(await katinka.SayAsync("3b gemeente leiden")).Card!;
        Assert.DoesNotContain("partner", InputIds(again));
        await katinka.SubmitAsync(Answers(again, v => v["attitude"] = "Resistant"), "card-3");

        var descriptions = (await DescriptionsAsync(partnerId))!;
        Assert.Equal(Attitude.Neutral, descriptions.ByMember[Ahmed.UserId].Current.Attitude);
        var katinkas = descriptions.ByMember[CoalitionSetup.Katinka.UserId];
        Assert.Equal(Attitude.Resistant, katinkas.Current.Attitude);
        Assert.Equal(Attitude.Supportive, Assert.Single(katinkas.History).Attitude);
        Assert.Single((await CoalitionAsync()).Partners);
    }

    [Fact]
    public async Task A_new_partner_needs_a_name_a_role_and_a_level_and_may_not_exist_already()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var first = Assert.Single(await katinka.SayAsync("3b")).Card!;
        await katinka.SubmitAsync(Answers(first, v => { v["partnerName"] = "JGZ"; v["partnerRole"] = "Implementer"; v["partnerLevel"] = "Operational"; }), "card-1");

        var form = Assert.Single(await katinka.SayAsync("3b")).Card!;
        var missing = Assert.Single(await katinka.SubmitAsync(Answers(form, v => v["partner"] = ThreeBsDialog.NewPartner), "card-2")).Card!.ToJsonString();
        Assert.Contains("Geef de nieuwe partner een naam", missing);
        Assert.Contains("Kies de rol", missing);
        Assert.Contains("Kies op welk niveau", missing);

        var duplicate = Assert.Single(await katinka.SubmitAsync(Answers(form, v => { v["partner"] = ThreeBsDialog.NewPartner; v["partnerName"] = " jgz "; v["partnerRole"] = "User"; v["partnerLevel"] = "Operational"; }), "card-2")).Card!.ToJsonString();
        Assert.Contains("is al een partner", duplicate);
        Assert.Single((await CoalitionAsync()).Partners);
    }

    [Fact]
    public async Task Too_long_answers_and_a_partner_of_another_coalition_are_refused()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var first = Assert.Single(await katinka.SayAsync("3b")).Card!;
        await katinka.SubmitAsync(Answers(first, v => { v["partnerName"] = "Huisartsen"; v["partnerRole"] = "Implementer"; v["partnerLevel"] = "Operational"; }), "card-1");
        var form = Assert.Single(await katinka.SayAsync("3b")).Card!;

        var refusal = Assert.Single(await katinka.SubmitAsync(Answers(form, v => { v["partner"] = "partner-of-another-team"; v["intention"] = new string('a', 2001); v["influence"] = "6"; }), "card-2")).Card!.ToJsonString();

        Assert.Contains("Kies een van de opties", refusal);
        Assert.Contains("maximaal 2000 tekens", refusal);
        Assert.Contains("van 1 tot en met 5", refusal);
        Assert.Null(await DescriptionsAsync("partner-of-another-team"));
    }

    [Fact]
    public async Task Text_mode_in_English_lists_partners_as_numbered_options()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var first = Assert.Single(await katinka.SayAsync("3b")).Card!;
        await katinka.SubmitAsync(Answers(first, v => { v["partnerName"] = "Verloskundigen"; v["partnerRole"] = "Implementer"; v["partnerLevel"] = "Operational"; }), "card-1");

        var ahmed = new DialogConversation(Bot, Channel, locale: "en-US", member: Ahmed);
        var question = Assert.Single(await ahmed.SayAsync("3b text")).Text!;
        Assert.Contains("1. Verloskundigen", question);
        Assert.Contains("2. Add a new partner", question);
        Assert.Contains("Name of the new partner", Assert.Single(await ahmed.SayAsync("2")).Text);
        var roleQuestion = Assert.Single(await ahmed.SayAsync("Woningcorporatie De Sleutel")).Text;
        Assert.Contains("Which role does the new partner have", roleQuestion);
        Assert.Contains("one or more numbers", roleQuestion);
        Assert.Contains("At which level", Assert.Single(await ahmed.SayAsync("2 and 4")).Text);
        Assert.Contains("Is this your own organisation?", Assert.Single(await ahmed.SayAsync("3")).Text);
        Assert.Contains("Intention", Assert.Single(await ahmed.SayAsync("1")).Text);
        await ahmed.SayAsync("Good homes for young families");
        await ahmed.SayAsync("Tenants' wellbeing");
        Assert.Contains("Expectations", Assert.Single(await ahmed.SayAsync("Meeting rooms")).Text);
        await ahmed.SayAsync("That the municipality pays for the meeting rooms");
        await ahmed.SayAsync("2");
        Assert.Contains("Please try again", Assert.Single(await ahmed.SayAsync("9")).Text);
        await ahmed.SayAsync("2");
        Assert.Contains("Why does this partner take this stance?", Assert.Single(await ahmed.SayAsync("3")).Text);
        Assert.Contains("has been saved", Assert.Single(await ahmed.SayAsync("-")).Text);

        var partner = (await CoalitionAsync()).PartnerNamed("Woningcorporatie De Sleutel")!;
        Assert.Equal([NetworkRole.Implementer, NetworkRole.User], partner.Roles);
        Assert.Equal([PartnerLevel.Operational], partner.Levels);
        var described = (await DescriptionsAsync(partner.Id))!.ByMember[Ahmed.UserId].Current;
        Assert.Equal((Attitude.Resistant, false, "That the municipality pays for the meeting rooms", null), (described.Attitude, described.IsOwnOrganisation, described.Expectations, described.AttitudeReason));
    }
}
