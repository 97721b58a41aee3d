using CoalitionBot.Storage;
using Moq;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// A mock of the document store that does what a real store does, for a test to set up the one call it makes fail
/// (a later <c>Setup</c> wins over these) or to check the calls it got.
/// </summary>
internal static class DocumentStoreMock
{
    public static Mock<IDocumentStore> Over(IDocumentStore real)
    {
        var store = new Mock<IDocumentStore>(MockBehavior.Strict);
        store.Setup(s => s.ReadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string key, CancellationToken cancellationToken) => real.ReadAsync(key, cancellationToken));
        store.Setup(s => s.WriteAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<WriteCondition>(), It.IsAny<CancellationToken>()))
            .Returns((string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) => real.WriteAsync(key, content, condition, cancellationToken));
        store.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string key, string? ifMatchETag, CancellationToken cancellationToken) => real.DeleteAsync(key, ifMatchETag, cancellationToken));
        store.Setup(s => s.ListKeysAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string prefix, CancellationToken cancellationToken) => real.ListKeysAsync(prefix, cancellationToken));
        store.Setup(s => s.TryAcquireLeaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken) => real.TryAcquireLeaseAsync(key, leaseId, duration, cancellationToken));
        store.Setup(s => s.ReleaseLeaseAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string key, string leaseId, CancellationToken cancellationToken) => real.ReleaseLeaseAsync(key, leaseId, cancellationToken));
        return store;
    }
}
