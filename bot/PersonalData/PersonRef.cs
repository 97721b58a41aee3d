using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.PersonalData;

/// <summary>Who: the channel (msteams), the tenant and the person's id as the bot sees it.</summary>
public sealed record PersonRef(string ChannelId, string TenantId, string UserId)
{
    /// <summary>The sender of <paramref name="activity"/>; "none" for a channel without tenants (the local chat page).</summary>
    public static PersonRef Of(Activity activity) => new(activity.ChannelId!, activity.GetTenantId() ?? "none", activity.From!.Id!);
}
