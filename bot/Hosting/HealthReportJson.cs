using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoalitionBot.Hosting;

/// <summary>
/// /healthz as JSON: the overall status and each check's status and description, for an operator. Exceptions and data
/// stay out: the endpoint is public, and the descriptions hold no personal data, address or secret.
/// </summary>
public static class HealthReportJson
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
