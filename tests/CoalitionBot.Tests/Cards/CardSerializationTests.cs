using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Cards;

/// <summary>The JSON the model produces: discriminators, omitted nulls, schema enum strings, submit data.</summary>
public class CardSerializationTests
{
    private static JsonNode Json(AdaptiveCard card) => JsonNode.Parse(card.ToJson())!;

    private static AdaptiveCard With(params CardElement[] body) => new() { Body = body };

    [Fact]
    public void MinimalCard_ContainsOnlyWhatWasSet()
    {
        var json = With(new TextBlock { Text = "Hallo" }).ToJson();

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Hallo"}]}""",
            json);
    }

    [Fact]
    public void RootCard_DeclaresVersion15AndTheSchema()
    {
        var card = Json(SampleCards.ThreeBsForm());

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
    }

    [Fact]
    public void EveryTypedObject_WritesTypeFirst()
    {
        foreach (var card in new[] { SampleCards.ThreeBsForm(), SampleCards.PartnerSummary(), SampleCards.EverythingElse() })
        {
            var typed = Objects(Json(card)).Where(o => o.ContainsKey("type")).ToList();

            Assert.NotEmpty(typed);
            Assert.All(typed, o => Assert.Equal("type", o.First().Key));
        }
    }

    [Fact]
    public void BodyElementsAndActions_AllCarryTheirSchemaType()
    {
        var card = Json(SampleCards.EverythingElse());

        var types = card["body"]!.AsArray().Concat(card["actions"]!.AsArray()).Select(e => (string?)e!["type"]);

        Assert.Equal(
            ["RichTextBlock", "Container", "Input.Toggle", "Input.Date", "Input.Text", "Input.Number", "ActionSet", "Action.Execute", "Action.ShowCard", "Action.OpenUrl"],
            types);
    }

    [Fact]
    public void NoNullsAnywhere()
    {
        foreach (var card in new[] { SampleCards.ThreeBsForm(), SampleCards.PartnerSummary(), SampleCards.EverythingElse() })
        {
            Assert.DoesNotContain("null", card.ToJson(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NestedShowCard_CanLeaveOutVersionAndSchema()
    {
        var showCard = Json(SampleCards.EverythingElse())["actions"]![1]!["card"]!.AsObject();

        Assert.False(showCard.ContainsKey("version"));
        Assert.False(showCard.ContainsKey("$schema"));
        Assert.Equal("AdaptiveCard", (string?)showCard["type"]);
    }

    [Theory]
    [InlineData(FontSize.ExtraLarge, "extraLarge")]
    [InlineData(FontSize.Default, "default")]
    [InlineData(FontSize.Small, "small")]
    public void FontSize_IsWrittenAsTheSchemaString(FontSize size, string expected)
    {
        var element = Json(With(new TextBlock { Text = "x", Size = size }))["body"]![0]!;

        Assert.Equal(expected, (string?)element["size"]);
    }

    [Fact]
    public void OtherEnums_AreWrittenAsTheSchemaStrings()
    {
        var card = new AdaptiveCard
        {
            MsTeams = TeamsCardProperties.FullWidth,
            Body =
            [
                new TextBlock { Text = "x", Style = TextBlockStyle.Heading, Weight = FontWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.ExtraLarge, HorizontalAlignment = HorizontalAlignment.Center },
                new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Expanded, Choices = [new("A", "a")] },
            ],
            Actions = [new SubmitAction { Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.None, Mode = ActionMode.Secondary }],
        };

        var json = Json(card);
        var text = json["body"]![0]!;

        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Equal("heading", (string?)text["style"]);
        Assert.Equal("bolder", (string?)text["weight"]);
        Assert.Equal("attention", (string?)text["color"]);
        Assert.Equal("extraLarge", (string?)text["spacing"]);
        Assert.Equal("center", (string?)text["horizontalAlignment"]);
        Assert.Equal("expanded", (string?)json["body"]![1]!["style"]);
        Assert.Equal("destructive", (string?)json["actions"]![0]!["style"]);
        Assert.Equal("none", (string?)json["actions"]![0]!["associatedInputs"]);
        Assert.Equal("secondary", (string?)json["actions"]![0]!["mode"]);
    }

    [Fact]
    public void UndefinedEnumValue_FailsInsteadOfWritingANumber()
    {
        var card = With(new TextBlock { Text = "x", Size = (FontSize)42 });

        Assert.Throws<JsonException>(() => card.ToJson());
    }

    [Fact]
    public void SubmitData_RoundTripsUnchanged()
    {
        var data = new JsonObject
        {
            ["dialog"] = "threeBs",
            ["partnerId"] = "p-17",
            ["attempt"] = 2,
            ["ratio"] = 0.5,
            ["confirmed"] = true,
            ["tags"] = new JsonArray("belang", "bijdrage"),
            ["context"] = new JsonObject { ["coalition"] = "Gezond Leiden", ["note"] = "ë & <at>Anna</at>" },
        };
        var card = new AdaptiveCard { Actions = [new SubmitAction { Title = "Opslaan", Data = data }] };

        var fromText = Json(card)["actions"]![0]!["data"];
        var fromElement = JsonNode.Parse(card.ToJsonElement().GetProperty("actions")[0].GetProperty("data").GetRawText());

        Assert.True(JsonNode.DeepEquals(data, fromText), fromText?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(data, fromElement), fromElement?.ToJsonString());
    }

    [Fact]
    public void ExecuteAction_WritesVerbDataAndSubmitFallback()
    {
        var action = Json(SampleCards.EverythingElse())["actions"]![0]!;

        Assert.Equal("refresh", (string?)action["verb"]);
        Assert.Equal("checkIn", (string?)action["data"]!["dialog"]);
        Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
    }

    [Fact]
    public void ColumnWidths_AreKeywordsWeightsOrPixels()
    {
        var columns = Json(SampleCards.PartnerSummary())["body"]![2]!["columns"]!.AsArray();

        Assert.Equal("\"auto\"", columns[0]!["width"]!.ToJsonString());
        Assert.Equal("2", columns[1]!["width"]!.ToJsonString());
        Assert.Equal("\"80px\"", columns[2]!["width"]!.ToJsonString());
        Assert.Equal("\"stretch\"", Json(With(new ColumnSet { Columns = [new Column { Width = ColumnWidth.Stretch }] }))["body"]![0]!["columns"]![0]!["width"]!.ToJsonString());
    }

    [Fact]
    public void ImagePixelSizesAndDates_UseTheSchemaFormats()
    {
        var card = With(
            new Image { Url = SampleCards.TinyPngDataUri, Width = new PixelLength(320), Height = new PixelLength(200) },
            new DateInput { Id = "d", Value = new DateOnly(2025, 3, 4) });

        var body = Json(card)["body"]!;

        Assert.Equal("320px", (string?)body[0]!["width"]);
        Assert.Equal("200px", (string?)body[0]!["height"]);
        Assert.Equal(SampleCards.TinyPngDataUri, (string?)body[0]!["url"]);
        Assert.Equal("2025-03-04", (string?)body[1]!["value"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void NonPositiveLengths_AreRejected(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PixelLength(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weighted(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.FixedPixels(value));
    }

    [Fact]
    public void InputId_IsTheElementIdAndWrittenOnce()
    {
        var input = new TextInput { Id = "bedoeling" };

        Assert.Equal("bedoeling", ((CardElement)input).Id);
        var json = With(input).ToJson();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"id\""));
        Assert.Equal("id", Json(With(input))["body"]![0]!.AsObject().ElementAt(1).Key);
    }

    [Fact]
    public void DutchLettersAndMarkup_AreNotEscaped()
    {
        var json = With(new TextBlock { Text = "Coöperatie & <at>Eva</at> — “samen”" }).ToJson();

        Assert.Contains("Coöperatie & <at>Eva</at> — “samen”", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_IsTheUtf8ByteCountOfTheCompactJson()
    {
        var card = With(new TextBlock { Text = "ëëë" });

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToJson()), card.Size());
        Assert.Equal(card.ToJson().Length + 3, card.Size()); // each ë is two bytes
        Assert.True(card.Size() < card.ToJson(indented: true).Length);
    }

    [Fact]
    public void FitsTeamsLimit_IsFalseForAnOversizedCard()
    {
        var block = new TextBlock { Text = new string('x', 1000), Wrap = true };
        var big = With(Enumerable.Repeat<CardElement>(block, 30).ToArray());

        Assert.True(SampleCards.ThreeBsForm().FitsTeamsLimit());
        Assert.True(big.Size() > AdaptiveCardSerializer.TeamsSizeLimitBytes);
        Assert.False(big.FitsTeamsLimit());
    }

    /// <summary>Every JSON object in the tree, depth first.</summary>
    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
