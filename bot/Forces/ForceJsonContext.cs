using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Forces;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoalitionForces))]
[JsonSerializable(typeof(MemberForces))]
internal sealed partial class ForceJsonContext : JsonSerializerContext;
