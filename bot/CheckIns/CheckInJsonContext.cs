using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.CheckIns;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckInRound))]
[JsonSerializable(typeof(CheckInAnswer))]
[JsonSerializable(typeof(CheckInLine))]
[JsonSerializable(typeof(CheckInAnswerTexts))]
internal sealed partial class CheckInJsonContext : JsonSerializerContext;
