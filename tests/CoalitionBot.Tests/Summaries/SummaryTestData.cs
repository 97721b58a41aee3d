using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Tests.Summaries;

/// <summary>Answers as members give them, for the summary tests.</summary>
internal static class SummaryTestData
{
    public static CheckInAnswer CheckIn(string userId, int ambition, int others = 7, string bottleneck = "Te weinig tijd", string nextStep = "Werksessie plannen") => new()
    {
        UserId = userId,
        Scores = CheckInAspects.Core.ToDictionary(a => a, a => a == CheckInAspect.Ambition ? ambition : others),
        Bottleneck = bottleneck,
        NextStep = nextStep,
        AnsweredAt = DateTimeOffset.Parse("2026-11-02T09:00:00Z"),
    };

    /// <summary>A round whose published figures count all these answers (below the minimum they are not shown).</summary>
    public static CheckInRound Round(string roundId, params CheckInAnswer[] answers) =>
        answers.Aggregate(new CheckInRound { RoundId = roundId }, (round, answer) => round.WithAnswer(answer, minimumRespondents: int.MaxValue)).WithEveryAnswerPublished();

    /// <summary>Leadership results of members m0, m1, ... whose published figures count all of them.</summary>
    public static CoalitionLeadership LeadershipOf(params LeadershipResult[] results) =>
        results.Select((r, i) => (r, i)).Aggregate(new CoalitionLeadership { Coalition = new("tenant", "team") }, (c, x) => c.WithResult($"m{x.i}", x.r, minimumRespondents: int.MaxValue))
            .WithEveryResultPublished();

    /// <summary>A leadership result with the given dominant style and mean ratings (three questions per axis, all equal).</summary>
    public static LeadershipResult Result(LeadershipStyle dominant, int ability, int commitment) => LeadershipResult.Score(
        Enumerable.Range(1, 10).ToDictionary(i => $"s{i}", i => i <= 4 ? dominant : (LeadershipStyle)(i % 4)),
        new Dictionary<string, int> { ["a1"] = ability, ["a2"] = ability, ["a3"] = ability },
        new Dictionary<string, int> { ["c1"] = commitment, ["c2"] = commitment, ["c3"] = commitment },
        DateTimeOffset.Parse("2026-11-02T09:00:00Z"));

    public static readonly Partner Ggd = new("ggd", "GGD Hollands Midden", NetworkRole.Implementer);
    public static readonly Partner Municipality = new("gemeente", "Gemeente Leiden", NetworkRole.DecisionMaker);
    public static readonly Partner Housing = new("woonstede", "Woningcorporatie", NetworkRole.Implementer);

    /// <summary>Three partners: two implementers and a decision maker, so funders and users are missing.</summary>
    public static Coalition CoalitionWithPartners(CoalitionId id) => new Coalition { Id = id, Partners = [Ggd, Municipality, Housing] }
        .WithMember("29:anna", "Anna de Vries", null).WithMember("29:bram", "Bram Bakker", null).WithMember("29:chris", "Chris Smit", null);

    public static ThreeBsDescription Description(string userId, string? name, int influence, int involvement, Attitude attitude, string intention = "Gezonde start voor elk kind", int day = 2) => new()
    {
        UserId = userId,
        UserName = name,
        Intention = intention,
        Interest = "Minder gezondheidsverschillen",
        Contribution = "Jeugdverpleegkundigen en data",
        Influence = influence,
        Involvement = involvement,
        Attitude = attitude,
        DescribedAt = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero),
    };

    /// <summary>The GGD described by three members (invloed 4, 3, 5; betrokkenheid 4, 4, 2), the municipality by one.</summary>
    public static IReadOnlyDictionary<string, PartnerDescriptions> Descriptions() => new Dictionary<string, PartnerDescriptions>
    {
        [Ggd.Id] = new PartnerDescriptions { PartnerId = Ggd.Id }
            .With(Description("29:anna", "Anna de Vries", 4, 4, Attitude.Supportive, day: 1))
            .With(Description("29:bram", null, 3, 4, Attitude.Supportive, "Vroeg signaleren", day: 2))
            .With(Description("29:chris", "Chris Smit", 5, 2, Attitude.Neutral, day: 3)),
        [Municipality.Id] = new PartnerDescriptions { PartnerId = Municipality.Id }
            .With(Description("29:anna", "Anna de Vries", 5, 3, Attitude.Supportive)),
    };
}
