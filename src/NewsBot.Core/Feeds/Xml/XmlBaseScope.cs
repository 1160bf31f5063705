using System.Xml;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>Tracks xml:base as elements open and resolves relative links against it, then the document's URL.</summary>
internal sealed class XmlBaseScope(Uri? documentBase)
{
    private readonly Stack<(int Depth, Uri Base)> scopes = new();

    private Uri? Current => scopes.TryPeek(out var top) ? top.Base : documentBase;

    /// <summary>Call on each start tag: scopes of elements at this depth or deeper have closed by now.</summary>
    public void Enter(XmlReader xml)
    {
        var depth = xml.Depth;
        while (scopes.TryPeek(out var top) && top.Depth >= depth)
        {
            scopes.Pop();
        }
        if (xml.HasAttributes && xml.GetAttribute("base", FeedNamespaces.XmlNamespace) is { } value
            && Combine(Current, value.Trim()) is { } resolved)
        {
            scopes.Push((depth, resolved));
        }
    }

    /// <summary>The link made absolute when a base is known; relative links without one stay as they are.</summary>
    public string Resolve(string url)
    {
        url = url.Trim();
        if (url.Length == 0 || HasScheme(url) || Current is not { } current)
        {
            return url;
        }
        return Uri.TryCreate(current, url, out var absolute) ? absolute.AbsoluteUri : url;
    }

    private static Uri? Combine(Uri? parent, string value)
    {
        if (HasScheme(value))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var absolute) ? absolute : null;
        }
        return parent is not null && Uri.TryCreate(parent, value, out var relative) ? relative : null;
    }

    /// <summary>RFC 3986 scheme check; Uri.TryCreate alone would take "/path" for an absolute file path on Unix.</summary>
    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }
        foreach (var c in url)
        {
            if (c == ':')
            {
                return true;
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return false;
    }
}
