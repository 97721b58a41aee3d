using System.Text.Json.Nodes;

namespace CoalitionBot.Cards.Forms;

/// <summary>Builds a dialog's questions as one Adaptive Card form, sent with Action.Submit (works on every Teams client).</summary>
public static class FormCard
{
    public static AdaptiveCard Build(FormCardContent content)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = content.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
        };
        if (content.Intro is not null) body.Add(new TextBlock { Text = content.Intro, Wrap = true, IsSubtle = true });
        if (content.ErrorSummary is not null) body.Add(new TextBlock { Text = content.ErrorSummary, Wrap = true, Color = TextColor.Attention, Weight = FontWeight.Bolder });
        foreach (var field in content.Fields) body.AddRange(Input(field, content.RequiredMessage));

        var actions = new List<CardAction> { new SubmitAction { Title = content.SubmitTitle, Style = ActionStyle.Positive, Data = content.SubmitData } };
        if (content.SecondaryTitle is not null)
            actions.Add(new SubmitAction { Title = content.SecondaryTitle, Data = content.SecondaryData, AssociatedInputs = AssociatedInputs.None });

        return new AdaptiveCard
        {
            Lang = content.Language,
            FallbackText = content.Title,
            MsTeams = TeamsCardProperties.FullWidth,
            Body = body,
            Actions = actions,
        };
    }

    private static IEnumerable<CardElement> Input(FormField field, string requiredMessage)
    {
        CardInput input = field switch
        {
            TextField text => new TextInput
            {
                Id = text.Id,
                Label = text.Label,
                Value = text.Value,
                MaxLength = text.MaxLength,
                Placeholder = text.Placeholder,
                IsMultiline = text.IsMultiline ? true : null,
                IsRequired = text.IsRequired,
                ErrorMessage = text.IsRequired ? text.InvalidMessage ?? requiredMessage : null,
            },
            ChoiceField choice => new ChoiceSetInput
            {
                Id = choice.Id,
                Label = choice.Label,
                Choices = choice.Choices,
                Value = choice.Value,
                Style = choice.IsCompact ? ChoiceInputStyle.Compact : ChoiceInputStyle.Expanded,
                IsMultiSelect = choice.IsMultiSelect ? true : null,
                Wrap = true,
                IsRequired = choice.IsRequired,
                ErrorMessage = choice.IsRequired ? choice.InvalidMessage ?? requiredMessage : null,
            },
            NumberField number => new NumberInput
            {
                Id = number.Id,
                Label = number.Label,
                // An empty optional number is not a number to the client (NaN), which its own range check refuses: only a
                // required number gets the client's check; the placeholder shows the range and the bot checks it.
                Min = number.IsRequired ? number.Min : null,
                Max = number.IsRequired ? number.Max : null,
                Placeholder = number.Placeholder,
                Value = double.TryParse(number.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
                IsRequired = number.IsRequired,
                ErrorMessage = number.InvalidMessage ?? requiredMessage,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.GetType().Name, "Unknown form field."),
        };
        // The bot's own verdict on the last submission, right under the input it concerns.
        var error = field.Error is null ? null : new TextBlock { Text = field.Error, Wrap = true, Color = TextColor.Attention, Spacing = Spacing.None, Size = FontSize.Small };
        if (field.ToggleTitle is null)
        {
            yield return input;
            if (error is not null) yield return error;
            yield break;
        }

        // Behind a button: the input's container is hidden until the button shows it (its value is sent either way).
        var containerId = field.Id + "-toggle";
        yield return new ActionSet { Actions = [new ToggleVisibilityAction { Title = field.ToggleTitle, TargetElements = [containerId] }], Spacing = Spacing.Small };
        yield return new Container
        {
            Id = containerId,
            IsVisible = string.IsNullOrEmpty(field.Value) && error is null ? false : null,
            Spacing = Spacing.None,
            Items = error is null ? [input] : [input, error],
        };
    }
}
