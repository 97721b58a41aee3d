using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Summaries;
using static CoalitionBot.CheckIns.CheckInAspect;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>The check-in summary as a meeting discusses it: a coalition of six whose round raised questions.</summary>
internal static class DiscussionCardSamples
{
    /// <summary>A member's scores in the order ambition, interests, relationship, process, organisation.</summary>
    private static CheckInAnswer Answer(string userId, int[] scores, int grade, params (CheckInAspect Aspect, string Text)[] remarks) =>
        CheckIn(userId, scores[0]) with
        {
            Scores = CheckInAspects.Core.ToDictionary(a => a, a => scores[(int)a]),
            Grade = grade,
            Remarks = remarks.ToDictionary(r => r.Aspect, r => r.Text),
        };

    /// <summary>Ambition 3-9 (views apart), process down from 7,3 to 6,0, organisation lowest; remarks on ambition and process.</summary>
    private static IReadOnlyList<AdaptiveCard> Cards()
    {
        var september = Round("2026-09", Answer("a", [7, 7, 8, 7, 6], 7), Answer("b", [8, 7, 8, 8, 6], 8), Answer("c", [7, 6, 7, 7, 5], 7));
        var november = Round("2026-11",
            Answer("a", [9, 7, 8, 7, 6], 8, (Ambition, "Het doel voor 2027 is helder en haalbaar.")) with { Bottleneck = "Financiering na 2027" },
            Answer("b", [3, 6, 7, 5, 5], 6, (Ambition, "Niet iedereen weet wat we in 2027 willen bereiken."), (Process, "Te veel overleg, te weinig besluiten.")),
            Answer("c", [7, 7, 8, 5, 4], 7, (Process, "Verslagen komen laat.")),
            Answer("d", [8, 8, 9, 6, 6], 8) with { NextStep = "Wethouder uitnodigen" },
            Answer("e", [6, 7, 8, 6, 5], 7),
            Answer("f", [8, 6, 8, 7, 5], 8));
        return CheckInSummaryCard.Build(CoalitionBot.Summaries.CheckInSummary.Of(november, september, minimumRespondents: 3));
    }

    /// <summary>The figures with the change in numbers, and the questions to discuss.</summary>
    public static Task<AdaptiveCard> CheckInSummaryToDiscuss() => Task.FromResult(Cards()[0]);

    /// <summary>The card after it: how many gave each score, the remarks per aspect, what went well, bottlenecks and next steps.</summary>
    public static Task<AdaptiveCard> CheckInSummaryRemarks() => Task.FromResult(Cards()[1]);
}
