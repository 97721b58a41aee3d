using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Dialogs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<CoalitionBot.Cards.Choice>))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
