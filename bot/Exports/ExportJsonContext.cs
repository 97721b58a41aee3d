using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Exports;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoalitionExport))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
