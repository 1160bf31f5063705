namespace NewsBot.Core.Grouping;

/// <summary>
/// One form for the many spellings of one report's link: scheme, <c>www.</c>, <c>m.</c> and <c>amp.</c> hosts, AMP
/// paths, tracking parameters, fragments and trailing slashes do not make a different report.
/// </summary>
public static class CanonicalLink
{
    private static readonly string[] HostPrefixes = ["www.", "m.", "amp.", "mobile."];
    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"];

    /// <summary>The canonical form of an absolute http(s) link (host, path, kept query), or null for anything else.</summary>
    public static string? For(string? link)
    {
        if (!Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var query = KeptQuery(uri.Query);
        return $"{Host(uri.Host)}{Path(uri.AbsolutePath)}{(query.Length == 0 ? "" : "?" + query)}";
    }

    private static string Host(string host)
    {
        host = host.ToLowerInvariant();
        var prefix = HostPrefixes.FirstOrDefault(p => host.StartsWith(p, StringComparison.Ordinal) && host.Length > p.Length + 3);
        return prefix is null ? host : host[prefix.Length..];
    }

    private static string Path(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Equals("amp", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) ? s[..^4] : s);
        return "/" + string.Join('/', segments);
    }

    private static string KeptQuery(string query) =>
        string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p)));

    private static bool IsTracking(string parameter)
    {
        var name = parameter.Split('=')[0].ToLowerInvariant();
        return name.StartsWith("utm_", StringComparison.Ordinal) || name is "amp" or "outputtype" || TrackingParameters.Contains(name);
    }
}
