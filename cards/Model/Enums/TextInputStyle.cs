namespace CoalitionBot.Cards;

/// <summary>Keyboard / validation hint for Input.Text (schema <c>TextInputStyle</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}
