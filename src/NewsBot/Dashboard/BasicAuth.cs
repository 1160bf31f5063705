using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Dashboard;

/// <summary>HTTP basic auth for the status page: user admin and Dashboard:Password, compared in constant time.</summary>
public static class BasicAuth
{
    public const string User = "admin";

    /// <summary>True when no password is set, or the request carries admin and that password.</summary>
    public static bool Allows(HttpRequest request, string password)
    {
        if (password.Length == 0)
        {
            return true;
        }
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var expected = Encoding.UTF8.GetBytes($"{User}:{password}");
        try
        {
            var given = Convert.FromBase64String(header["Basic ".Length..].Trim());
            return CryptographicOperations.FixedTimeEquals(given, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
