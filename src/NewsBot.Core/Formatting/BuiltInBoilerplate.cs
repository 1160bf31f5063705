namespace NewsBot.Core.Formatting;

/// <summary>
/// The publisher footers and teasers known in advance, in the languages feeds come in (matched case-insensitively).
/// They are the fallback for what a feed's own items cannot teach (<see cref="Stories.FeedBoilerplate"/>): a feed
/// with a single item, or a footer only some items carry. A footer ends at a full stop followed by a space or the
/// end, never at the dot inside a domain such as Boston.com.
/// </summary>
public static class BuiltInBoilerplate
{
    private const string SentenceStart = @"(?<=^|[.!?…]\s+)";
    private const string ToSentenceEnd = @"[^\n]{0,200}?(?:[.!?](?=\s|$)|$)";

    public static readonly IReadOnlyList<string> Patterns =
    [
        // WordPress's footer, in its translations: "The post X appeared first on Site."
        @"(?:The post|La entrada|Der Beitrag|L['’]article|L['’]articolo|O post|A publicação|Het bericht|Запись|Wpis) .{1,300}? " +
            @"(?:appeared first on|se publicó primero en|apareció primero en|erschien zuerst auf|est apparu en premier sur|" +
            @"apareceu primeiro em|proviene da|è apparso per la prima volta su|verscheen eerst op|впервые появилась на|pojawił się poraz pierwszy w)" +
            ToSentenceEnd,
        @"Join ST's Telegram channel and get the latest breaking news delivered to you\.",
        SentenceStart + @"(?:Join|Follow) (?:us|our [^.!?]{0,40}?) on (?:Telegram|WhatsApp|Facebook|Instagram|Twitter|X|Threads|Google News|YouTube|TikTok)[^.!?]*[.!?]?",
        SentenceStart + @"Join our (?:Telegram|WhatsApp) (?:channel|group)[^.!?]*[.!?]?",
        SentenceStart + @"(?:Click here|Subscribe) to [^.!?]*[.!?]?",
        SentenceStart + @"Read (?:the )?(?:full|whole|original|complete) (?:story|article|report) (?:at|on) " + ToSentenceEnd,
        SentenceStart + @"This (?:RSS |Atom )?feed is (?:intended|meant|provided|only) for [^.!?]{0,80}[.!?]?",
        SentenceStart + @"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}[-–]?)+[^\n]{0,120}$",
        // A row of follow links: "Subscribe • YouTube • Podcasts • Spotify • Apple Podcasts".
        @"(?:(?:Subscribe|Follow us|Listen|Watch|YouTube|Podcasts?|Spotify|Apple Podcasts|Google Podcasts|Instagram|Facebook|Twitter|X|TikTok|Threads|Telegram|WhatsApp|Newsletter|RSS|LinkedIn)\s*[•|·]\s*){2,}[^.!?•|·]{1,40}$",
        // "Read more", "Continue reading…", "Leia mais no Massa News!", "Leia mais (09/24/2018 - 19h22)" at the very end.
        @"(?:Continue reading|Read more|Read the full story|Full story|Keep reading|Weiterlesen|Mehr lesen|Lire la suite|Lire plus|" +
            @"Leer más|Seguir leyendo|Leia mais|Continue lendo|Continua a leggere|Leggi tutto|Lees verder|Lees meer|Читать далее|Подробнее|" +
            @"阅读全文|阅读更多|查看全文)(?:\s+(?:at|on|in|no|na|em|sur|en|auf|bei|op|su)\s+[^.!?\n]{1,60})?(?:\s*\([^)]{0,40}\))?\W*$",
    ];
}
