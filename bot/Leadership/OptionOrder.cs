using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CoalitionBot.Leadership;

/// <summary>
/// The order in which a situation's four options are shown. It varies per situation, so no style is
/// always "the first option", and is fixed by a seed (the form id of the run), so the form, a re-prompt
/// and text mode show the same order, also after a restart or on another instance of the bot.
/// </summary>
public static class OptionOrder
{
    public static IReadOnlyList<LeadershipStyle> For(string seed, string situationId)
    {
        // A hash that is the same in every process (string.GetHashCode is not), giving the random numbers.
        var random = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + situationId));
        var styles = Enum.GetValues<LeadershipStyle>();
        // Fisher-Yates; 32 bits per step make the modulo bias negligible for n <= 4.
        for (var i = styles.Length - 1; i > 0; i--)
        {
            var j = (int)(BinaryPrimitives.ReadUInt32LittleEndian(random.AsSpan(4 * i)) % (uint)(i + 1));
            (styles[i], styles[j]) = (styles[j], styles[i]);
        }
        return styles;
    }
}
