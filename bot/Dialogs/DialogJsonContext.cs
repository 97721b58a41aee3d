using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Dialogs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationUserState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
