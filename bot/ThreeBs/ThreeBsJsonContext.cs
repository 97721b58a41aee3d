using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.ThreeBs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PartnerDescriptions))]
[JsonSerializable(typeof(MemberDescriptions))]
[JsonSerializable(typeof(ThreeBsDescription))]
internal sealed partial class ThreeBsJsonContext : JsonSerializerContext;
