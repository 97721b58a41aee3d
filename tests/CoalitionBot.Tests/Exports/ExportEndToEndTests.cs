using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.PersonalData;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Exports;

/// <summary>"export": signed CSV and JSON downloads for one lead and one coalition, with the summaries' anonymity, and nothing for anyone else.</summary>
public sealed class ExportEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Lead = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");
    private static readonly CoalitionId OtherTeam = new(CoalitionSetup.TenantId, "19:other-team@thread.tacv2");

    /// <summary>The bot's clock: an export carries the time it was made, and the tests must not depend on when they run.</summary>
    // After November's round has closed: the export holds closed rounds only.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("export");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var updater = Bot.Services.GetRequiredService<DocumentUpdater>();
        foreach (var round in new[]
        {
            Round("2026-10", CheckIn("29:a", 6, bottleneck: "Alleen wij twee"), CheckIn("29:b", 7)), // too few: left out
            Round("2026-11", CheckIn("29:a", 8, bottleneck: "=HYPERLINK(\"http://evil\")"), CheckIn("29:b", 9, bottleneck: "Geen geld, wél \"plannen\""), CheckIn("29:c", 6)),
        })
            await updater.UpdateAsync(CoalitionSetup.Id.Key("checkins", round.RoundId), CheckInJsonContext.Default.CheckInRound, _ => round, CancellationToken.None);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Partners = [Ggd] }, CancellationToken.None);
        await Bot.Services.GetRequiredService<ThreeBsStore>().SaveAsync(CoalitionSetup.Id, Ggd.Id, Description("29:anna", "Anna de Vries", 4, 4, Attitude.Supportive, "Gezonde start"), CancellationToken.None);

        // A second team in the same tenant with its own answers.
        await Bot.Services.GetRequiredService<CoalitionStore>().AddMembersAsync(OtherTeam, () => new Coalition { Id = OtherTeam }, [("29:x", "Xander", null)], CancellationToken.None);
        await updater.UpdateAsync(OtherTeam.Key("checkins", "2026-11"), CheckInJsonContext.Default.CheckInRound,
            _ => Round("2026-11", CheckIn("29:x", 5, bottleneck: "Geheim van team B"), CheckIn("29:y", 5), CheckIn("29:z", 5)), CancellationToken.None);
    }

    private async Task<(string Csv, string Json)> LinksAsync(string language = "nl")
    {
        var lead = new DialogConversation(Bot, Channel, member: Lead);
        if (language != "nl") await lead.SayAsync("taal " + language);
        var card = Assert.Single(await lead.SayAsync("exporteer")).Card!;
        return (card["actions"]![0]!["url"]!.GetValue<string>(), card["actions"]![1]!["url"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> GetAsync(string link, string? acceptLanguage = null)
    {
        using var client = Bot.CreateClient();
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return await client.GetAsync(new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link);
    }

    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task The_csv_has_a_bom_the_summaries_figures_texts_without_names_and_no_formulas()
    {
        var (csvLink, _) = await LinksAsync();

        var lines = await CsvLinesAsync(await GetAsync(csvLink));

        // Dutch: semicolons, as Excel with Dutch settings splits a CSV.
        Assert.StartsWith("methode;ronde;partner;rol_partner;auteur;datum;aspect;antwoorden;gemiddelde;laagste;hoogste;tekst", lines[0]);
        Assert.Equal(5, lines.Count(l => l.StartsWith("checkin;2026-11;", StringComparison.Ordinal))); // a row per aspect, never per answer
        Assert.StartsWith("checkin;2026-11;;;;;ambitie;3;7,67;;;", lines[1]); // lowest and highest only from 5 answers
        Assert.DoesNotContain(lines, l => l.Contains("2026-10") || l.Contains("Alleen wij twee") || l.Contains("29:") || l.Contains("Geheim van team B"));
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        Assert.Contains(lines, l => l.Contains(";\"Geen geld, wél \"\"plannen\"\"\";"));
        Assert.Contains(lines, l => l.StartsWith("3b;;GGD Hollands Midden;Uitvoerder;Anna de Vries;2026-11-02;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asked_in_English_the_csv_has_commas()
    {
        var (csvLink, _) = await LinksAsync("en");

        var lines = await CsvLinesAsync(await GetAsync(csvLink));

        Assert.StartsWith("method,round,partner,partner_role,author,date,aspect,answers,mean", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("checkin,2026-11,,,,,ambition,3,7.67,,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3b,,GGD Hollands Midden,Implementer,Anna de Vries,2026-11-02,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_link_is_explained_in_the_language_of_the_link_or_else_of_the_browser()
    {
        var (englishLink, _) = await LinksAsync("en");
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Members = [.. c.Members.Select(m => m.UserId == Lead.UserId ? m with { Role = CoalitionRole.Member } : m)] }, CancellationToken.None);

        Assert.Contains("Only the coalition's leads and admins", await (await GetAsync(englishLink, acceptLanguage: "nl-NL")).Content.ReadAsStringAsync());
        Assert.Contains("ongeldig of verlopen", await (await GetAsync("/api/export/csv/garbage")).Content.ReadAsStringAsync());
        Assert.Contains("not valid or has expired", await (await GetAsync("/api/export/csv/garbage", acceptLanguage: "en-GB,nl;q=0.5")).Content.ReadAsStringAsync());
        Assert.Contains("'mijn gegevens'", await (await GetAsync("/api/my-data/garbage")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_json_has_the_rounds_with_enough_respondents_and_the_signed_three_bs()
    {
        var (_, jsonLink) = await LinksAsync();

        var export = JsonNode.Parse(await (await GetAsync(jsonLink)).Content.ReadAsStringAsync())!;

        var round = Assert.Single(export["checkIns"]!.AsArray())!;
        Assert.Equal("2026-11", round["round"]!.GetValue<string>());
        Assert.Equal(3, round["respondents"]!.GetValue<int>());
        Assert.Equal(5, round["aspects"]!.AsArray().Count);
        Assert.Contains("Geen geld, wél \"plannen\"", round["bottlenecks"]!.AsArray().Select(b => b!.GetValue<string>()));
        Assert.Null(export["leadership"]); // nobody answered: below the minimum
        Assert.Equal("Anna de Vries", export["threeBs"]![0]!["author"]!.GetValue<string>());
        Assert.Equal(Now, export["exportedAt"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain("29:", export.ToJsonString()); // no member's Teams id
    }

    [Fact]
    public async Task Asked_in_the_channel_the_links_go_to_the_leads_personal_chat()
    {
        var calls = await new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: Lead).SayAsync("<at>CoalitionBot</at> exporteer", expectedCalls: 3);

        var create = Assert.Single(calls, c => c.Path == "/v3/conversations");
        Assert.False(create.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(Lead.UserId, create.Body["members"]![0]!["id"]!.GetValue<string>());
        var personal = Assert.Single(calls, c => c.Path.StartsWith($"/v3/conversations/{PersonalChatIds.Of(Lead.UserId)}/", StringComparison.Ordinal));
        Assert.Contains("/api/export/csv/", personal.Card!.ToJsonString());
        var inChannel = Assert.Single(calls, c => c.Path.StartsWith("/v3/conversations/19:", StringComparison.Ordinal));
        Assert.Contains("persoonlijk bericht gestuurd", inChannel.Text);
        Assert.Null(inChannel.Card);
    }

    [Fact]
    public async Task A_member_gets_no_link()
    {
        var reply = Assert.Single(await new DialogConversation(Bot, Channel).SayAsync("export"));

        Assert.Null(reply.Card);
        Assert.Contains("trekkers en beheerders", reply.Text);
    }

    [Fact]
    public async Task An_altered_token_naming_another_team_is_refused()
    {
        var (csvLink, _) = await LinksAsync();
        var token = csvLink[(csvLink.LastIndexOf('/') + 1)..];
        var payload = Encoding.UTF8.GetString(Base64Url(token.Split('.')[0]));
        var altered = payload.Replace(CoalitionSetup.TeamId, OtherTeam.TeamId, StringComparison.Ordinal);
        Assert.NotEqual(payload, altered);

        var response = await GetAsync("/api/export/csv/" + ToBase64Url(Encoding.UTF8.GetBytes(altered)) + "." + token.Split('.')[1]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Geheim van team B", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_for_a_team_the_person_does_not_lead_expired_or_for_another_purpose_is_refused()
    {
        var links = Bot.Services.GetRequiredService<SignedLinks>();
        // The lead is a member of the other team too, but no lead there.
        await Bot.Services.GetRequiredService<CoalitionStore>().AddMembersAsync(OtherTeam, () => throw new InvalidOperationException(), [(Lead.UserId, Lead.Name, null)], CancellationToken.None);
        Dictionary<string, string> Claims(CoalitionId team, string user) => new() { ["tenant"] = team.TenantId, ["team"] = team.TeamId, ["user"] = user };

        var forTeamB = await links.CreateAsync("coalition-export", Claims(OtherTeam, Lead.UserId), TimeSpan.FromMinutes(15), CancellationToken.None);
        var ofAMember = await links.CreateAsync("coalition-export", Claims(CoalitionSetup.Id, CoalitionSetup.Katinka.UserId), TimeSpan.FromMinutes(15), CancellationToken.None);
        var expired = await links.CreateAsync("coalition-export", Claims(CoalitionSetup.Id, Lead.UserId), TimeSpan.FromMinutes(-1), CancellationToken.None);
        var myData = await links.CreateAsync("my-data", Claims(CoalitionSetup.Id, Lead.UserId), TimeSpan.FromMinutes(15), CancellationToken.None);

        foreach (var token in new[] { forTeamB, ofAMember, expired, myData, "garbage", "a.b" })
            foreach (var format in new[] { "csv", "json" })
                Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync($"/api/export/{format}/{token}")).StatusCode);
    }

    [Fact]
    public async Task A_lead_who_stepped_down_cannot_use_the_link_any_more()
    {
        var (csvLink, _) = await LinksAsync();
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Members = [.. c.Members.Select(m => m.UserId == Lead.UserId ? m with { Role = CoalitionRole.Member } : m)] }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(csvLink)).StatusCode);
    }

    private static byte[] Base64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - base64.Length % 4) % 4));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
