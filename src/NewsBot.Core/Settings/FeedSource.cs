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

    /// <summary>
    /// True when two Urls name the same feed: http(s) URLs equal but for a trailing slash and the case of scheme and
    /// host; files by their full path, however written (relative, absolute, file://).
    /// </summary>
    public static bool SameSource(string a, string b) => string.Equals(SourceKey(a), SourceKey(b), StringComparison.Ordinal);

    /// <summary>What <see cref="SameSource"/> compares, to look a feed up by its Url in a dictionary.</summary>
    public static string SourceKey(string url)
    {
        if (IsHttp(url))
        {
            return new Uri(url).AbsoluteUri.TrimEnd('/');
        }
        var path = Path.GetFullPath(LocalPath(url)!);
        return "file:" + (OperatingSystem.IsWindows() ? path.ToUpperInvariant() : path);
    }

    /// <summary>A file, or a server on this machine (localhost, 127.0.0.0/8, ::1): no publisher to flood.</summary>
    public static bool IsLocal(string url) =>
        !IsHttp(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback);

    /// <summary>An http(s) URL, or a file that exists now.</summary>
    public static bool IsValid(string url) => IsHttp(url) || File.Exists(LocalPath(url));
}
