using System.Globalization;

namespace CoalitionBot.Storage;

/// <summary>Who holds the lease on a local document, and until when.</summary>
internal readonly record struct LocalLease(string LeaseId, DateTimeOffset ExpiresAt);

/// <summary>
/// A local document's lease, in a file beside it ("&lt;name&gt;.json.lease", never listed as a key). Read and
/// written only under the key's lock, so processes sharing the folder agree on one holder.
/// </summary>
internal static class LocalLeaseFile
{
    private const string Suffix = ".lease";

    public static LocalLease? Read(string documentPath)
    {
        try
        {
            var lines = File.ReadAllLines(documentPath + Suffix);
            return lines.Length == 2 && long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new LocalLease(lines[0], new DateTimeOffset(ticks, TimeSpan.Zero))
                : null; // A torn file counts as no lease: the next holder rewrites it.
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public static void Write(string documentPath, LocalLease lease) =>
        File.WriteAllLines(documentPath + Suffix, [lease.LeaseId, lease.ExpiresAt.UtcTicks.ToString(CultureInfo.InvariantCulture)]);

    public static void Delete(string documentPath) => File.Delete(documentPath + Suffix);
}
