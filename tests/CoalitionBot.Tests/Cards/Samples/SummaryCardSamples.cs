using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using static CoalitionBot.Leadership.LeadershipStyle;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>The summary cards with realistic answers of a coalition of five.</summary>
internal static class SummaryCardSamples
{
    /// <summary>Six monthly rounds of five members, the last with a low score on the other aspects.</summary>
    private static CoalitionBot.Summaries.CheckInSummary SixRounds()
    {
        CheckInRound[] rounds =
        [
            .. Enumerable.Range(5, 5).Select(month => Round($"2026-{month:D2}", CheckIn("a", 5 + month % 3), CheckIn("b", 7, others: 5 + month % 4), CheckIn("c", 8))),
            Round("2026-11", CheckIn("a", 8, bottleneck: "Financiering na 2027"), CheckIn("b", 9), CheckIn("c", 6, others: 4, nextStep: "Wethouder uitnodigen"), CheckIn("d", 8), CheckIn("e", 8)),
        ];
        return CoalitionBot.Summaries.CheckInSummary.Of(rounds[^1], rounds[^2], minimumRespondents: 3) with { History = [.. rounds.Select(r => RoundMeans.Of(r, minimumRespondents: 3)!)] };
    }

    public static Task<AdaptiveCard> CheckInSummary() => Task.FromResult(CheckInSummaryCard.Build(SixRounds())[0]);

    /// <summary>The trend chart over six rounds, on the card after the figures.</summary>
    public static Task<AdaptiveCard> CheckInTrend() => Task.FromResult(CheckInSummaryCard.Build(SixRounds())[^1]);

    /// <summary>In a lead's 1:1 chat: the same summary with the button that posts it in the team's channel.</summary>
    public static Task<AdaptiveCard> CheckInSummaryInChat() =>
        Task.FromResult(SummaryButtons.AddTo(CheckInSummaryCard.Build(SixRounds()), new("tenant", "team"), "checkin", inChannel: false)[^1]);

    public static Task<AdaptiveCard> SummaryPdfLink() => Task.FromResult(CoalitionBot.Summaries.Pdf.SummaryPdfCard.Build("https://bot.example.org/api/summary-pdf/token"));

    public static Task<AdaptiveCard> ExportLinks() => Task.FromResult(CoalitionBot.Exports.ExportCard.Build("Kansrijke Start Leiden", 3,
        "https://bot.example.org/api/export/csv/token", "https://bot.example.org/api/export/json/token"));

    public static Task<AdaptiveCard> TooFewAnswers() => Task.FromResult(Assert.Single(CheckInSummaryCard.Build(CoalitionBot.Summaries.CheckInSummary.Of(
        Round("2026-11", CheckIn("a", 8), CheckIn("b", 9)), previous: null, minimumRespondents: 3))));

    public static Task<AdaptiveCard> LeadershipSummary()
    {
        var coalition = LeadershipOf(Result(Coaching, 4, 2), Result(Supporting, 4, 3), Result(Delegating, 5, 3), Result(Coaching, 3, 4));
        return Task.FromResult(Headed(LeadershipSummaryCard.Build(CoalitionBot.Summaries.LeadershipSummary.Of(coalition, minimumRespondents: 3, CoalitionBot.Coalitions.CoalitionPhase.Growing))));
    }

    /// <summary>Members who see the partners differently: two see begeleiden, two delegeren, one sturen.</summary>
    public static Task<AdaptiveCard> LeadershipSummarySplit()
    {
        var coalition = LeadershipOf(Result(Coaching, 3, 3), Result(Supporting, 3, 3), Result(Delegating, 5, 5), Result(Coaching, 5, 4), Result(Directing, 2, 4));
        return Task.FromResult(LeadershipSummaryCard.Build(CoalitionBot.Summaries.LeadershipSummary.Of(coalition, minimumRespondents: 3, CoalitionBot.Coalitions.CoalitionPhase.Starting)));
    }

    /// <summary>Five members' forces around the goal: the wethouder's support and the GPs' lack of time named by several.</summary>
    public static Task<AdaptiveCard> ForcesSummary()
    {
        var forces = new[]
        {
            Forces("29:a", (For, "Steun van de wethouder", 3), (For, "Verloskundigen en JGZ kennen elkaar al goed", 2), (Against, "Huisartsen hebben geen tijd voor overleg", 3)),
            Forces("29:b", (For, "steun van de wethouder", 2), (Against, "Huisartsen hebben geen tijd voor overleg", 2), (Against, "Financiering na 2027 is onzeker", 3)),
            Forces("29:c", (For, "Steun van de wethouder", 3), (For, "Energie in de wijk Stevenshof", 2), (Against, "Privacyregels bij het delen van gegevens", 1)),
            Forces("29:d", (For, "Verloskundigen en JGZ kennen elkaar al goed", 3), (Against, "Financiering na 2027 is onzeker", 2)),
            Forces("29:e", (Against, "Huisartsen hebben geen tijd voor overleg", 3), (Against, "Wisselende contactpersonen bij het sociaal team", 2)),
        };
        // As published once all five had answered.
        return Task.FromResult(Headed(ForceSummaryCard.Build(new ForceSummary(forces.Length, 3, CoalitionBot.Forces.ForceFigures.Of(forces)))[0]));
    }

