using NewsBot.Core.Feeds;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Delivery;
using NewsBot.Fetching;
using NewsBot.Monitoring;
using NewsBot.Storage;
using NewsBot.WebSub;

namespace NewsBot.Polling;

/// <summary>One poll of one feed: fetch → parse → dedupe → format → outbox, recorded in one transaction.</summary>
public sealed partial class FeedPoller(
    FeedFetcher fetcher,
    FeedDocuments documents,
    ArticleLeads leads,
    WebSubSubscriber subscriber,
    PushSafetyNet safetyNet,
    HubSilence silence,
    IStoryStore store,
    PostingRules rules,
    PostComposer composer,
    FeedPacing pacing,
    AdaptivePolling adaptive,
    FeedRedirects redirects,
    OutboxSignal signal,
    IPollHistory history,
    NewsBotMetrics metrics,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    /// <summary>Polls the feed if it is due; true when it was polled and answered (any failures before are over).</summary>
    public async Task<bool> PollAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
        if (!pacing.IsDue(feed, state))
        {
            LogNotDue(feed.Name);
            return false;
        }
        if (await safetyNet.SkipsPollAsync(feed, state, cancellationToken))
        {
            LogPushed(feed.Name);
            return false;
        }
        var started = time.GetTimestamp();
        var fetched = await fetcher.FetchAsync(redirects.UrlOf(feed), feed.Timeout, state.Validators, cancellationToken);
        if (fetched.MovedTo is { } movedTo && redirects.Record(feed, movedTo))
        {
            LogMoved(feed.Name, movedTo.AbsoluteUri);
        }
        var outcome = fetched switch
        {
            FetchResult.NotModified => await UnchangedAsync(feed, state, fetched, cancellationToken),
            FetchResult.Failed failed => await RecordFailureAsync(feed, failed.Reason, failed.RetryAfter, cancellationToken),
            FetchResult.Fetched body => await ProcessAsync(feed, state, body, pushed: false, cancellationToken),
            _ => throw new InvalidOperationException($"unknown fetch result {fetched}"),
        };
        await history.RecordAsync(new PollHistoryEntry
        {
            Feed = feed.Name,
            PolledAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Result = outcome.Result,
            Error = outcome.Error,
            Bytes = (fetched as FetchResult.Fetched)?.Body.Length ?? 0,
            DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds,
            NewStories = outcome.NewStories,
        }, cancellationToken);
        return outcome.Error is null;
    }

    /// <summary>What one poll came to, for its line in the poll history; a failure has its <paramref name="Error"/>.</summary>
    private sealed record PollOutcome(string Result, int NewStories = 0, string? Error = null);

    private async Task<PollOutcome> UnchangedAsync(FeedSettings feed, FeedState state, FetchResult fetched, CancellationToken cancellationToken)
    {
        await store.RecordUnchangedAsync(feed.Name, time.GetUtcNow(), cancellationToken);
        await RecoveredAsync(feed, state, fetched.FreshFor, 0, cancellationToken);
        LogUnchanged(feed.Name);
        metrics.Unchanged(feed.Name);
        await subscriber.UnchangedAsync(feed, cancellationToken);
        return new("unchanged");
    }

    /// <summary>A body a WebSub hub delivered, processed exactly like a polled one; the poll's validators stay.</summary>
    public async Task ProcessPushedAsync(FeedSettings feed, FetchResult.Fetched body, CancellationToken cancellationToken)
    {
        var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
        await ProcessAsync(feed, state, body with { Validators = state.Validators }, pushed: true, cancellationToken);
    }

    private async Task<PollOutcome> ProcessAsync(FeedSettings feed, FeedState state, FetchResult.Fetched body, bool pushed, CancellationToken cancellationToken)
    {
        FeedDocument document;
        try
        {
            document = await documents.ReadAsync(feed, body, cancellationToken);
        }
        catch (FeedFormatException e)
        {
            return await RecordFailureAsync(feed, e.Message, null, cancellationToken);
        }
        var parsed = document.Feed;
        if (parsed.Problem is { } problem)
        {
            LogIllFormed(feed.Name, problem, parsed.Items.Count);
        }
        var now = time.GetUtcNow();
        var stories = StoryFactory.FromFeed(feed.Name, parsed, now);
        var seen = await store.FindSeenAsync(feed.Name, stories.Select(s => s.Key).ToList(), cancellationToken);
        var verdicts = await leads.AddAsync(feed, rules.For(feed).Judge(stories, new FeedHistory(state.BaselineDone, seen), now), cancellationToken);
        var newlySeen = verdicts.Where(v => v.IsNew).Select(v => v.Story).ToList();
        var via = pushed ? StoryVia.Push : StoryVia.Poll;
        var posts = verdicts.SelectMany(v => composer.Compose(feed, v)).Select(p => p with { Via = via }).ToList();
        var seenAgain = verdicts.Where(v => !v.IsNew).SelectMany(v => composer.Revise(feed, v.Story, now)).ToList();
        var poll = new PollRecord(feed.Name, document.Validators, newlySeen, posts, now) { SeenAgain = seenAgain };
        var grouped = await store.RecordPollAsync(poll, cancellationToken);
        if (posts.Count > 0)
        {
            signal.Notify();
        }
        foreach (var post in grouped)
        {
            LogGrouped(feed.Name, post.Channel, post.Grouping!.Item.Title);
            metrics.Grouped(post.Channel);
        }
        metrics.Fetched(feed.Name, newlySeen.Count);
        await RecoveredAsync(feed, state, Longest(body.FreshFor, parsed.TimeToLive), newlySeen.Count, cancellationToken);
        if (state.BaselineDone)
        {
            LogPolled(feed.Name, parsed.Items.Count, newlySeen.Count, posts.Count);
        }
        else
        {
            // A new operator's first run would otherwise look dead: nothing posted, nothing logged.
            LogBaseline(feed.Name, newlySeen.Count, posts.Count, feed.FirstRunPostLatest);
        }
        if (!pushed)
        {
            await silence.CheckAsync(feed, newlySeen, cancellationToken);
        }
        await subscriber.DiscoveredAsync(feed, document.Hub, document.Self, cancellationToken);
        return new("fetched", newlySeen.Count);
    }

    private async Task<PollOutcome> RecordFailureAsync(FeedSettings feed, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var failures = await store.RecordFailureAsync(feed.Name, reason, time.GetUtcNow(), cancellationToken);
        var wait = pacing.BackoffAfter(feed, failures, retryAfter);
        await store.DeferPollsAsync(feed.Name, time.GetUtcNow() + wait, cancellationToken);
        LogFailed(feed.Name, reason, failures, wait.TotalSeconds);
        metrics.FetchFailed(feed.Name);
        return new("failed", Error: reason);
    }

    private async Task RecoveredAsync(FeedSettings feed, FeedState state, TimeSpan? serverWish, int newStories, CancellationToken cancellationToken)
    {
        var pollEvery = await adaptive.IntervalAfterAsync(feed, newStories, cancellationToken);
        var delay = pacing.DelayAfterSuccess(feed, serverWish, pollEvery);
        if (delay is not null || state.PollNotBefore is not null)
        {
            await store.DeferPollsAsync(feed.Name, time.GetUtcNow() + delay, cancellationToken);
        }
        if (state.ConsecutiveFailures > 0)
        {
            LogRecovered(feed.Name, state.ConsecutiveFailures);
        }
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a > b || b is null ? a : b;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} not polled: its WebSub hub pushes, and the safety-net poll is not due")]
    private partial void LogPushed(string feed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: \"{Title}\" is a story already posted to {Channel}; credited there")]
    private partial void LogGrouped(string feed, string channel, string title);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} unchanged")]
    private partial void LogUnchanged(string feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} is ill-formed ({Problem}); kept the {Items} items read")]
    private partial void LogIllFormed(string feed, string problem, int items);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} polled: {Items} items, {New} new, {Queued} posts queued")]
    private partial void LogPolled(string feed, int items, int @new, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed}: {Items} items recorded as the baseline, {Queued} of them queued to post (FirstRunPostLatest {Latest}); new stories will be posted from now on")]
    private partial void LogBaseline(string feed, int items, int queued, int latest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} failed: {Reason} ({Failures} in a row); trying again in {WaitSeconds:0} s")]
    private partial void LogFailed(string feed, string reason, int failures, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Feed} works again after {Failures} failed polls")]
    private partial void LogRecovered(string feed, int failures);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} not polled: backing off, or its server asked for fewer polls")]
    private partial void LogNotDue(string feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} moved permanently to {Url}; polling it there from now on (update its Url in the settings)")]
    private partial void LogMoved(string feed, string url);
}
