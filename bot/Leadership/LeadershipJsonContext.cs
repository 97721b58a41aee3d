using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Leadership;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoalitionLeadership))]
[JsonSerializable(typeof(MemberLeadership))]
internal sealed partial class LeadershipJsonContext : JsonSerializerContext;
