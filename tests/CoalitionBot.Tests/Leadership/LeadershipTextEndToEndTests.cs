using System.Text.RegularExpressions;
using CoalitionBot.Leadership;
using CoalitionBot.Tests.Infrastructure;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>The leadership dialog one question at a time through /api/messages, with refused answers asked again.</summary>
public sealed partial class LeadershipTextEndToEndTests : BotAndChannelTests
{

    [Fact]
    public async Task A_member_answers_in_Dutch_one_question_at_a_time_and_invalid_answers_are_asked_again()
    {
        var member = new LeadershipChat(Bot, Channel, LeadershipChat.MemberId);
        await member.JoinTheTeamAsync();
        var plan = AnswerPlan.TieInNeedOfCoaching;

        var first = Assert.Single(await member.SayAsync("leiderschap tekst")).Text!;
        Assert.StartsWith("**Leiderschapsstijl**", first);
        Assert.Contains("Vraag 1 van 16", first);
        Assert.Equal(4, NumberedOptions(first).Count);

        var retry = Assert.Single(await member.SayAsync("5")).Text!;
        Assert.StartsWith("Kies een van de opties: antwoord met het nummer. Probeer het nog eens.", retry);
        Assert.Contains("Vraag 1 van 16", retry);
        Assert.Equal(NumberedOptions(first), NumberedOptions(retry)); // the same order when asked again

        var question = await AnswerSituationsAsync(member, retry, plan, "nl-NL");
        Assert.Contains("Vraag 11 van 16", question);
        Assert.EndsWith("(1 = helemaal niet, 3 = deels, 5 = helemaal) (1 tot en met 5)", question);

        var refused = Assert.Single(await member.SayAsync("6")).Text!;
        Assert.StartsWith("Geef een heel getal van 1 tot en met 5. Probeer het nog eens.", refused);
        Assert.Contains("Vraag 11 van 16", refused);
        var result = await AnswerRatingsAsync(member, plan);

        Assert.StartsWith("**Jouw leiderschapsstijl**", result);
        Assert.Contains("Je neigt naar **sturen en ondersteunen**; je coalitie vraagt nu om **begeleiden**.", result);
        Assert.Contains("Je koos even vaak voor sturen en ondersteunen. In het overzicht van de coalitie tel ik de eerste in de volgorde sturen, begeleiden, ondersteunen, delegeren: sturen.", result);
        Assert.Contains("Bekwaamheid: 3,0 van 5 · Betrokkenheid: 4,0 van 5 · Passende stijl: Begeleiden", result);
        Assert.Contains("- Je geeft de richting die nodig is; geef er nu meer steun bij.", result);

        var stored = (await member.StoredAsync())!.Latest;
        Assert.Equal(plan.Choices, stored.Choices);
        Assert.Equal([Directing, Supporting], stored.LeadingStyles);
        Assert.Equal((Directing, 3, Coaching), (stored.DominantStyle, stored.FittingAnswers, stored.NeededStyle));
        Assert.Equal((3.0, 4.0), (stored.Ability, stored.Commitment));
    }

    [Fact]
    public async Task An_English_lead_switches_from_the_form_to_text_and_sees_the_options_in_the_forms_order()
    {
        var lead = new LeadershipChat(Bot, Channel, LeadershipChat.LeadId, locale: "en-US");
        await lead.JoinTheTeamAsync();
        var plan = AnswerPlan.CoachInNeedOfDirecting;
        var form = Assert.Single(await lead.SayAsync("leadership")).Card!;

        var replies = await lead.SubmitAsync(LeadershipForm.SwitchToText(form), expectedCalls: 2);

        Assert.Equal("Fine, I will ask the questions one at a time.", replies[0].Text);
        var first = replies[1].Text!;
        Assert.Contains("Question 1 of 16", first);
        Assert.Equal(LeadershipForm.ChoiceTitles(form, LeadershipSituations.All[0].Id), NumberedOptions(first));

        var question = await AnswerSituationsAsync(lead, first, plan, "en");
        Assert.EndsWith("(1 = not at all, 3 = partly, 5 = completely) (1 to 5)", question);
        var result = await AnswerRatingsAsync(lead, plan);

        Assert.StartsWith("**Your leadership style**", result);
        Assert.Contains("You lean towards **coaching**; your coalition now asks for **directing**.", result);
        Assert.Contains("- You already give clear direction; discussion and explanation can be shorter now.", result); // coaching is as directive as directing
        var stored = (await lead.StoredAsync())!.Latest;
        Assert.Equal(plan.Choices, stored.Choices);
        Assert.Equal(plan.RatingsById.Take(3).ToDictionary(), stored.AbilityRatings);
    }

    /// <summary>Answers every situation by the number of the planned style's option; returns the next question.</summary>
    private static async Task<string> AnswerSituationsAsync(LeadershipChat member, string question, AnswerPlan plan, string culture)
    {
        for (var i = 0; i < LeadershipSituations.All.Count; i++)
        {
            string option;
            using (new CultureScope(culture)) option = LeadershipSituations.All[i].Option(plan.Styles[i]);
            var number = NumberedOptions(question).ToList().IndexOf(option) + 1;
            Assert.True(number > 0, $"'{option}' is not among the options of:\n{question}");
            question = Assert.Single(await member.SayAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture))).Text!;
        }
        return question;
    }

    /// <summary>Answers the ratings; returns the result.</summary>
    private static async Task<string> AnswerRatingsAsync(LeadershipChat member, AnswerPlan plan)
    {
        var reply = "";
        foreach (var rating in plan.Ratings)
            reply = Assert.Single(await member.SayAsync(rating.ToString(System.Globalization.CultureInfo.InvariantCulture))).Text!;
        return reply;
    }

    private static List<string> NumberedOptions(string text) => [.. OptionLine().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\d+\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex OptionLine();
}
