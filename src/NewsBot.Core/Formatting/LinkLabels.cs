using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Text that only labels a link — "Comments", "Read more", "Leia mais", Hacker News' "Article URL: … Comments URL: …
/// Points: 12" — which aggregators put where a summary belongs. Such a summary is no summary.
/// </summary>
internal static partial class LinkLabels
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        // en
        "comments", "comment", "discuss", "discussion", "article", "url", "link", "points", "point", "read", "more", "continue",
        "reading", "full", "story", "the", "here", "via", "source", "permalink", "view", "on", "see", "original", "post",
        // de, fr, es, pt, it, nl
        "kommentare", "kommentar", "weiterlesen", "mehr", "lesen", "commentaires", "commentaire", "lire", "la", "suite", "plus",
        "comentarios", "comentario", "leer", "más", "seguir", "leyendo", "comentários", "leia", "mais", "lendo",
        "commenti", "commento", "leggi", "tutto", "continua", "a", "leggere", "reacties", "reactie", "lees", "verder", "meer",
        // ru, zh
        "комментарии", "читать", "далее", "подробнее", "评论", "阅读全文", "阅读更多", "查看全文");

    /// <summary>True when every word of <paramref name="text"/> is a label word, a number or a URL, and there is at least one.</summary>
    public static bool IsOnlyLabels(string text)
    {
        var words = Tokens().Matches(text).Select(m => m.Value).ToList();
        return words.Count > 0 && words.All(w => Words.Contains(w) || w.All(char.IsDigit) || w.StartsWith("http", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>URLs whole, else runs of letters and digits.</summary>
    [GeneratedRegex(@"https?://\S+|[\p{L}\p{N}]+")]
    private static partial Regex Tokens();
}
