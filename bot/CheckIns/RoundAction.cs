namespace CoalitionBot.CheckIns;

/// <summary>What "ronde" asks for.</summary>
public enum RoundAction { Show, Open, Close, Rename, Unknown }
