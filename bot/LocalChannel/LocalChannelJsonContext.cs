using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>JSON for the local channel's own shapes, with the same conventions as the protocol types (camelCase, no nulls).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(IReadOnlyList<SampleMemberView>))]
internal sealed partial class LocalChannelJsonContext : JsonSerializerContext;
