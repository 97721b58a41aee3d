using System.Globalization;

namespace CoalitionBot.Actions;

/// <summary>What "acties" asks for: the list, a new action, or one action by its number.</summary>
public enum ActionVerb { List, New, Done, Change, Remove, Unknown }

/// <summary>The words after "acties": nothing or <c>lijst</c>, <c>nieuw</c>, <c>klaar N</c>, <c>wijzig N</c>, <c>verwijder N</c> (or the English words).</summary>
public sealed record ActionRequest(ActionVerb Verb, int? Number)
{
    private static readonly Dictionary<string, ActionVerb> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lijst"] = ActionVerb.List, ["list"] = ActionVerb.List,
        ["nieuw"] = ActionVerb.New, ["new"] = ActionVerb.New, ["toevoegen"] = ActionVerb.New, ["add"] = ActionVerb.New,
        ["klaar"] = ActionVerb.Done, ["gedaan"] = ActionVerb.Done, ["done"] = ActionVerb.Done,
        ["wijzig"] = ActionVerb.Change, ["change"] = ActionVerb.Change, ["edit"] = ActionVerb.Change,
        ["verwijder"] = ActionVerb.Remove, ["remove"] = ActionVerb.Remove, ["delete"] = ActionVerb.Remove,
    };

    public bool NeedsNumber => Verb is ActionVerb.Done or ActionVerb.Change or ActionVerb.Remove;

    /// <summary>Only for leads and admins; a member may mark their own action done.</summary>
    public bool IsForLeads => Verb is ActionVerb.New or ActionVerb.Change or ActionVerb.Remove;

    public static ActionRequest Parse(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return new ActionRequest(ActionVerb.List, null);
        var verb = Words.GetValueOrDefault(words[0], ActionVerb.Unknown);
        int? number = words.Length == 2 && int.TryParse(words[1].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        // "klaar 3" needs its number; "nieuw" and "lijst" take no more words.
        var request = new ActionRequest(verb, number);
        return (request.NeedsNumber && number is null) || (!request.NeedsNumber && words.Length > 1) ? new ActionRequest(ActionVerb.Unknown, null) : request;
    }
}
