using NewsBot.Dashboard;
using NewsBot.Storage;

namespace NewsBot.Tests.Dashboard;

public class FreshnessChartTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Percentiles_are_by_nearest_rank()
    {
        double[] delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100];

        Assert.Equal((10, 19), (FreshnessChart.Percentile(delays, 0.5), FreshnessChart.Percentile(delays, 0.95)));
    }

    [Fact]
    public void The_chart_states_the_days_p50_and_p95_and_draws_a_line_of_each()
    {
        var sent = Enumerable.Range(0, 20).Select(i => Sent(Now.AddHours(-i), TimeSpan.FromMinutes(i < 19 ? 2 : 30))).ToList();

        var svg = FreshnessChart.Render(sent, Now);

        Assert.Contains("20 posts, p50 <b>2 min</b>, p95 <b>2 min</b>", svg);
        Assert.Equal(2, svg.Split("<polyline").Length - 1);
        Assert.Equal(40, svg.Split("<circle").Length - 1);
    }

    [Fact]
    public void With_no_post_it_says_so()
    {
        Assert.Contains("No post in the last 24 hours", FreshnessChart.Render([], Now));
    }

    private static SentPost Sent(DateTimeOffset at, TimeSpan delay) => new()
    {
        Channel = "news",
        Feed = "wire",
        Payload = "",
        SentAt = at.ToUnixTimeMilliseconds(),
        PublishedAt = (at - delay).ToUnixTimeMilliseconds(),
    };
}
