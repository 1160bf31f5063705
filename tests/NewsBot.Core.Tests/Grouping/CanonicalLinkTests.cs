using NewsBot.Core.Grouping;

namespace NewsBot.Core.Tests.Grouping;

public class CanonicalLinkTests
{
    [Theory]
    [InlineData("https://www.example.com/world/story-1/?utm_source=rss&utm_medium=feed")]
    [InlineData("http://example.com/world/story-1#comments")]
    [InlineData("https://m.example.com/world/story-1")]
    [InlineData("https://example.com/amp/world/story-1")]
    [InlineData("https://example.com/world/story-1/amp/")]
    [InlineData("https://amp.example.com/world/story-1.amp?fbclid=abc&gclid=def")]
    [InlineData("HTTPS://Example.COM/world/story-1")]
    public void Variants_of_one_link_are_one_link(string variant)
    {
        Assert.Equal(CanonicalLink.For("https://example.com/world/story-1"), CanonicalLink.For(variant));
    }

    [Fact]
    public void Parameters_that_choose_the_page_are_kept()
    {
        Assert.NotEqual(CanonicalLink.For("https://example.com/article?id=1"), CanonicalLink.For("https://example.com/article?id=2"));
        Assert.Equal("example.com/article?id=1", CanonicalLink.For("https://example.com/article?utm_campaign=x&id=1"));
    }

    [Fact]
    public void Paths_differ_by_case_and_hosts_do_not_lose_their_name()
    {
        Assert.NotEqual(CanonicalLink.For("https://example.com/A"), CanonicalLink.For("https://example.com/a"));
        Assert.Equal("m.tv/show", CanonicalLink.For("https://m.tv/show"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("ftp://example.com/file")]
    public void Anything_but_an_http_link_has_none(string? link)
    {
        Assert.Null(CanonicalLink.For(link));
    }
}
