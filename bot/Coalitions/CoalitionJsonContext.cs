using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Coalitions;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Coalition))]
[JsonSerializable(typeof(UserCoalitions))]
internal sealed partial class CoalitionJsonContext : JsonSerializerContext;
