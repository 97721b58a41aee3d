using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Conversations;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationUserState))]
[JsonSerializable(typeof(InactiveConversation))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
