namespace CoalitionBot.Cards;

/// <summary>
/// An element a <see cref="ToggleVisibilityAction"/> changes. <see cref="IsVisible"/> null toggles;
/// true or false forces the state.
/// </summary>
public sealed record TargetElement(string ElementId, bool? IsVisible = null)
{
    /// <summary>Lets <c>TargetElements = ["details"]</c> toggle by id.</summary>
    public static implicit operator TargetElement(string elementId) => new(elementId);
}
