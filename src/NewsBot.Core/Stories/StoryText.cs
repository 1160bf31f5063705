using System.Net;
using System.Text.RegularExpressions;
using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// The one repair every text field of a story gets, each field decided on its own: mojibake, characters that can
/// spoof how text reads, and (in plain-text fields) character references escaped once too often ("Fish &amp;amp; chips").
/// </summary>
public static partial class StoryText
{
    /// <summary>A plain-text field: headline, author, caption.</summary>
    public static string CleanPlain(string text) => Clean(LeftoverReferences().Replace(text, m => WebUtility.HtmlDecode(m.Value)));

    /// <summary>An HTML field: its markup is left to the HTML converter, its text is repaired.</summary>
    public static string? CleanHtml(string? html) => html is null ? null : Clean(html);

    // U+FFFD marks a character lost upstream: showing it helps no reader.
    private static string Clean(string text) => InvisibleCharacters.Strip(Windows1252Mojibake.Repair(text)).Replace("\uFFFD", "", StringComparison.Ordinal);

    [GeneratedRegex(@"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")]
    private static partial Regex LeftoverReferences();
}
