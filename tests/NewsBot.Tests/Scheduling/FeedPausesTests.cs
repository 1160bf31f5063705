using Microsoft.Extensions.Time.Testing;
using NewsBot.Scheduling;
using NewsBot.Storage;

namespace NewsBot.Tests.Scheduling;

/// <summary>Poll jobs see a pause made elsewhere (another instance) within seconds, and one made here at once.</summary>
public class FeedPausesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingPauseStore _store = new();

    [Fact]
    public async Task Storage_is_read_again_after_a_few_seconds()
    {
        var pauses = new FeedPauses(_store, _time);
        Assert.False(await pauses.IsPausedAsync("wire", CancellationToken.None));

        _store.State = new FeedPauseState(true, new HashSet<string>()); // paused by another instance
        Assert.False(await pauses.IsPausedAsync("wire", CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await pauses.IsPausedAsync("wire", CancellationToken.None));
        Assert.Equal(2, _store.Reads);
    }

    [Fact]
    public async Task A_pause_made_here_holds_at_once()
    {
        var pauses = new FeedPauses(_store, _time);
        Assert.False(await pauses.IsPausedAsync("wire", CancellationToken.None));

        await pauses.PauseAsync("wire", CancellationToken.None);

        Assert.True(await pauses.IsPausedAsync("wire", CancellationToken.None));
    }

    private sealed class CountingPauseStore : IPauseStore
    {
        private static readonly FeedPauseState NoPauses = new(false, new HashSet<string>());

        public FeedPauseState State { get; set; } = NoPauses;

        public int Reads { get; private set; }

        public Task<FeedPauseState> GetPausesAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(State);
        }

        public Task<bool> PauseAsync(string? feed, DateTimeOffset at, CancellationToken cancellationToken)
        {
            State = feed is null ? State with { All = true } : State with { Feeds = new HashSet<string>(State.Feeds) { feed } };
            return Task.FromResult(true);
        }

        public Task<bool> ResumeAsync(string? feed, CancellationToken cancellationToken)
        {
            State = NoPauses;
            return Task.FromResult(true);
        }
    }
}
