using System.Text.Json.Nodes;
using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Cards;

/// <summary>Realistic cards built with the model, shared by the schema and serialisation tests.</summary>
internal static class SampleCards
{
    /// <summary>A 1×1 transparent PNG, standing in for a chart rendered by the bot.</summary>
    public const string TinyPngDataUri =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    /// <summary>The 3 B's of a partner: who, bedoeling/belang/bijdrage, invloed/betrokkenheid, houding.</summary>
    public static AdaptiveCard ThreeBsForm() => new()
    {
        Lang = "nl-NL",
        FallbackText = "De 3 B's van een partner",
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new TextBlock { Text = "De 3 B's van een partner", Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = "Beschrijf de partner vanuit jouw blik.", IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            new ChoiceSetInput
            {
                Id = "partner",
                Label = "Partner",
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = "Kies een partner.",
                Placeholder = "Kies een partner",
                Choices = [new("GGD Hollands Midden", "ggd"), new("Gemeente Leiden", "gemeente-leiden"), new("Huisartsen", "huisartsen")],
            },
            ThreeBsText("bedoeling", "Bedoeling: wat wil deze partner bereiken?"),
            ThreeBsText("belang", "Belang: wat staat er voor deze partner op het spel?"),
            ThreeBsText("bijdrage", "Bijdrage: wat kan deze partner inbrengen?"),
            new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [Scale("invloed", "Invloed (1-5)")] },
                    new Column { Width = ColumnWidth.Stretch, Items = [Scale("betrokkenheid", "Betrokkenheid (1-5)")] },
                ],
            },
            new ChoiceSetInput
            {
                Id = "houding",
                Label = "Houding",
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = "Kies een houding.",
                Value = "neutraal",
                Choices = [new("Steunend", "steunend"), new("Neutraal", "neutraal"), new("Weerstand", "weerstand")],
            },
        ],
        Actions =
        [
            new SubmitAction
            {
                Title = "Opslaan",
                Style = ActionStyle.Positive,
                Data = new JsonObject { ["dialog"] = "threeBs", ["step"] = "save", ["attempt"] = 1 },
            },
            new SubmitAction
            {
                Title = "Annuleren",
                AssociatedInputs = AssociatedInputs.None,
                Data = new JsonObject { ["dialog"] = "threeBs", ["step"] = "cancel" },
            },
        ],
    };

    /// <summary>A partner summary: facts, columns, a table of members' answers and a chart image.</summary>
    public static AdaptiveCard PartnerSummary() => new()
    {
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new Container
            {
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                Items =
                [
                    new TextBlock { Text = "GGD Hollands Midden", Style = TextBlockStyle.Heading, Size = FontSize.ExtraLarge, Wrap = true },
                    new TextBlock { Text = "3 beschrijvingen", IsSubtle = true, Spacing = Spacing.None, Color = TextColor.Accent },
                ],
            },
            new FactSet { Facts = [new("Rol", "Uitvoerder"), new("Houding", "Steunend (2), neutraal (1)"), new("Invloed", "4,3 gemiddeld")] },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new TextBlock { Text = "Invloed", Weight = FontWeight.Bolder }] },
                    new Column { Width = ColumnWidth.Weighted(2), Items = [new TextBlock { Text = "4,3" }] },
                    new Column { Width = ColumnWidth.FixedPixels(80), VerticalContentAlignment = VerticalAlignment.Center, Items = [new TextBlock { Text = "▲", Color = TextColor.Good }] },
                ],
            },
            new Table
            {
                Columns = [TableColumnDefinition.Weighted(1), TableColumnDefinition.Weighted(3)],
                FirstRowAsHeader = true,
                GridStyle = ContainerStyle.Accent,
                Rows =
                [
                    new TableRow { Cells = [TableCell.WithText("Lid", FontWeight.Bolder), TableCell.WithText("Bijdrage", FontWeight.Bolder)] },
                    new TableRow { Cells = [TableCell.WithText("Anna"), TableCell.WithText("Bereik onder jongeren via scholen.")] },
                    new TableRow { Cells = [TableCell.WithText("Bram"), TableCell.WithText("Epidemiologische kennis & data.")] },
                ],
            },
            new Image
            {
                Url = TinyPngDataUri,
                AltText = "Invloed en betrokkenheid per lid",
                Width = new PixelLength(400),
                Height = new PixelLength(240),
                HorizontalAlignment = HorizontalAlignment.Center,
                BackgroundColor = "#FFFFFF",
            },
        ],
    };

    /// <summary>The remaining element, input and action types, so each is checked against the schema once.</summary>
    public static AdaptiveCard EverythingElse() => new()
    {
        Body =
        [
            new RichTextBlock
            {
                Inlines = [new TextRun { Text = "Let op: ", Weight = FontWeight.Bolder }, new TextRun { Text = "concept", Italic = true, Color = TextColor.Warning }],
            },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Items = [new TextBlock { Text = "Meer uitleg", MaxLines = 3, FontType = FontType.Monospace, HorizontalAlignment = HorizontalAlignment.Right }],
                SelectAction = new OpenUrlAction { Url = "https://example.org/uitleg" },
            },
            new ToggleInput { Id = "anoniem", Title = "Anoniem delen", Value = "false", ValueOn = "true", ValueOff = "false" },
            new DateInput { Id = "datum", Label = "Datum", Min = new DateOnly(2025, 1, 1), Value = new DateOnly(2025, 3, 14) },
            new TextInput { Id = "email", Label = "E-mail", Style = TextInputStyle.Email, Regex = "^[^@]+@[^@]+$", ErrorMessage = "Geen e-mailadres." },
            new NumberInput { Id = "score", Label = "Score", Min = 1, Max = 10, Value = 7, Height = BlockElementHeight.Auto },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "Uitleg", TargetElements = ["details", new TargetElement("datum", IsVisible: true)] }] },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = "Vernieuwen",
                Verb = "refresh",
                Data = new JsonObject { ["dialog"] = "checkIn" },
                Fallback = new SubmitAction { Title = "Vernieuwen", Data = new JsonObject { ["dialog"] = "checkIn", ["verb"] = "refresh" } },
            },
            new ShowCardAction
            {
                Title = "Opmerking",
                Mode = ActionMode.Secondary,
                Card = new AdaptiveCard
                {
                    Schema = null,
                    Version = null,
                    Body = [new TextInput { Id = "opmerking", IsMultiline = true }],
                    Actions = [new SubmitAction { Title = "Verstuur", Tooltip = "Verstuur je opmerking" }],
                },
            },
            new OpenUrlAction { Title = "Handleiding", Url = "https://example.org/handleiding", IconUrl = TinyPngDataUri },
        ],
    };

    private static TextInput ThreeBsText(string id, string label) => new()
    {
        Id = id,
        Label = label,
        IsMultiline = true,
        IsRequired = true,
        MaxLength = 2000,
        ErrorMessage = "Vul dit in (maximaal 2000 tekens).",
    };

    private static NumberInput Scale(string id, string label) => new()
    {
        Id = id,
        Label = label,
        Min = 1,
        Max = 5,
        IsRequired = true,
        ErrorMessage = "Kies een getal van 1 tot 5.",
    };
}
