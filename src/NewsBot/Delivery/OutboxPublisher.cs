using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Drains the outbox: per channel, the head of the queue, paced to Telegram's limits. A post that fails stays at
/// the head and is tried again later; nothing is dropped. On shutdown the post in flight completes.
/// </summary>
public sealed partial class OutboxPublisher(
    IOutbox outbox,
    IPostSender sender,
    ChannelPacer pacer,
    PinKeeper pinKeeper,
    OutboxSignal signal,
    CurrentSettings settings,
    InstanceIdentity instance,
    TimeProvider time,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            foreach (var (name, channel) in settings.Value.Channels)
            {
                if (!stoppingToken.IsCancellationRequested && pacer.CanSend(name, channel))
                {
                    sent += await PublishHeadAsync(name, channel, stoppingToken) ? 1 : 0;
                }
            }
            if (sent == 0)
            {
                await pinKeeper.UnpinDueAsync(stoppingToken);
                await WaitForWorkAsync(stoppingToken);
            }
        }
    }

    /// <summary>Sends the head of one channel's queue; true when a post was taken from the queue.</summary>
    private async Task<bool> PublishHeadAsync(string name, ChannelSettings channel, CancellationToken stoppingToken)
    {
        var entry = await outbox.ClaimNextAsync(name, instance.Id, time.GetUtcNow(), Lease, stoppingToken);
        if (entry is null)
        {
            return false;
        }
        pacer.Consume(name, channel);
        // Not the stopping token: a graceful stop lets the post in flight complete, so it is neither lost nor repeated.
        using var sendTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var target = ChannelTarget.From(name, channel);
        var result = await sender.SendAsync(target, entry.Post, sendTimeout.Token);
        await RecordAsync(entry, result);
        if (result is SendResult.Sent sent && entry.Post.PinFor is { } pinFor)
        {
            await pinKeeper.PinAsync(target, sent.MessageId, pinFor);
        }
        return true;
    }

    private async Task RecordAsync(OutboxEntry entry, SendResult result)
    {
        var now = time.GetUtcNow();
        switch (result)
        {
            case SendResult.Sent sent:
                await outbox.MarkSentAsync(entry.Id, sent.MessageId, now, CancellationToken.None);
                LogSent(entry.Channel, entry.Feed, sent.MessageId, (now - entry.Published).TotalSeconds);
                break;
            case SendResult.RateLimited limited:
                pacer.Block(entry.Channel, limited.RetryAfter);
                await outbox.RetryLaterAsync(entry.Id, now + limited.RetryAfter, "429 rate limited", CancellationToken.None);
                LogRateLimited(entry.Channel, limited.RetryAfter.TotalSeconds);
                break;
            case SendResult.Failed failed:
                var wait = Backoff(entry.Attempts);
                await outbox.RetryLaterAsync(entry.Id, now + wait, failed.Reason, CancellationToken.None);
                LogFailed(entry.Channel, entry.Feed, failed.Reason, entry.Attempts, wait.TotalSeconds);
                break;
        }
    }

    /// <summary>Exponential backoff with jitter: 2, 4, 8 … seconds, at most ten minutes.</summary>
    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(IdleWait, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted to {Channel} from {Feed} (message {MessageId}, {DelaySeconds:0.#} s after publication)")]
    private partial void LogSent(string channel, string feed, long messageId, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rate-limited {Channel}: waiting {RetryAfterSeconds} s as asked")]
    private partial void LogRateLimited(string channel, double retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Post to {Channel} from {Feed} failed: {Reason} (attempt {Attempts}); kept queued, next try in {WaitSeconds:0} s")]
    private partial void LogFailed(string channel, string feed, string reason, int attempts, double waitSeconds);
}
