using System.Text.Json;
using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>
/// The coalition export as CSV and JSON downloads: links signed for one lead or admin and one coalition, valid
/// for 15 minutes. On every download the bot checks again that the person still leads or administers it.
/// </summary>
public static class ExportDownload
{
    public const string Purpose = "coalition-export";
    public const string PathPrefix = "/api/export/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const string Csv = "csv", Json = "json";

    /// <summary>The CSV and JSON links for this person and coalition; null when the bot does not know its own address.</summary>
    public static async Task<(string Csv, string Json)?> LinksAsync(TurnContext turn, CoalitionId coalition, string userId, SignedLinks links, CancellationToken cancellationToken)
    {
        if (turn.BotUrl is null) return null;
        var token = await links.CreateAsync(Purpose, new Dictionary<string, string>
        {
            ["tenant"] = coalition.TenantId,
            ["team"] = coalition.TeamId,
            ["user"] = userId,
            [DownloadLanguage.Claim] = DownloadLanguage.OfTurn,
        }, Lifetime, cancellationToken);
        return (Link(turn.BotUrl, Csv, token), Link(turn.BotUrl, Json, token));
    }

    private static string Link(Uri botUrl, string format, string token) => new Uri(botUrl, $"{PathPrefix.TrimStart('/')}{format}/{token}").ToString();

    public static IEndpointConventionBuilder MapExportDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PathPrefix + "{format}/{token}", async (string format, string token, HttpRequest request, SignedLinks links, CoalitionStore coalitions, CoalitionExportReader reader, CancellationToken cancellationToken) =>
        {
            if (format is not (Csv or Json)) return Results.NotFound();
            var claims = await links.ValidateAsync(Purpose, token, cancellationToken);
            var culture = DownloadLanguage.Of(claims, request);
            if (claims is null || !claims.TryGetValue("tenant", out var tenant) || !claims.TryGetValue("team", out var team) || !claims.TryGetValue("user", out var user))
                return DownloadLanguage.Refused(culture, nameof(Strings.ExportLinkInvalid));
            // The role is checked now, not when the link was made: a lead who stepped down cannot use an old link.
            if (await coalitions.GetAsync(new CoalitionId(tenant, team), cancellationToken) is not { } coalition || !coalition.IsLeadOrAdmin(user))
                return DownloadLanguage.Refused(culture, nameof(Strings.ExportDownloadNotAllowed));

            var export = await reader.ReadAsync(coalition, cancellationToken);
            return format == Csv
                ? Results.File(ExportCsv.Write(export, culture.TwoLetterISOLanguageName), "text/csv; charset=utf-8", "coalition-answers.csv")
                : Results.File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJsonContext.Default.CoalitionExport), "application/json", "coalition-answers.json");
        });
}
