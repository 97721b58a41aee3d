using CoalitionBot.Storage;

namespace CoalitionBot.Tests.Storage;

public sealed class DocumentKeyRulesTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1")]
    [InlineData("29:1Ab-x")]
    [InlineData("a:1pQ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("report.json")]
    [InlineData("a/b\\c")]
    [InlineData("~user*")]
    [InlineData("Zoë's poll? 100% ✓")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    public void Every_key_built_with_StorageKey_is_accepted(string id)
    {
        DocumentKeyRules.ValidateKey(StorageKey.Of("conversations", id, "state"));
        DocumentKeyRules.ValidateKey(StorageKey.Of(id));
        DocumentKeyRules.ValidatePrefix(StorageKey.Of("conversations", id) + "/");
    }

    [Fact]
    public void A_segment_longer_than_a_file_name_allows_is_rejected()
    {
        DocumentKeyRules.ValidateKey(new string('a', DocumentKeyRules.MaxSegmentLength));

        Assert.Throws<ArgumentException>(() => DocumentKeyRules.ValidateKey(new string('a', DocumentKeyRules.MaxSegmentLength + 1)));
    }

    [Fact]
    public void A_key_longer_than_a_blob_name_allows_is_rejected()
    {
        var segment = new string('a', 100);
        var tooLong = string.Join('/', Enumerable.Repeat(segment, 11));

        Assert.Throws<ArgumentException>(() => DocumentKeyRules.ValidateKey(tooLong));
    }

    [Theory]
    [InlineData("")]
    [InlineData("conversations/")]
    [InlineData("conversations/19%3Aab")]
    public void Prefixes_of_whole_and_partial_segments_are_accepted(string prefix) =>
        DocumentKeyRules.ValidatePrefix(prefix);
}
