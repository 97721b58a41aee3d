namespace CoalitionBot.Privacy;

/// <summary>The "Privacy" configuration section: how often answers past their coalition's retention are purged.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Time between purges, counted from the last one (kept in storage; the first is one interval after the first start).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);

    internal static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1), MaxInterval = TimeSpan.FromDays(31);

    internal bool IsValid => PurgeInterval >= MinInterval && PurgeInterval <= MaxInterval;
}
