using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.Bots;
using CoalitionBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDocumentStore(builder.Configuration);
builder.Services.AddCoalitionBot();

var app = builder.Build();

app.MapBotMessages();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
