using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>Action.Execute: the same form handling as a submitted form, answered in the invoke response (Universal Action Model).</summary>
public sealed class ActionExecuteTurns(StatefulTurns turns, DialogRunner dialogs)
{
    public async Task OnActionExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!AdaptiveCardInvoke.TryGetExecuteData(turn.Activity.Value, out var data))
        {
            turn.InvokeResponse = InvokeResponses.Error(400, "BadRequest", "The invoke has no Action.Execute with data.");
            return;
        }

        await turns.RunAsync(turn, async session =>
        {
            var reply = FormSubmission.TryParse(data, out var submission)
                ? await dialogs.SubmitFormAsync(turn, session, submission!, cancellationToken)
                : DialogReply.OfText(Strings.Unknown);
            turn.InvokeResponse = await AnswerAsync(turn, reply, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The card an invoke answers with replaces the form for everyone in the conversation: in a shared one, the answer goes
    /// to the member's 1:1 chat and the form stays as it was.
    /// </summary>
    private static async Task<InvokeResponse> AnswerAsync(TurnContext turn, DialogReply reply, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.IsShared == true)
        {
            await turn.ShowAsync(reply, cancellationToken);
            return InvokeResponses.Message(MessageTurns.PointerToPersonalChat(turn) ?? string.Empty);
        }
        return reply.Card is not null ? InvokeResponses.Card(reply.Card.ToJsonElement()) : InvokeResponses.Message(string.Join("\n\n", reply.Texts));
    }
}
