using System.Globalization;
using System.Text;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Feeds in the shape of real ones that nobody tuned the bot for, dated relative to <c>now</c>: a WordPress news site
/// with its footers (as Boston.com's), an aggregator whose summary is a "Comments" link (as Hacker News'), a podcast
/// whose show notes end in a row of follow links, and a double-encoded European feed (as derStandard.at's in 2017).
/// </summary>
internal static class CleanPostsFeeds
{
    private static readonly (string Title, string Lead)[] Stories =
    [
        ("Council approves new bike lanes on Main Street", "The vote was eleven to two after a long debate about parking."),
        ("Storm closes schools across the region", "Heavy snow is expected to last until Thursday, forecasters said."),
        ("Local team wins the title in overtime", "Fans filled the streets around the stadium until after midnight."),
    ];

    public static string WordPress(DateTimeOffset now) => Rss("Boston.com", now, (i, title, lead) => $"""
        <item><title>{title}</title><link>https://www.boston.com/news/local/{i}/</link><guid>https://www.boston.com/?p={i}</guid>
          <pubDate>{Date(now, i)}</pubDate>
          <description><![CDATA[<p>{lead} [&#8230;]</p><p>The post <a href="https://www.boston.com/news/local/{i}/">{title}</a> appeared first on <a href="https://www.boston.com">Boston.com</a>.</p>]]></description>
          <media:content url="https://www.boston.com/wp-content/uploads/{i}.jpg?w=150" medium="image" width="150"/>
          <media:content url="https://www.boston.com/wp-content/uploads/{i}.jpg?w=1024" medium="image" width="1024"/>
        </item>
        """);

    public static string Aggregator(DateTimeOffset now) => Rss("Hacker News", now, (i, title, _) => $"""
        <item><title>{title}</title><link>https://example.org/story-{i}</link><pubDate>{Date(now, i)}</pubDate>
          <comments>https://news.ycombinator.com/item?id={i}</comments>
          <description><![CDATA[<a href="https://news.ycombinator.com/item?id={i}">Comments</a>]]></description>
        </item>
        """);

    public static string Podcast(DateTimeOffset now) => Rss("The Daily Briefing", now, (i, title, lead) => $"""
        <item><title>{title}</title><link>https://podcast.example/episodes/{i}</link><guid isPermaLink="false">ep-{i}</guid>
          <pubDate>{Date(now, i)}</pubDate>
          <description><![CDATA[<p>{lead}</p><p><a href="https://podcast.example/subscribe">Subscribe</a> • <a href="https://youtube.example">YouTube</a> • <a href="https://podcasts.example">Podcasts</a> • <a href="https://spotify.example">Spotify</a> • <a href="https://apple.example">Apple Podcasts</a></p>]]></description>
          <enclosure url="https://podcast.example/audio/{i}.mp3" type="audio/mpeg" length="1000"/>
          <itunes:image href="https://podcast.example/art/{i}.jpg"/>
        </item>
        """);

    /// <summary>UTF-8 text that went through windows-1252 once more on its way into the feed.</summary>
    public static byte[] DoubleEncoded(DateTimeOffset now)
    {
        var feed = Rss("derStandard.at", now, (i, _, _) => $"""
            <item><title>Bosnier in Österreich {i}: "Kämpfen lohnt sich"</title><link>https://derstandard.at/{i}</link>
              <pubDate>{Date(now, i)}</pubDate>
              <description>Erst nach {14 + i} Jahren in Österreich konnte {Names[i]} in ihrem Beruf arbeiten – größte Hürde war die Sprache.</description>
            </item>
            """);
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return Encoding.UTF8.GetBytes(windows1252.GetString(Encoding.UTF8.GetBytes(feed)));
    }

    private static readonly string[] Names = ["die Landschaftsarchitektin", "die Ärztin", "die Lehrerin"];

    private static string Date(DateTimeOffset now, int i) => now.AddMinutes(-10 * (i + 1)).ToString("r", CultureInfo.InvariantCulture);

    private static string Rss(string title, DateTimeOffset now, Func<int, string, string, string> item) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
        <channel><title>{title}</title><link>https://{title.ToLowerInvariant().Replace(' ', '-')}.example/</link><lastBuildDate>{now.ToString("r", CultureInfo.InvariantCulture)}</lastBuildDate>
        {string.Concat(Stories.Select((s, i) => item(i, s.Title, s.Lead)))}
        </channel></rss>
        """;
}
