using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// Generates hostile requests from a seed: recorded Teams activities mutated (fields removed, wrong types,
/// huge strings, deep nesting, script, Markdown and mentions in text), forged card submissions aimed at another coalition,
/// unknown types, random JSON and invalid UTF-8. The same seed gives the same requests.
/// </summary>
public sealed class HostileActivities(Random random, Uri serviceUrl, HostileActivities.Target target)
{
    /// <summary>Ids of the other coalition, which forged payloads try to reach.</summary>
    public sealed record Target(string TenantId, string TeamId, string PartnerId, string MemberId);

    private static readonly string[] Fixtures =
    [
        "message-personal.json", "message-channel-mention.json", "message-card-submit.json", "invoke-adaptiveCard-action.json",
        "conversationUpdate-bot-added-to-team.json", "conversationUpdate-bot-added-personal.json", "installationUpdate-add-team.json",
        "docs-teams-messageBack-message-with-value.json", "docs-teams-personal-message.json",
    ];

    private static readonly string[] Texts =
    [
        "help", "3b", "checkin", "leiderschap tekst", "rollen", "partners", "mijn gegevens", "verwijder mijn gegevens", "taal en", "stop",
        "<script>alert(1)</script>", "'; DROP TABLE coalitions; --", "\u0000\u0001\u202e", "../../etc/passwd", "{{7*7}}", "3b ../../../secrets",
        // Markdown, mentions and text that is short on screen but long in code units and bytes (issue 14).
        "[GGD](https://evil.example/x)", "3b [GGD](https://evil.example/x)", "<at>Beheerder</at> **vet** _schuin_", "- lijst\n1. genummerd\n# kop\n> citaat",
        string.Concat(Enumerable.Repeat("👩🏽‍💻", 3000)), "checkin " + string.Concat(Enumerable.Repeat("e\u0301\u0302\u0303", 2000)),
    ];

    private static readonly string[] DialogIds = ["introduction", "check-in", "three-bs", "leadership", "roles", "edit-partner", "delete-my-data", "choose-coalition", "nope"];

    /// <summary>The next request body.</summary>
    public byte[] Next()
    {
        var kind = random.Next(100);
        if (kind < 3) return InvalidUtf8();
        if (kind < 6) return Encoding.UTF8.GetBytes(RandomJson(depth: 0)?.ToJsonString() ?? "null");
        if (kind < 8) return Encoding.UTF8.GetBytes("{\"type\":\"message\",\"value\":" + new string('[', 1 + random.Next(2000)) + "1" + new string(']', 1 + random.Next(2000)) + "}");
        var activity = TeamsFixtures.Load(Fixtures[random.Next(Fixtures.Length)], serviceUrl);
        activity["id"] = "fuzz-" + random.Next();
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++) Mutate(activity);
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }

    private void Mutate(JsonObject activity)
    {
        switch (random.Next(10))
        {
            case 0: activity.Remove(activity.ElementAt(random.Next(activity.Count)).Key); break;
            case 1: activity[activity.ElementAt(random.Next(activity.Count)).Key] = RandomJson(depth: 2); break;
            case 2: activity["text"] = Texts[random.Next(Texts.Length)]; break;
            case 3: activity["text"] = new string((char)('a' + random.Next(26)), random.Next(1, 200_000)); break;
            case 4: activity["value"] = ForgedSubmission(); break;
            case 5: activity["value"] = new JsonObject { ["command"] = Texts[random.Next(Texts.Length)] }; break;
            case 6: activity["type"] = new[] { "message", "invoke", "event", "typing", "endOfConversation", "somethingNew", "" }[random.Next(7)]; break;
            case 7: activity["name"] = "adaptiveCard/action"; activity["type"] = "invoke"; activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = ForgedSubmission() } }; break;
            case 8: activity["locale"] = new[] { "en-US", "nl-NL", "xx", "", "en-" + new string('z', 300) }[random.Next(5)]; break;
            default: activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = RandomJson(1), ["text"] = RandomJson(0) }); break;
        }
    }

    /// <summary>A form submission as a forger would write it: any dialog, any form id, fields naming the other coalition.</summary>
    private JsonObject ForgedSubmission()
    {
        var value = new JsonObject
        {
            ["dialog"] = DialogIds[random.Next(DialogIds.Length)],
            ["form"] = random.Next(3) == 0 ? "" : Guid.NewGuid().ToString("N"),
            ["action"] = random.Next(2) == 0 ? "submit" : "text",
            ["tenant"] = target.TenantId, ["team"] = target.TeamId,
            ["partner"] = target.PartnerId, ["member"] = target.MemberId, ["role"] = "Admin", ["confirm"] = "yes",
            ["scoreAmbition"] = random.Next(-5, 15).ToString(),
            ["intention"] = random.Next(2) == 0 ? new string('x', random.Next(0, 3000)) : Texts[random.Next(Texts.Length)], ["partnerName"] = Texts[random.Next(Texts.Length)],
        };
        if (random.Next(3) == 0) value["organisation"] = RandomJson(2);
        return value;
    }

    private JsonNode? RandomJson(int depth) => (depth > 3 ? random.Next(4) : random.Next(7)) switch
    {
        0 => null,
        1 => random.Next(),
        2 => random.NextDouble() * 1e300,
        3 => new string('é', random.Next(50)),
        4 => true,
        5 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create("k" + i, RandomJson(depth + 1)))),
    };

    private byte[] InvalidUtf8()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"XX\",\"from\":{\"id\":\"29:x\"}}");
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3; // a lead byte...
        body[at + 1] = (byte)(0x28 + random.Next(2)); // ...followed by no continuation byte
        return body;
    }
}
