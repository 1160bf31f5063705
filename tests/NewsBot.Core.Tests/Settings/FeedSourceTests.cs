using NewsBot.Core.Settings;

namespace NewsBot.Core.Tests.Settings;

public class FeedSourceTests
{
    [Theory]
    [InlineData("https://wire.example/rss", "https://wire.example/rss/")]
    [InlineData("https://wire.example/rss", "HTTPS://Wire.Example/rss")]
    [InlineData("https://wire.example:443/rss", "https://wire.example/rss")]
    [InlineData("config/samples/wire.xml", "./config/samples/../samples/wire.xml")]
    public void The_same_feed_written_two_ways_is_one_source(string a, string b)
    {
        Assert.True(FeedSource.SameSource(a, b));
        Assert.True(FeedSource.SameSource(b, a));
    }

    [Fact]
    public void A_relative_path_is_the_same_as_its_full_path_and_file_url()
    {
        var full = Path.GetFullPath("config/samples/wire.xml");

        Assert.True(FeedSource.SameSource("config/samples/wire.xml", full));
        Assert.True(FeedSource.SameSource(new Uri(full).AbsoluteUri, "config/samples/wire.xml"));
    }

    [Theory]
    [InlineData("https://wire.example/rss", "https://wire.example/atom")]
    [InlineData("https://wire.example/rss", "http://wire.example/rss")]
    [InlineData("https://wire.example/rss", "rss")]
    [InlineData("config/samples/wire.xml", "config/samples/sports.json")]
    public void Different_feeds_are_different_sources(string a, string b) => Assert.False(FeedSource.SameSource(a, b));
}
