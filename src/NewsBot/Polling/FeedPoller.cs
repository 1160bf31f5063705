using NewsBot.Core.Feeds;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Delivery;
using NewsBot.Fetching;
using NewsBot.Monitoring;
using NewsBot.Storage;

namespace NewsBot.Polling;

/// <summary>One poll of one feed: fetch → parse → dedupe → format → outbox, recorded in one transaction.</summary>
public sealed partial class FeedPoller(
    FeedFetcher fetcher,
    IStoryStore store,
    PostComposer composer,
    OutboxSignal signal,
    NewsBotMetrics metrics,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    public async Task PollAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
        var fetched = await fetcher.FetchAsync(feed, state.Validators, cancellationToken);
        switch (fetched)
        {
            case FetchResult.NotModified:
                await store.RecordUnchangedAsync(feed.Name, time.GetUtcNow(), cancellationToken);
                LogUnchanged(feed.Name);
                metrics.Unchanged(feed.Name);
                break;
            case FetchResult.Failed failed:
                await RecordFailureAsync(feed, failed.Reason, cancellationToken);
                break;
            case FetchResult.Fetched body:
                await ProcessAsync(feed, state, body, cancellationToken);
                break;
        }
    }

    private async Task ProcessAsync(FeedSettings feed, FeedState state, FetchResult.Fetched body, CancellationToken cancellationToken)
    {
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(body.Body, new FeedParseOptions { BaseUri = body.BaseUri, HttpCharset = body.Charset });
        }
        catch (FeedFormatException e)
        {
            await RecordFailureAsync(feed, e.Message, cancellationToken);
            return;
        }
        if (parsed.Problem is { } problem)
        {
            LogIllFormed(feed.Name, problem, parsed.Items.Count);
        }
        var now = time.GetUtcNow();
        var stories = StoryFactory.FromFeed(feed.Name, parsed, now);
        var seen = await store.FindSeenAsync(feed.Name, stories.Select(s => s.Key).ToList(), cancellationToken);
        var selection = StorySelection.Select(stories, seen, !state.BaselineDone, feed.FirstRunPostLatest, feed.MaxAge, now);
        var posts = selection.ToPost.SelectMany(story => composer.Compose(feed, story)).ToList();
        await store.RecordPollAsync(new PollRecord(feed.Name, body.Validators, selection.NewlySeen, posts, now), cancellationToken);
        if (posts.Count > 0)
        {
            signal.Notify();
        }
        metrics.Fetched(feed.Name, selection.NewlySeen.Count);
        LogPolled(feed.Name, parsed.Items.Count, selection.NewlySeen.Count, posts.Count, !state.BaselineDone);
    }

    private async Task RecordFailureAsync(FeedSettings feed, string reason, CancellationToken cancellationToken)
    {
        var failures = await store.RecordFailureAsync(feed.Name, reason, time.GetUtcNow(), cancellationToken);
        LogFailed(feed.Name, reason, failures);
        metrics.FetchFailed(feed.Name);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} unchanged")]
    private partial void LogUnchanged(string feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} is ill-formed ({Problem}); kept the {Items} items read")]
    private partial void LogIllFormed(string feed, string problem, int items);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed} polled: {Items} items, {New} new, {Queued} posts queued (first poll: {Baseline})")]
    private partial void LogPolled(string feed, int items, int @new, int queued, bool baseline);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} failed: {Reason} ({Failures} in a row); trying again on its next turn")]
    private partial void LogFailed(string feed, string reason, int failures);
}
