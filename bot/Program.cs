using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.Bots;
using CoalitionBot.Hosting;
using CoalitionBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDocumentStore(builder.Configuration);
builder.Services.AddCoalitionBot();
builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

var app = builder.Build();

app.MapBotMessages();
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
