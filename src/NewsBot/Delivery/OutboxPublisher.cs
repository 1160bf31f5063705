using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Drains the outbox: per channel, the head of the queue, paced to Telegram's limits. A post that fails stays at
/// the head and is tried again later; nothing is dropped. On shutdown the post in flight completes. A storage fault
/// is one episode of <see cref="FaultEpisode"/>: logged once, retried with backoff, never the end of the loop. A
/// result Telegram gave that storage could not take is kept in memory and recorded before anything else is
/// claimed, so storage being away repeats no post (a stop before storage is back repeats that one post).
/// </summary>
public sealed partial class OutboxPublisher(
    IOutbox outbox,
    IPostSender sender,
    EditPublisher edits,
    OutboxRendering rendering,
    ChannelPacer pacer,
    ChannelPauses pauses,
    PinKeeper pinKeeper,
    AdminNotifier notifier,
    OutboxSignal signal,
    CurrentSettings settings,
    InstanceIdentity instance,
    NewsBotMetrics metrics,
    FaultEpisodes faults,
    TimeProvider time,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    /// <summary>A post Telegram refuses this many times, in every form we can give it, is set aside.</summary>
    public const int MaxRejections = 3;

    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BacklogReportEvery = TimeSpan.FromMinutes(1);
    private readonly FaultEpisode _faults = faults.For("Publishing posts", logger);
    private readonly FaultEpisode _backlogFaults = faults.For("The backlog report and digest", logger);
    private DateTimeOffset _nextBacklogReport;
    private SendOutcome? _unrecorded;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _faults.RunAsync(() => PublishRoundAsync(stoppingToken), stoppingToken);
        }
    }

    /// <summary>One round: a sent post's unrecorded result first, then the head of each channel that has one due and may send.</summary>
    private async Task PublishRoundAsync(CancellationToken stoppingToken)
    {
        if (_unrecorded is { } unrecorded)
        {
            await FinishAsync(unrecorded);
        }
        var sent = 0;
        var due = await outbox.DueChannelsAsync(time.GetUtcNow(), stoppingToken);
        foreach (var (name, channel) in settings.Value.Channels)
        {
            if (due.Contains(name) && !stoppingToken.IsCancellationRequested && pacer.CanSend(name, channel))
            {
                sent += await PublishHeadAsync(name, channel, stoppingToken) ? 1 : 0;
            }
        }
        // Its own episode: a failing digest must not hold back the sends.
        await _backlogFaults.TryAsync(() => ReportBacklogAsync(stoppingToken), stoppingToken);
        if (sent == 0)
        {
            await pinKeeper.UnpinDueAsync(stoppingToken);
            await WaitForWorkAsync(stoppingToken);
        }
    }

    /// <summary>Sends the head of one channel's queue; true when a post was taken from the queue.</summary>
    private async Task<bool> PublishHeadAsync(string name, ChannelSettings channel, CancellationToken stoppingToken)
    {
        var lease = settings.Value.Cluster.OutboxLease;
        var budget = new SendBudget(channel.MessagesPerMinute, channel.MessagesPerSecond);
        var entry = await outbox.ClaimNextAsync(name, instance.Id, time.GetUtcNow(), lease, budget, stoppingToken);
        if (entry is null)
        {
            return false;
        }
        // Not the stopping token: a graceful stop lets the post in flight complete, so it is neither lost nor repeated.
        // Half the lease: the send ends, one way or the other, well before another instance may take the post over.
        using var sendTimeout = new CancellationTokenSource(lease / 2);
        var target = ChannelTarget.From(name, channel);
        var post = rendering.Render(entry);
        var result = entry.Edit is { } edit
            ? await edits.SendAsync(edit, target, post, sendTimeout.Token)
            : await sender.SendAsync(target, post, sendTimeout.Token);
        pacer.Record(name, channel);
        await FinishAsync(new SendOutcome(entry, target, post, result, time.GetUtcNow()));
        return true;
    }

    /// <summary>
    /// Records what Telegram answered, then pins. Should storage fail, the outcome stays in memory and the next round
    /// records it before claiming anything: the post is neither lost nor sent again.
    /// </summary>
    private async Task FinishAsync(SendOutcome outcome)
    {
        _unrecorded = outcome;
        await RecordAsync(outcome);
        _unrecorded = null;
        if (outcome.Result is SendResult.Sent sent && outcome.Entry.Edit is null && outcome.Post.PinFor is { } pinFor)
        {
            await pinKeeper.PinAsync(outcome.Target, sent.MessageId, pinFor);
        }
    }

    /// <summary>Storage first, so that a retry after a storage fault repeats no log line, metric or notice.</summary>
    private async Task RecordAsync(SendOutcome outcome)
    {
        var (entry, now) = (outcome.Entry, outcome.At);
        if (entry.Edit is { } edit && await edits.RecordAsync(entry, edit, outcome.Result, outcome.Post, now))
        {
            return;
        }
        switch (outcome.Result)
        {
            case SendResult.Sent sent:
                await outbox.MarkSentAsync(entry.Id, sent.MessageId, now, entry.Draft is null ? null : outcome.Post, CancellationToken.None);
                LogSent(entry.Channel, entry.Feed, sent.MessageId, (now - entry.Published).TotalSeconds);
                metrics.Sent(entry.Channel, now - entry.Published, entry.Via);
                await pauses.ResumeAsync(entry.Channel);
                break;
            case SendResult.RateLimited limited:
                await outbox.PostponeAsync(entry.Id, now + limited.RetryAfter, CancellationToken.None);
                pacer.Block(entry.Channel, limited.RetryAfter);
                LogRateLimited(entry.Channel, limited.RetryAfter.TotalSeconds);
                metrics.RateLimited(entry.Channel);
                break;
            case SendResult.Failed { Kind: FailureKind.Rejected } failed when entry.Attempts >= MaxRejections:
                await outbox.MarkFailedAsync(entry.Id, failed.Reason, CancellationToken.None);
                metrics.SendFailed(entry.Channel, failed.Reason);
                LogGivenUp(entry.Channel, entry.Feed, failed.Reason, entry.Attempts);
                await notifier.NotifyAsync($"A post from {entry.Feed} to {entry.Channel} was refused {entry.Attempts} times and set aside: {failed.Reason}");
                break;
            case SendResult.Failed failed:
                await RetryLaterAsync(entry, failed, now);
                break;
        }
    }

    private async Task RetryLaterAsync(OutboxEntry entry, SendResult.Failed failed, DateTimeOffset now)
    {
        var wait = Backoff(entry.Attempts);
        await outbox.RetryLaterAsync(entry.Id, now + wait, failed.Reason, CancellationToken.None);
        metrics.SendFailed(entry.Channel, failed.Reason);
        if (failed.AnswerLost)
        {
            // Telegram has no idempotent send: the retry may post it a second time.
            metrics.PossiblyRepeated(entry.Channel);
        }
        if (failed.Kind == FailureKind.ChannelUnavailable)
        {
            await pauses.PauseAsync(entry.Channel, failed.Reason);
        }
        else
        {
            LogFailed(entry.Channel, entry.Feed, failed.Reason, entry.Attempts, wait.TotalSeconds);
        }
    }

    /// <summary>Exponential backoff with jitter: 2, 4, 8 … seconds, at most five minutes.</summary>
    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    /// <summary>
    /// Once a minute, names the channels with more queued than they can send in a minute (a big news hour), and
    /// combines routine posts into a digest where the channel asks for it (DigestAbove).
    /// </summary>
    private async Task ReportBacklogAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextBacklogReport)
        {
            return;
        }
        _nextBacklogReport = now + BacklogReportEvery;
        foreach (var (channel, depth) in await outbox.DepthByChannelAsync(stoppingToken))
        {
            if (!settings.Value.Channels.TryGetValue(channel, out var channelSettings))
            {
                continue;
            }
            if (depth > channelSettings.MessagesPerMinute)
            {
                LogBacklog(channel, depth, depth / (double)channelSettings.MessagesPerMinute);
            }
            if (channelSettings.DigestAbove > 0 && depth > channelSettings.DigestAbove
                && await outbox.CombineIntoDigestAsync(channel, channelSettings.DigestAbove, now, stoppingToken) is > 0 and var combined)
            {
                LogDigest(channel, combined, depth);
            }
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Post to {Channel} from {Feed} set aside after {Attempts} refusals: {Reason} (kept in the outbox as failed)")]
    private partial void LogGivenUp(string channel, string feed, string reason, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Combined {Combined} routine posts for {Channel} into one digest ({Depth} were queued)")]
    private partial void LogDigest(string channel, int combined, int depth);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backlog in {Channel}: {Depth} posts queued, about {Minutes:0.#} min at the channel's pace")]
    private partial void LogBacklog(string channel, int depth, double minutes);
}
