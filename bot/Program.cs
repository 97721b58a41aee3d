using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.Bots;
using CoalitionBot.Exports;
using CoalitionBot.Hosting;
using CoalitionBot.LocalChannel;
using CoalitionBot.PersonalData;
using CoalitionBot.Privacy;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Summaries;
using CoalitionBot.Summaries.Pdf;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(AppContentRoot.Options(args));

ChartFont.Register(); // the charts' own font: a missing one stops the bot here, not at a lead's first summary

builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDocumentStore(builder.Configuration);
builder.Services.AddCoalitionBot(builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration); // answers past their coalition's retention are purged
builder.Services.AddHealthChecks() // App Service's health check: an instance that fails it is taken out of rotation
    .AddCheck<StorageHealthCheck>("storage")
    .AddCheck<SigningKeysHealthCheck>("signingKeys")
    .AddCheck<SchedulerHeartbeat>("reminderScheduler");
builder.Services.AddLocalChannel(); // only mapped without a MicrosoftAppId

var app = builder.Build();

app.MapBotMessages();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync });
app.MapStorageDiagnostics(); // storage calls so far, for the benchmark; loopback only, without a MicrosoftAppId
app.MapMyDataDownload();
app.MapExportDownload();
app.MapSummaryPdfDownload();
app.MapLocalChannel(); // the chat page and its Direct Line, for local development

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
