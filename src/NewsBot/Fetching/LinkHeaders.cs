namespace NewsBot.Fetching;

/// <summary>HTTP Link headers (RFC 8288) as WebSub discovery reads them: <c>&lt;https://hub.example/&gt;; rel="hub"</c>.</summary>
internal static class LinkHeaders
{
    /// <summary>The first link with the relation <paramref name="rel"/>, resolved against the request URL; null when none.</summary>
    public static string? Find(HttpResponseMessage response, string rel, Uri requestUrl)
    {
        if (!response.Headers.TryGetValues("Link", out var headers))
        {
            return null;
        }
        foreach (var link in headers.SelectMany(h => h.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && parts[0].StartsWith('<') && parts[0].EndsWith('>') && parts.Skip(1).Any(p => HasRel(p, rel))
                && Uri.TryCreate(requestUrl, parts[0][1..^1], out var url))
            {
                return url.AbsoluteUri;
            }
        }
        return null;
    }

    /// <summary>rel="hub", rel=hub, or rel="self hub" (a space-separated list).</summary>
    private static bool HasRel(string parameter, string rel)
    {
        var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
        return pair.Length == 2 && pair[0].Equals("rel", StringComparison.OrdinalIgnoreCase)
            && pair[1].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase);
    }
}
