namespace NewsBot.Core.Settings;

/// <summary>Where a feed's Url points: the web, or a local file an admin wants to try.</summary>
public static class FeedSource
{
    /// <summary>True for http(s) URLs.</summary>
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The local path of a file:// URL or plain path; null for http(s).</summary>
    public static string? LocalPath(string url)
    {
        if (IsHttp(url))
        {
            return null;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : Path.GetFullPath(url);
    }

    /// <summary>An http(s) URL, or a file that exists now.</summary>
    public static bool IsValid(string url) => IsHttp(url) || File.Exists(LocalPath(url));
}
