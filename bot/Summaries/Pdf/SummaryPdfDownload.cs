using System.Globalization;
using CoalitionBot.BotFramework;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>
/// A summary as a one-page PDF behind a link signed for one lead or admin, one coalition and one topic, valid for 15
/// minutes and sent only to their 1:1 chat. The PDF is made when the link is opened, from the figures published then,
/// after the bot checked again that the person still leads or administers the coalition.
/// </summary>
public static class SummaryPdfDownload
{
    public const string Purpose = "summary-pdf";
    public const string PathPrefix = "/api/summary-pdf/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const string TopicClaim = "topic";

    /// <summary>The link for this person, coalition and topic ("checkin", "3b GGD", "" for the overview); null when the bot does not know its own address.</summary>
    public static async Task<string?> LinkAsync(TurnContext turn, CoalitionId coalition, string userId, string topicText, SignedLinks links, CancellationToken cancellationToken)
    {
        if (turn.BotUrl is null) return null;
        var token = await links.CreateAsync(Purpose, new Dictionary<string, string>
        {
            ["tenant"] = coalition.TenantId,
            ["team"] = coalition.TeamId,
            ["user"] = userId,
            [TopicClaim] = topicText,
            [DownloadLanguage.Claim] = DownloadLanguage.OfTurn,
        }, Lifetime, cancellationToken);
        return new Uri(turn.BotUrl, PathPrefix.TrimStart('/') + token).ToString();
    }

    public static IEndpointConventionBuilder MapSummaryPdfDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PathPrefix + "{token}", async (string token, HttpRequest request, SignedLinks links, CoalitionStore coalitions, CommandWords words,
            SummaryCards summaries, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var claims = await links.ValidateAsync(Purpose, token, cancellationToken);
            var culture = DownloadLanguage.Of(claims, request);
            if (claims is null || !claims.TryGetValue("tenant", out var tenant) || !claims.TryGetValue("team", out var team)
                || !claims.TryGetValue("user", out var user) || !claims.TryGetValue(TopicClaim, out var topic))
                return DownloadLanguage.Refused(culture, nameof(Strings.SummaryPdfLinkInvalid));
            // The role is checked now, not when the link was made: a lead who stepped down cannot use an old link.
            if (await coalitions.GetAsync(new CoalitionId(tenant, team), cancellationToken) is not { } coalition || !coalition.IsLeadOrAdmin(user))
                return DownloadLanguage.Refused(culture, nameof(Strings.SummaryPdfNotAllowed));

            // The summary's texts, numbers and dates in the language the link was asked in.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            if (await summaries.BuildAsync(coalition, words.Parse(topic), inChannel: false, cancellationToken) is not { Count: > 0 } cards)
                return DownloadLanguage.Refused(culture, nameof(Strings.SummaryPdfLinkInvalid));

            var made = TimeZoneInfo.ConvertTime(time.GetUtcNow(), CheckInRoundIds.DutchTime);
            var title = InlineMarkdown.Plain(cards[0].FallbackText ?? Strings.SummaryPdfFileName);
            var header = Texts.Format(Strings.SummaryPdfHeader, coalition.Name ?? coalition.Id.TeamId, made);
            var pdf = SummaryPdf.Render(cards, title, header, Strings.SummaryPdfCutShort, made);
            return Results.File(pdf, "application/pdf", $"{Strings.SummaryPdfFileName}.pdf");
        });
}
