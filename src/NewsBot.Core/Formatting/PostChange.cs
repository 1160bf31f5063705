using System.Net;
using System.Text;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Whether a story's new version changes its post in a way readers would see as news: its headline or lead, compared
/// after entities are decoded and case, whitespace and punctuation are dropped. The link is not compared, so a
/// tracking parameter alone never edits a post.
/// </summary>
public static class PostChange
{
    public static bool Matters(PostDraft before, PostDraft after) =>
        Normalized(before.Title) != Normalized(after.Title) || Normalized(before.Lead) != Normalized(after.Lead);

    /// <summary>Letters and digits only, lower case: "Fish &amp;amp; chips!" and "fish &amp; chips" read the same.</summary>
    public static string Normalized(string text)
    {
        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        var kept = new StringBuilder(decoded.Length);
        foreach (var c in decoded.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }
        return kept.ToString();
    }
}
