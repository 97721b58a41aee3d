using CoalitionBot.Cards;

namespace CoalitionBot.Dialogs;

/// <summary>
/// What a form submission shows. A card replaces the form (a PUT of the form message, or the invoke
/// response); text is sent as a new message. <see cref="None"/> means: already handled, show nothing.
/// </summary>
public sealed record DialogReply(AdaptiveCard? Card, string? Text)
{
    public static readonly DialogReply None = new(null, null);
    public static DialogReply OfCard(AdaptiveCard card) => new(card, null);
    public static DialogReply OfText(string text) => new(null, text);
}
