using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Settings;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

public class ChannelPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ChannelSettings _channel = new() { ChatId = "@news", MessagesPerMinute = 3, MessagesPerSecond = 1 };
    private readonly ChannelPacer _pacer;

    public ChannelPacerTests() => _pacer = new ChannelPacer(_time);

    [Fact]
    public void A_channel_gets_one_post_a_second()
    {
        Send("news");

        AssertWaits("news", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_slow_send_counts_from_its_answer_so_the_next_reaches_telegram_a_second_after_it()
    {
        Assert.True(_pacer.CanSend("news", _channel));
        _time.Advance(TimeSpan.FromMilliseconds(800));
        _pacer.Record("news", _channel);

        AssertWaits("news", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_channel_that_used_its_minute_waits_until_its_first_post_is_a_minute_old()
    {
        for (var i = 0; i < 3; i++)
        {
            Send("news");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        AssertWaits("news", TimeSpan.FromSeconds(57));
    }

    [Fact]
    public void Thirty_posts_a_second_go_out_over_all_channels_and_no_more()
    {
        for (var n = 1; n <= 30; n++)
        {
            Send($"channel{n}");
        }

        AssertWaits("channel31", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void After_a_429_the_channel_waits_exactly_as_long_as_telegram_asked_and_the_others_do_not()
    {
        _pacer.Block("news", TimeSpan.FromSeconds(7));

        Assert.True(_pacer.CanSend("sport", _channel));
        AssertWaits("news", TimeSpan.FromSeconds(7));
    }

    /// <summary>Nothing may go to the channel until exactly <paramref name="wait"/> from now.</summary>
    private void AssertWaits(string channel, TimeSpan wait)
    {
        Assert.False(_pacer.CanSend(channel, _channel));
        _time.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.False(_pacer.CanSend(channel, _channel));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(_pacer.CanSend(channel, _channel));
    }

    /// <summary>What the publisher does for each post: ask, send (instantly here), then record.</summary>
    private void Send(string channel)
    {
        Assert.True(_pacer.CanSend(channel, _channel));
        _pacer.Record(channel, _channel);
    }
}
