using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>"My data" as a card: per coalition the role and how many answers are kept, and the download of it all as JSON.</summary>
public static class MyDataCard
{
    /// <summary>Coalitions shown, each name cut to <see cref="NameBytes"/>: the card stays under Teams' limit however many teams a person is in.</summary>
    public const int MaxCoalitionsShown = 30;

    private const int NameBytes = 512;

    /// <summary>The kind of <see cref="Actions.ActionPersonalData"/>.</summary>
    private const string ActionsKind = "actions";

    public static AdaptiveCard Build(JsonObject export, string? downloadUrl)
    {
        var facts = new List<Fact>();
        var coalitions = export["coalitions"]!.AsArray();
        foreach (var coalition in coalitions.Take(MaxCoalitionsShown))
        {
            var answers = coalition!.AsObject().Where(p => p.Value is JsonArray && p.Key is not "partnersAdded" and not ActionsKind).Sum(p => p.Value!.AsArray().Count);
            // A team's name is typed by a person: shown as typed.
            facts.Add(new Fact(MemberText.EscapeWithin(coalition["name"]?.GetValue<string>() ?? coalition["team"]!.GetValue<string>(), NameBytes),
                Texts.Plural(answers, Strings.MyDataCoalitionFactOne, Strings.MyDataCoalitionFact, RoleName(coalition["role"]?.GetValue<string>()))));
        }
        if (coalitions.Count > MaxCoalitionsShown)
        {
            var more = coalitions.Count - MaxCoalitionsShown;
            facts.Add(new Fact(Strings.MyDataMoreCoalitions, Texts.Format(more == 1 ? Strings.MyDataMoreCoalitionsOne : Strings.MyDataMoreCoalitionsMany, more)));
        }
        // Actions are agreements, not answers: counted on their own line, over every coalition.
        var actions = coalitions.Sum(c => (c?[ActionsKind] as JsonArray)?.Count ?? 0);
        if (actions > 0) facts.Add(new Fact(Strings.MyDataActions, actions.ToString(CultureInfo.CurrentCulture)));
        if (export["introduction"] is not null) facts.Add(new Fact(Strings.DemoTitle, Strings.MyDataKept));
        facts.Add(new Fact(Strings.MyDataConversations, export["conversations"]!.AsArray().Count.ToString(CultureInfo.CurrentCulture)));

        var card = MessageCard.Build(Strings.MyDataTitle, Strings.MyDataIntro, facts, CardLanguage.Current);
        return downloadUrl is null ? card : card with { Actions = [new OpenUrlAction { Title = Strings.MyDataDownload, Url = downloadUrl }] };
    }

    /// <summary>The role as the member's language names it ("beheerder"), not as it is stored ("Admin").</summary>
    private static string RoleName(string? stored) =>
        Enum.TryParse<CoalitionBot.Coalitions.CoalitionRole>(stored, ignoreCase: true, out var role) ? CoalitionBot.Coalitions.CoalitionRoleTexts.Name(role).ToLower(CultureInfo.CurrentCulture) : "-";
}
