namespace NewsBot.Core.Tests.Feeds;

/// <summary>WebSub discovery in the document: atom:link / link with rel="hub" and rel="self".</summary>
public class HubLinkTests
{
    [Fact]
    public void An_atom_feed_names_its_hub_and_self()
    {
        var feed = FeedText.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
            <link rel="hub" href="https://pubsubhubbub.appspot.com/"/><link rel="self" href="https://blog.example/feed.atom"/>
            <entry><id>1</id><link rel="hub" href="https://not-the-feeds.example/"/></entry></feed>
            """);

        Assert.Equal("https://pubsubhubbub.appspot.com/", feed.Hub);
        Assert.Equal("https://blog.example/feed.atom", feed.Self);
    }

    [Fact]
    public void An_rss_feed_names_them_with_atom_links_in_its_channel_only()
    {
        var feed = FeedText.Parse(FeedText.Rss("<title>t</title>").Replace("<channel>",
            """<channel><atom:link rel="hub" href="https://hub.wordpress.example/"/><atom:link rel="self" href="https://wp.example/feed/" type="application/rss+xml"/>""",
            StringComparison.Ordinal));

        Assert.Equal("https://hub.wordpress.example/", feed.Hub);
        Assert.Equal("https://wp.example/feed/", feed.Self);
        Assert.Null(FeedText.Parse(FeedText.Rss("<title>t</title>")).Hub);
    }
}
