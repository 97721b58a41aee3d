namespace CoalitionBot.Dialogs;

/// <summary>How a dialog is answered: as one form, or one question at a time.</summary>
public enum DialogMode
{
    /// <summary>All questions at once in an Adaptive Card form.</summary>
    Card,
    /// <summary>One question per message, for clients without cards and for screen-reader and keyboard users.</summary>
    Text,
}
