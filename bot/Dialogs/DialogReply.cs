using CoalitionBot.Cards;

namespace CoalitionBot.Dialogs;

/// <summary>
/// What the dialog engine shows for a turn; the turn pipeline sends it. Texts go out as new messages, in order. A card is
/// a new message when a dialog starts, and replaces the submitted form (a PUT of the form message, or the invoke
/// response) when it answers one. <see cref="None"/>: already handled, show nothing.
/// </summary>
public sealed record DialogReply(IReadOnlyList<string> Texts, AdaptiveCard? Card)
{
    public static readonly DialogReply None = new([], null);
    public static DialogReply OfCard(AdaptiveCard card) => new([], card);
    public static DialogReply OfText(params string[] texts) => new(texts, null);
}
