using System.Text.Json;

namespace CoalitionBot.Dialogs;

/// <summary>
/// The data a form card sends back (Action.Submit's message <c>value</c>, or Action.Execute's
/// <c>action.data</c>): our hidden fields plus the inputs by id. Anything not shaped like that is not a form.
/// </summary>
public sealed record FormSubmission(string DialogId, string FormId, string Action, IReadOnlyDictionary<string, string?> Inputs)
{
    public const string DialogField = "dialog";
    public const string FormField = "form";
    public const string ActionField = "action";
    public const string SubmitAction = "submit";
    public const string TextModeAction = "text";

    /// <summary>Keys Teams or Web Chat add on their own; not inputs, not suspicious.</summary>
    private static readonly HashSet<string> ClientFields = new(StringComparer.Ordinal) { "msteams", "__TypingIndicator" };

    /// <summary>An input longer than this is refused unread (prompts allow far less; this only caps memory).</summary>
    private const int MaxInputChars = 20_000;

    public static bool TryParse(JsonElement? value, out FormSubmission? submission)
    {
        submission = null;
        if (value is not { ValueKind: JsonValueKind.Object } data) return false;
        if (!TryGetString(data, DialogField, out var dialogId) || !TryGetString(data, FormField, out var formId)) return false;
        var action = TryGetString(data, ActionField, out var a) ? a! : SubmitAction;

        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name is DialogField or FormField or ActionField || ClientFields.Contains(property.Name)) continue;
            // Cards send strings; a number is accepted as its text; anything else is kept as null so it is refused.
            inputs[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String when property.Value.GetString()!.Length <= MaxInputChars => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
        }
        submission = new FormSubmission(dialogId!, formId!, action, inputs);
        return true;
    }

    private static bool TryGetString(JsonElement data, string name, out string? value)
    {
        value = data.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return !string.IsNullOrEmpty(value);
    }
}
