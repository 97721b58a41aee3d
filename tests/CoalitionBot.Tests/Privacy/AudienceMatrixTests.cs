using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Resources;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Privacy;

/// <summary>
/// Every command and every questionnaire, asked in a 1:1 chat, a group chat and a team channel, by a member, a lead and
/// an admin: what the member answers (marker strings) never reaches a conversation other than their own 1:1 chat, and a
/// shared conversation hears only neutral words (and, in the coalition's channel, a lead's summaries).
/// </summary>
public sealed class AudienceMatrixTests : BotAndChannelTests
{
    public enum Place { Personal, GroupChat, Channel }

    private static readonly Member Someone = new("29:1Mx-matrix-member", "Mira Tester");

    public static TheoryData<Place, CoalitionRole> Cases()
    {
        var cases = new TheoryData<Place, CoalitionRole>();
        foreach (var place in Enum.GetValues<Place>())
            foreach (var role in Enum.GetValues<CoalitionRole>()) cases.Add(place, role);
        return cases;
    }

    /// <summary>Commands run where the member is, before and after they answered.</summary>
    private static readonly string[] Commands =
    [
        "help", "samenvatting", "samenvatting checkin", "samenvatting leiderschap", "samenvatting 3b", "samenvatting 3b GGD Hollands Midden nieuw",
        "taal en", "taal nl", "partners", "rollen", "instellingen", "herinnering", "herinnering nieuw", "herinnering rapport", "exporteer",
        "coalitie", "checkin tekst", "acties", "acties nieuw", "stop", "iets wat geen opdracht is",
    ];

    /// <summary>Questionnaires whose answers are the member's own; each is submitted once wrong, then right, with markers.</summary>
    private static readonly string[] Questionnaires = ["checkin", "3b", "leiderschap", "demo"];

    /// <summary>Commands whose answer shows what the member answered (their data), run after they answered.</summary>
    private static readonly string[] AfterAnswering = ["mijn gegevens", "samenvatting checkin", "samenvatting leiderschap", "checkin", "verwijder mijn gegevens", "stop"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task What_a_member_answers_never_leaves_their_own_personal_chat(Place place, CoalitionRole role)
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, Someone);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Partners = [Ggd], Members = [.. c.Members.Select(m => m.UserId == Someone.UserId ? m with { Role = role } : m)] }, CancellationToken.None);
        var where = new DialogConversation(Bot, Channel, fixture: FixtureOf(place), member: Someone);
        var personal = new DialogConversation(Bot, Channel, member: Someone);
        var asked = new List<(string Command, int From, int To)>();

        foreach (var command in Commands) asked.Add(await SayAsync(where, place, command));
        foreach (var questionnaire in Questionnaires)
        {
            asked.Add(await SayAsync(where, place, questionnaire));
            var form = LatestFormIn(PersonalChatIds.Of(Someone.UserId));
            await personal.SendAsync(personal.Message(a => { a.Remove("text"); a["value"] = FormAnswers.Fill(form, Marker, wrong: true); a["replyToId"] = "form-1"; }), expectedCalls: 0);
            await personal.SendAsync(personal.Message(a => { a.Remove("text"); a["value"] = FormAnswers.Fill(form, Marker, wrong: false); a["replyToId"] = "form-1"; }), expectedCalls: 0);
        }
        foreach (var command in AfterAnswering) asked.Add(await SayAsync(where, place, command));

        var mine = PersonalChatIds.Of(Someone.UserId);
        var calls = Channel.Messages.ToList();
        Assert.Contains(calls, c => ConversationOf(c) == mine && c.Body!.ToJsonString().Contains(Marker, StringComparison.Ordinal)); // the markers did arrive
        var leaks = calls.Where(c => ConversationOf(c) != mine && c.Body!.ToJsonString().Contains(Marker, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, $"The member's answers reached another conversation: {string.Join(", ", leaks.Select(c => c.Path))}");

        foreach (var (command, from, to) in asked)
            foreach (var call in calls.Skip(from).Take(to - from).Where(c => ConversationOf(c) != mine))
                Assert.True(IsNeutral(call) || IsSummaryForLeadsInChannel(call, command, place, role),
                    $"'{command}' in a {place} ({role}) sent more than a neutral word to {call.Path}: {call.Body!.ToJsonString()[..Math.Min(300, call.Body.ToJsonString().Length)]}");
    }

    private const string Marker = "MRKR-7f3a";

    private async Task<(string, int, int)> SayAsync(DialogConversation where, Place place, string command)
    {
        var from = Channel.Messages.Count;
        await where.SendAsync(where.Message(a =>
        {
            if (place == Place.GroupChat) GroupChat.Reshape(a);
            a["text"] = place == Place.Personal ? command : $"<at>CoalitionBot</at> {command}";
        }), expectedCalls: 0);
        return (command, from, Channel.Messages.Count);
    }

    private JsonNode LatestFormIn(string conversationId) =>
        Channel.Messages.Last(c => ConversationOf(c) == conversationId && c.Card?["actions"]?[0]?["data"]?["form"] is not null).Card!;

    /// <summary>Where a call goes: the conversation in its path, or the one it creates (a 1:1 chat, or a thread in a channel).</summary>
    private static string? ConversationOf(ConnectorCall call) =>
        call.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal) ? call.Path["/v3/conversations/".Length..].Split('/')[0]
        : call.Body?["channelData"]?["channel"]?["id"]?.GetValue<string>()
        ?? (call.Body?["members"]?[0]?["id"]?.GetValue<string>() is { } member ? PersonalChatIds.Of(member) : null);

    private static string FixtureOf(Place place) => place == Place.Personal ? "message-personal.json" : "message-channel-mention.json";

    /// <summary>Texts that say nothing about anyone: help, pointers, refusals.</summary>
    private static readonly HashSet<string> NeutralTexts = new(
        new[]
        {
            nameof(Strings.Unknown), nameof(Strings.LanguageSwitched), nameof(Strings.SentPersonally), nameof(Strings.OpenPersonalChat),
            nameof(Strings.SummaryNotAllowed), nameof(Strings.SummaryOnlyInTeamOrPersonal), nameof(Strings.SummaryUnknownTopic), nameof(Strings.SummaryPostedInChannel),
        }.SelectMany(name => new[] { "nl-NL", "en-US" }.Select(culture => Strings.ResourceManager.GetString(name, CultureInfo.GetCultureInfo(culture))!)),
        StringComparer.Ordinal);

    private static bool IsNeutral(ConnectorCall call) => call.Card is null && call.Text is { } text && (NeutralTexts.Contains(text) || IsHelp(text));

    /// <summary>Help: its intro and closing words around the registered commands' lines.</summary>
    private static bool IsHelp(string text) => new[] { "nl-NL", "en-US" }.Select(CultureInfo.GetCultureInfo).Any(culture =>
        text.StartsWith(Strings.ResourceManager.GetString(nameof(Strings.HelpIntro), culture)!, StringComparison.Ordinal)
        && text.EndsWith(Strings.ResourceManager.GetString(nameof(Strings.HelpOutro), culture)!, StringComparison.Ordinal));

    /// <summary>A lead's or admin's summary in the coalition's own channel: the aggregates it is meant to show there.</summary>
    private static bool IsSummaryForLeadsInChannel(ConnectorCall call, string command, Place place, CoalitionRole role) =>
        place != Place.GroupChat && role != CoalitionRole.Member && command.StartsWith("samenvatting", StringComparison.Ordinal)
        && ConversationOf(call) is { } conversation && conversation.StartsWith("19:", StringComparison.Ordinal) && conversation != GroupChat.ConversationId;
}
