using System.Text.Json.Nodes;
using CoalitionBot.Benchmarks.Channel;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// A coalition member in their 1:1 chat with the bot, answering the 3 B's of one partner: by text ("3b tekst" and
/// ten answers, eleven turns) and by form card ("3b" and the submit, two turns).
/// </summary>
public sealed class SimulatedMember(RosterMember member, TeamsActivities activities, TurnDriver turns, BenchPartner partner)
{
    /// <summary>Both ways once; a dialog the bot did not complete is counted and stopped, and the member goes on.</summary>
    public async Task<int> CompleteBothAsync()
    {
        var failures = 0;
        foreach (var dialog in new Func<Task>[] { ThreeBsByTextAsync, () => ThreeBsByCardAsync(newPartner: null) })
        {
            try { await dialog(); }
            catch (UnexpectedReplyException)
            {
                failures++;
                await SayAsync("stop");
            }
        }
        return failures;
    }

    public async Task ThreeBsByTextAsync()
    {
        await SayAsync("3b tekst");
        // The partner, not their own organisation, the three B's, expectations, influence, involvement, attitude, no reason.
        string[] answers = [partner.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "1",
            "Elk kind een kansrijke start geven", "Minder zorgkosten later", "Wijkverpleging en data", "Dat we elkaars gegevens delen", "4", "3", "1", "-"];
        IReadOnlyList<ChannelMessage> replies = [];
        foreach (var answer in answers) replies = await SayAsync(answer);
        // The confirmation names the partner; a re-asked question would not.
        if (!replies.Any(r => r.Text?.Contains(partner.Name, StringComparison.Ordinal) == true))
            throw new UnexpectedReplyException($"No confirmation of the 3 B's of {partner.Name} by text.");
    }

    /// <summary>The form, filled in and submitted; with <paramref name="newPartner"/> it adds that partner (its role, and the level it works at).</summary>
    public async Task ThreeBsByCardAsync(BenchPartner? newPartner)
    {
        var form = (await SayAsync("3b")).FirstOrDefault(r => r.Card is not null) ?? throw new UnexpectedReplyException("No 3 B's form.");
        var value = SubmitData(form.Card!);
        var choosesPartner = FindInput(form.Card!, "partner") is not null;
        if (newPartner is null) value["partner"] = partner.IdFrom(form.Card!);
        else
        {
            if (choosesPartner) value["partner"] = "new";
            value["partnerName"] = newPartner.Name;
            value["partnerRole"] = newPartner.Role; value["partnerLevel"] = "Operational";
        }
        foreach (var (input, answer) in FormAnswers) value[input] = answer;

        var replies = await turns.TurnAsync(activities.PersonalSubmit(member.UserId, member.Name, value, form.Id));
        if (!replies.Any(r => r.IsUpdate && r.Id == form.Id))
            throw new UnexpectedReplyException("The submitted form was not replaced by its confirmation.");
    }

    /// <summary>What a member fills in on the form, by input id.</summary>
    internal static readonly IReadOnlyDictionary<string, string> FormAnswers = new Dictionary<string, string>
    {
        ["intention"] = "Gezonde start voor elk kind in de wijk",
        ["interest"] = "Minder gezondheidsverschillen",
        ["contribution"] = "Jeugdverpleegkundigen en bereik via consultatiebureaus",
        ["expectations"] = "Dat we elkaars gegevens delen",
        ["own"] = "no",
        ["influence"] = "4",
        ["involvement"] = "5",
        ["attitude"] = "Supportive",
    };

    private Task<IReadOnlyList<ChannelMessage>> SayAsync(string text) =>
        turns.TurnAsync(activities.PersonalMessage(member.UserId, member.Name, text));

    /// <summary>The hidden fields of the form's submit button (dialog, form id, action).</summary>
    private static JsonObject SubmitData(JsonObject card) =>
        card["actions"]?.AsArray().Select(a => a?["data"]).OfType<JsonObject>().FirstOrDefault(d => d["action"]?.GetValue<string>() == "submit")?.DeepClone().AsObject()
        ?? throw new UnexpectedReplyException("The form has no submit button.");

    internal static JsonObject? FindInput(JsonObject card, string id) =>
        card["body"]?.AsArray().OfType<JsonObject>().FirstOrDefault(e => e["id"]?.GetValue<string>() == id);
}

/// <summary>A partner of the benchmark's coalition: its place in the text prompt's list, its name and network role.</summary>
public sealed record BenchPartner(int Number, string Name, string Role)
{
    /// <summary>The partner's id, as the form offers it.</summary>
    public string IdFrom(JsonObject card) =>
        SimulatedMember.FindInput(card, "partner")?["choices"]?.AsArray().FirstOrDefault(c => c?["title"]?.GetValue<string>() == Name)?["value"]?.GetValue<string>()
        ?? throw new UnexpectedReplyException($"The form does not offer {Name}.");

    public static readonly IReadOnlyList<BenchPartner> All =
    [
        new(1, "GGD Hollands Midden", "Implementer"),
        new(2, "Gemeente Leiden", "DecisionMaker"),
        new(3, "Verloskundigenpraktijk De Wieg", "Implementer"),
        new(4, "Zorgverzekeraar Zuid-Holland", "Funder"),
        new(5, "Ouderpanel Kansrijke Start", "User"),
    ];
}
