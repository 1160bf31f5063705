using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

public class SendWindowTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_full_window_frees_one_send_as_each_send_leaves_it_not_all_at_once()
    {
        var window = new SendWindow(3, TimeSpan.FromMinutes(1), _time);
        for (var i = 0; i < 3; i++)
        {
            window.Take();
            _time.Advance(TimeSpan.FromSeconds(10));
        }
        Assert.False(window.Available);

        _time.Advance(TimeSpan.FromSeconds(30)); // the first send is a minute old
        Assert.True(window.Available);
        window.Take();
        Assert.False(window.Available);

        _time.Advance(TimeSpan.FromSeconds(10)); // and now the second
        Assert.True(window.Available);
    }
}
