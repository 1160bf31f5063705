using NewsBot.Core.Scheduling;
using NewsBot.Core.Settings;

namespace NewsBot.Core.Tests.Scheduling;

public class PollPhasesTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_polls_of_a_thousand_feeds_cover_the_interval_evenly()
    {
        // 800 feeds on 400 small hosts, and one publisher with 200.
        var feeds = Feeds(800, i => $"news{i % 400}.example").Concat(Feeds(200, _ => "big.example", "big")).ToList();
        var phases = PollPhases.Of(feeds);

        var perSecond = new int[60];
        foreach (var phase in phases.Values)
        {
            perSecond[(int)(phase * 60)]++;
        }

        var average = feeds.Count / 60.0;
        Assert.True(perSecond.Max() <= 3 * average, $"the busiest second has {perSecond.Max()} polls, the average {average:0.0}");
        Assert.Equal(feeds.Count, phases.Count);
    }

    [Fact]
    public void The_feeds_of_one_host_are_evenly_spaced()
    {
        var feeds = Feeds(50, _ => "big.example").Concat(Feeds(300, i => $"other{i}.example", "other")).ToList();
        var phases = PollPhases.Of(feeds);

        var big = feeds.Where(f => f.Url.Contains("big.example", StringComparison.Ordinal)).Select(f => phases[f.Name]).Order().ToList();
        var gaps = big.Zip(big.Skip(1), (a, b) => b - a).Append(big[0] + 1 - big[^1]).ToList();

        Assert.All(gaps, gap => Assert.Equal(1.0 / 50, gap, precision: 9));
    }

    [Fact]
    public void A_feed_keeps_its_phase_whatever_the_order_of_the_list_and_when_another_host_gains_a_feed()
    {
        var feeds = Feeds(100, i => $"host{i % 7}.example");
        var phases = PollPhases.Of(feeds);

        var shuffled = PollPhases.Of(feeds.OrderBy(f => StableHash.Of(f.Url)).ToList());
        var grown = PollPhases.Of([.. feeds, new FeedSettings { Name = "newcomer", Url = "https://elsewhere.example/rss" }]);

        Assert.Equal(phases, shuffled);
        Assert.All(feeds, f => Assert.Equal(phases[f.Name], grown[f.Name]));
    }

    [Fact]
    public void The_hash_is_the_same_in_every_process()
    {
        // string.GetHashCode would differ from one run to the next: this is the first eight bytes of SHA-256("wire").
        Assert.Equal(0x9474c49cc2bf2a9bUL, StableHash.Of("wire"));
        Assert.InRange(StableHash.Fraction("wire"), 0, 1);
    }

    [Fact]
    public void The_next_turn_lies_at_the_phase_of_an_interval_counted_from_the_epoch()
    {
        var now = DateTimeOffset.UtcNow;

        var turn = PollPhases.NextTurn(now, Minute, 0.25);

        Assert.InRange(turn - now, TimeSpan.Zero, Minute - TimeSpan.FromTicks(1));
        Assert.Equal(TimeSpan.FromSeconds(15).Ticks, (turn - DateTimeOffset.UnixEpoch).Ticks % Minute.Ticks);
        Assert.Equal(turn, PollPhases.NextTurn(turn, Minute, 0.25));
    }

    private static List<FeedSettings> Feeds(int count, Func<int, string> host, string prefix = "feed") =>
        [.. Enumerable.Range(0, count).Select(i => new FeedSettings { Name = $"{prefix}-{i}", Url = $"https://{host(i)}/feeds/{i}.xml", Interval = Minute })];
}
