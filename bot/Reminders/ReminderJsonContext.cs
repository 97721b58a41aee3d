using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Reminders;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReminderSchedule))]
[JsonSerializable(typeof(DeliveryRecord))]
[JsonSerializable(typeof(OccurrenceRecord))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ReminderJsonContext : JsonSerializerContext;
