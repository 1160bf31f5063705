using System.Text;
using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// What a feed says around every story rather than about it — a closing "The post … appeared first on …" line, a
/// row of follow links, a copyright line, a "Comments" label — learnt from the feed itself: a sentence that opens or
/// closes most of one poll's items is the feed's boilerplate. Sentences are compared by their letters and digits
/// only, with the item's own headline (which such footers often quote) and every number masked, so that
/// "The post Floods close road appeared first on Boston.com." recurs in every item of Boston.com's feed.
/// </summary>
public sealed class FeedBoilerplate
{
    /// <summary>Fewer items than this teach nothing: two items may share a real sentence.</summary>
    public const int MinItems = 3;

    /// <summary>Learnt from no items: nothing is boilerplate, the built-in patterns alone apply.</summary>
    public static readonly FeedBoilerplate None = new([]);

    private const int EdgeSentences = 3;
    private readonly HashSet<string> _sentences;

    private FeedBoilerplate(HashSet<string> sentences) => _sentences = sentences;

    /// <summary>Learns from the items of one poll: a sentence among the first or last three of at least half of the items that have a summary, and of at least <see cref="MinItems"/>.</summary>
    public static FeedBoilerplate Learn(IReadOnlyList<Story> stories)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var withText = 0;
        foreach (var story in stories)
        {
            var text = HtmlText.ToPlainText(string.IsNullOrWhiteSpace(story.SummaryHtml) ? story.ContentHtml : story.SummaryHtml);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            withText++;
            foreach (var key in EdgeKeys(Sentences.Split(text), story.Title))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var needed = Math.Max(MinItems, (withText + 1) / 2);
        var learnt = counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return learnt.Count == 0 ? None : new FeedBoilerplate(learnt);
    }

    /// <summary>True when <paramref name="sentence"/> is one the feed repeats around its stories.</summary>
    private bool Contains(string sentence, string title) => _sentences.Count > 0 && _sentences.Contains(KeyOf(sentence, title));

    /// <summary>The text without the learnt sentences at its start and its end.</summary>
    public string Strip(string text, string title)
    {
        if (_sentences.Count == 0)
        {
            return text;
        }
        var sentences = Sentences.Split(text).ToList();
        while (sentences.Count > 0 && Contains(sentences[^1], title))
        {
            sentences.RemoveAt(sentences.Count - 1);
        }
        while (sentences.Count > 0 && Contains(sentences[0], title))
        {
            sentences.RemoveAt(0);
        }
        return string.Join(' ', sentences);
    }

    private static IEnumerable<string> EdgeKeys(IReadOnlyList<string> sentences, string title)
    {
        var edges = sentences.Count <= 2 * EdgeSentences
            ? sentences
            : sentences.Take(EdgeSentences).Concat(sentences.TakeLast(EdgeSentences));
        return edges.Select(s => KeyOf(s, title)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Lower-case letters and digits only, every number as '0' and the headline as '#'.</summary>
    private static string KeyOf(string sentence, string title)
    {
        var key = Letters(sentence);
        var headline = Letters(title);
        return headline.Length >= 8 ? key.Replace(headline, "#", StringComparison.Ordinal) : key;
    }

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (letters.Length == 0 || letters[^1] != '0')
                {
                    letters.Append('0');
                }
            }
            else if (char.IsLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }
        return letters.ToString();
    }
}
