using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;

namespace CoalitionBot.Dialogs;

/// <summary>Sends what the dialog engine returned, for the member alone (in their 1:1 chat when asked elsewhere).</summary>
public static class DialogReplies
{
    /// <summary>Texts, then the card as a new message.</summary>
    public static async Task ShowAsync(this TurnContext turn, DialogReply reply, CancellationToken cancellationToken)
    {
        foreach (var text in reply.Texts) await turn.SendTextAsync(text, cancellationToken);
        if (reply.Card is not null) await turn.SendCardAsync(reply.Card.ToJsonElement(), cancellationToken);
    }

    /// <summary>Texts, then the card in place of the submitted form (the submit's replyToId) where there is one.</summary>
    public static async Task ShowInPlaceOfFormAsync(this TurnContext turn, DialogReply reply, CancellationToken cancellationToken)
    {
        if (reply.Card is not null && turn.Activity.ReplyToId is { Length: > 0 } formMessageId)
        {
            foreach (var text in reply.Texts) await turn.SendTextAsync(text, cancellationToken);
            await turn.UpdateActivityAsync(formMessageId, new Activity { Attachments = [Attachment.AdaptiveCard(reply.Card.ToJsonElement())] }, cancellationToken);
        }
        else
            await turn.ShowAsync(reply, cancellationToken);
    }
}
