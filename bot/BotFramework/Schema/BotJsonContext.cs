using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.BotFramework.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for the protocol types: camelCase names,
/// case-insensitive reading (as the SDK's Newtonsoft settings), nulls left out when writing.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(ErrorDetail))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
public sealed partial class BotJsonContext : JsonSerializerContext;
