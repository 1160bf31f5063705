using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Scheduling;

/// <summary>
/// A hash of a string that is the same in every process and every .NET version (string.GetHashCode is randomised
/// per process), so that a feed keeps its place in its interval across restarts.
/// </summary>
public static class StableHash
{
    /// <summary>The first eight bytes of the SHA-256 of the UTF-8 text.</summary>
    public static ulong Of(string text) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>The hash as a fraction in [0, 1).</summary>
    public static double Fraction(string text) => (Of(text) >> 11) * (1.0 / (1UL << 53));
}
