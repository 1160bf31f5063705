using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

public class ChannelPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ChannelSettings _channel = new() { ChatId = "@news", MessagesPerMinute = 3, MessagesPerSecond = 1 };

    [Fact]
    public void A_channel_gets_one_post_a_second()
    {
        var pacer = new ChannelPacer(_time);

        Send(pacer, "news");

        Assert.False(pacer.CanSend("news", _channel));
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(pacer.CanSend("news", _channel));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(pacer.CanSend("news", _channel));
    }

    [Fact]
    public void A_channel_that_used_its_minute_waits_until_its_first_post_is_a_minute_old()
    {
        var pacer = new ChannelPacer(_time);
        for (var i = 0; i < 3; i++)
        {
            Send(pacer, "news");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        _time.Advance(TimeSpan.FromSeconds(57) - TimeSpan.FromMilliseconds(1));
        Assert.False(pacer.CanSend("news", _channel));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(pacer.CanSend("news", _channel));
    }

    [Fact]
    public void Thirty_posts_a_second_go_out_over_all_channels_and_no_more()
    {
        var pacer = new ChannelPacer(_time);
        var channels = Enumerable.Range(1, 31).Select(n => $"channel{n}").ToList();

        channels.Take(30).ToList().ForEach(channel => Send(pacer, channel));

        Assert.False(pacer.CanSend(channels[30], _channel));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(pacer.CanSend(channels[30], _channel));
    }

    [Fact]
    public void After_a_429_the_channel_waits_exactly_as_long_as_telegram_asked_and_the_others_do_not()
    {
        var pacer = new ChannelPacer(_time);

        pacer.Block("news", TimeSpan.FromSeconds(7));

        Assert.False(pacer.CanSend("news", _channel));
        Assert.True(pacer.CanSend("sport", _channel));
        _time.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromMilliseconds(1));
        Assert.False(pacer.CanSend("news", _channel));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(pacer.CanSend("news", _channel));
    }

    /// <summary>What the publisher does for each post: ask, then consume.</summary>
    private void Send(ChannelPacer pacer, string channel)
    {
        Assert.True(pacer.CanSend(channel, _channel));
        pacer.Consume(channel, _channel);
    }
}
