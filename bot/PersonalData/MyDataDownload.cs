using System.Text.Json;
using CoalitionBot.BotFramework;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>The "my data" JSON download: a link valid for 15 minutes for the person it was made for.</summary>
public static class MyDataDownload
{
    public const string Purpose = "my-data";
    public const string PathPrefix = "/api/my-data/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static async Task<string?> LinkAsync(TurnContext turn, PersonRef person, SignedLinks links, CancellationToken cancellationToken)
    {
        if (turn.BotUrl is null) return null;
        var token = await links.CreateAsync(Purpose, new Dictionary<string, string>
        {
            ["channel"] = person.ChannelId,
            ["tenant"] = person.TenantId,
            ["user"] = person.UserId,
        }, Lifetime, cancellationToken);
        return new Uri(turn.BotUrl, PathPrefix.TrimStart('/') + token).ToString();
    }

    public static IEndpointConventionBuilder MapMyDataDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PathPrefix + "{token}", async (string token, HttpRequest request, SignedLinks links, PersonalDataService personalData, CancellationToken cancellationToken) =>
        {
            if (await links.ValidateAsync(Purpose, token, cancellationToken) is not { } claims)
                return DownloadLanguage.Refused(DownloadLanguage.Of(null, request), nameof(Strings.MyDataLinkInvalid));
            var export = await personalData.ExportAsync(new PersonRef(claims["channel"], claims["tenant"], claims["user"]), cancellationToken);
            var json = JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions { WriteIndented = true });
            return Results.File(json, "application/json", "coalitionbot-my-data.json");
        });
}
