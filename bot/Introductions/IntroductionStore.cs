using CoalitionBot.PersonalData;
using CoalitionBot.Storage;

namespace CoalitionBot.Introductions;

/// <summary>Members' introductions (the demo dialog), one document per person.</summary>
public sealed class IntroductionStore(IDocumentStore store)
{
    public Task SaveAsync(PersonRef person, Introduction introduction, CancellationToken cancellationToken) =>
        store.WriteJsonAsync(KeyOf(person), introduction, IntroductionJsonContext.Default.Introduction, WriteCondition.Always, cancellationToken);

    public async Task<Introduction?> GetAsync(PersonRef person, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(person), IntroductionJsonContext.Default.Introduction, cancellationToken))?.Value;

    public Task<bool> DeleteAsync(PersonRef person, CancellationToken cancellationToken) => store.DeleteAsync(KeyOf(person), null, cancellationToken);

    private static string KeyOf(PersonRef person) => StorageKey.Of("introductions", person.ChannelId, person.TenantId, person.UserId);
}
