using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Actions;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoalitionActions))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ActionJsonContext : JsonSerializerContext;
