using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.ThreeBs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PartnerDescriptions))]
[JsonSerializable(typeof(MemberDescriptions))]
[JsonSerializable(typeof(List<PartnerChoice>))]
internal sealed partial class ThreeBsJsonContext : JsonSerializerContext;

/// <summary>A partner as the dialog offers it: a snapshot taken when the dialog starts.</summary>
public sealed record PartnerChoice(string Id, string Name);
