using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Introductions;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Introduction))]
internal sealed partial class IntroductionJsonContext : JsonSerializerContext;
