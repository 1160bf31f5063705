using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Scraping;

namespace NewsBot.Core.Tests.Feeds;

/// <summary>A story page's head read for its lead and picture.</summary>
public class ArticleLeadTests
{
    private static ArticleLead Read(string html) =>
        ArticleLead.Read(Encoding.UTF8.GetBytes(html), new FeedParseOptions { BaseUri = new Uri("https://news.example/2031/story.html") });

    [Fact]
    public void Open_graph_wins_and_relative_images_resolve()
    {
        var lead = Read("""<head><meta name="description" content="Plain"><meta property="og:description" content="Rich &lt;b&gt; text"><meta property="og:image" content="/img/a.jpg"></head>""");

        Assert.Equal("Rich &lt;b&gt; text", lead.LeadHtml);
        Assert.Equal("https://news.example/img/a.jpg", lead.Image);
    }

    [Fact]
    public void The_meta_description_stands_in_and_a_bare_page_gives_nothing()
    {
        Assert.Equal("Plain", Read("""<meta name="description" content=" Plain ">""").LeadHtml);
        Assert.Equal(new ArticleLead(null, null), Read("<p>No head at all</p>"));
    }
}