    /// <summary>Two members named forces: too few to show them.</summary>
    public static Task<AdaptiveCard> ForcesTooFew()
    {
        var stored = new[] { Forces("29:a", (For, "Steun van de wethouder", 3)), Forces("29:b", (Against, "Geen tijd", 2)) }
            .Aggregate(new CoalitionBot.Forces.CoalitionForces(), (all, member) => all.WithForces(member, minimumRespondents: 3));
        return Task.FromResult(Headed(ForceSummaryCard.Build(ForceSummary.Of(stored, minimumRespondents: 3))[0]));
    }

    private const CoalitionBot.Forces.ForceDirection For = CoalitionBot.Forces.ForceDirection.For, Against = CoalitionBot.Forces.ForceDirection.Against;

    private static CoalitionBot.Forces.MemberForces Forces(string userId, params (CoalitionBot.Forces.ForceDirection Direction, string Text, int Strength)[] forces) =>
        new(userId, DateTimeOffset.UnixEpoch, [.. forces.Select(f => new CoalitionBot.Forces.NamedForce(f.Direction, f.Text, f.Strength))]);

    /// <summary>The card as the bot sends it for a coalition that recorded its goal.</summary>
    private static AdaptiveCard Headed(AdaptiveCard card) =>
        CoalitionBot.Coalitions.CoalitionGoalTexts.AddTo([card], new CoalitionBot.Coalitions.CoalitionGoal(DialogCardSamples.SampleGoal, DateTimeOffset.UnixEpoch))[0];

    public static Task<AdaptiveCard> ThreeBsSummary() =>
        Task.FromResult(Headed(Assert.Single(ThreeBsSummaryCard.Build(CoalitionBot.Summaries.ThreeBsSummary.Of(AtTheTable(CoalitionWithPartners(new("tenant", "team"))), WithSelfView(Descriptions()))))));

    /// <summary>The municipality decides and funds at the bestuurlijk level, the GGD works at two levels, nobody gave the housing corporation's; the alderman is the bestuurlijke trekker.</summary>
    private static CoalitionBot.Coalitions.Coalition AtTheTable(CoalitionBot.Coalitions.Coalition coalition) => coalition
        .WithPartner(Municipality.WithRoles([CoalitionBot.Coalitions.NetworkRole.DecisionMaker, CoalitionBot.Coalitions.NetworkRole.Funder]) with { Levels = [CoalitionBot.Coalitions.PartnerLevel.Strategic] })
        .WithPartner(Ggd with { Levels = [CoalitionBot.Coalitions.PartnerLevel.Tactical, CoalitionBot.Coalitions.PartnerLevel.Operational] })
        .WithAdministrativeLead(new CoalitionBot.Coalitions.AdministrativeLead("wethouder Van den Berg", Municipality.Id, DateTimeOffset.UnixEpoch));

    /// <summary>The GGD also described by one of its own staff, who sees it as more involved than the others do.</summary>
    private static IReadOnlyDictionary<string, CoalitionBot.ThreeBs.PartnerDescriptions> WithSelfView(IReadOnlyDictionary<string, CoalitionBot.ThreeBs.PartnerDescriptions> descriptions) =>
        new Dictionary<string, CoalitionBot.ThreeBs.PartnerDescriptions>(descriptions)
        {
            [Ggd.Id] = descriptions[Ggd.Id].With(Description("29:dewi", "Dewi Pinas", 4, 5, CoalitionBot.ThreeBs.Attitude.Supportive, "Elk kind gezond laten opgroeien", day: 4) with
            {
                IsOwnOrganisation = true,
                Expectations = "Dat de partners de monitor gebruiken bij hun keuzes.",
                AttitudeReason = "Kansrijke Start past precies in onze wettelijke taak.",
            }),
        };

    public static Task<AdaptiveCard> Overview() => Task.FromResult(SummaryOverviewCard.Build(
        CoalitionBot.Summaries.CheckInSummary.Of(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6)), previous: null, minimumRespondents: 3),
        CoalitionBot.Summaries.LeadershipSummary.Of(null, minimumRespondents: 3),
        CoalitionBot.Summaries.ThreeBsSummary.Of(CoalitionWithPartners(new("tenant", "team")), Descriptions()),
        CoalitionBot.Summaries.ForceSummary.Of(null, minimumRespondents: 3),
        inChannel: true));
}
