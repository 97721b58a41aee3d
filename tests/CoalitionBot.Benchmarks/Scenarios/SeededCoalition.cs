using System.Globalization;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// A coalition with a lead, members and their check-in answers over the last ten months, written straight into
/// the store in the bot's own documents (one per round), with varied scores, remarks, bottlenecks and next steps.
/// </summary>
public sealed class SeededCoalition(string tenantId, string teamId, int answers, RosterMember lead)
{
    private const int Rounds = 10;
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly string[] Bottlenecks =
    [
        "Financiering na 2027 is onzeker", "Te weinig tijd naast het gewone werk", "Huisartsen haken nog niet aan",
        "Privacyregels bij het delen van gegevens", "Bewoners zijn moeilijk te bereiken",
    ];
    private static readonly string[] NextSteps =
    [
        "Werksessie plannen met alle partners", "Convenant opstellen", "Wethouder uitnodigen voor het overleg",
        "Ervaringen van ouders ophalen", "Taakverdeling opnieuw bespreken",
    ];

    public string TeamId => teamId;
    public int Answers => answers;
    public int AnswersPerRound => Math.Max(1, answers / Rounds);

    public async Task SeedAsync(IDocumentStore store)
    {
        var id = new CoalitionId(tenantId, teamId);
        var random = new Random(answers); // the same answers every run
        var memberIds = Enumerable.Range(1, AnswersPerRound).Select(i => $"29:bench-member-{i.ToString("D5", CultureInfo.InvariantCulture)}").ToList();
        var coalition = memberIds.Aggregate(
            new Coalition { Id = id, Name = $"Kansrijke Start ({answers} antwoorden)", CreatedAt = DateTimeOffset.UtcNow.AddYears(-1) }
                .WithMember(lead.UserId, lead.Name, null, CoalitionRole.Lead),
            (c, member) => c.WithMember(member, "Lid " + member[^5..], null));
        await store.WriteJsonAsync(CoalitionStore.KeyOf(id), coalition, CoalitionJsonContext.Default.Coalition, WriteCondition.Always, CancellationToken.None);

        var thisMonth = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, DutchTime);
        for (var back = Rounds - 1; back >= 0; back--)
        {
            var month = thisMonth.AddMonths(-back);
            var roundId = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var round = new CheckInRound
            {
                RoundId = roundId,
                Answers = memberIds.ToDictionary(m => m, m => Answer(m, month, random)),
            };
            await store.WriteJsonAsync(id.Key("checkins", roundId), round, CheckInJsonContext.Default.CheckInRound, WriteCondition.Always, CancellationToken.None);
        }
    }

    private static CheckInAnswer Answer(string userId, DateTimeOffset month, Random random) => new()
    {
        UserId = userId,
        Scores = CheckInAspects.Core.ToDictionary(a => a, _ => random.Next(4, 11)),
        Remarks = random.Next(3) == 0 ? new Dictionary<CheckInAspect, string> { [CheckInAspect.Relationship] = "Het vertrouwen groeit sinds de werksessie" } : new Dictionary<CheckInAspect, string>(),
        Bottleneck = Bottlenecks[random.Next(Bottlenecks.Length)],
        NextStep = NextSteps[random.Next(NextSteps.Length)],
        AnsweredAt = new DateTimeOffset(month.Year, month.Month, 1 + random.Next(20), 9, 0, 0, TimeSpan.Zero),
    };
}
