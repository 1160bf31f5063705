using System.Security.Cryptography;
using System.Text;

namespace NewsBot.WebSub;

/// <summary>X-Hub-Signature: <c>method=hex</c>, an HMAC of the body with the subscription's secret (sha1, sha256, sha384 or sha512).</summary>
public static class DeliverySignature
{
    public static bool IsValid(string? header, string secret, byte[] body)
    {
        var parts = header?.Split('=', 2);
        if (parts is not [var method, var hex] || !IsHex(hex))
        {
            return false;
        }
        var key = Encoding.UTF8.GetBytes(secret);
        byte[]? expected = method.Trim().ToLowerInvariant() switch
        {
#pragma warning disable CA5350 // the Recommendation allows sha1, and Google's hub signs with nothing else
            "sha1" => HMACSHA1.HashData(key, body),
#pragma warning restore CA5350
            "sha256" => HMACSHA256.HashData(key, body),
            "sha384" => HMACSHA384.HashData(key, body),
            "sha512" => HMACSHA512.HashData(key, body),
            _ => null,
        };
        return expected is not null && CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hex.Trim()));
    }

    private static bool IsHex(string text) => text.Trim() is { Length: > 0 } trimmed && trimmed.Length % 2 == 0 && trimmed.All(char.IsAsciiHexDigit);
}
