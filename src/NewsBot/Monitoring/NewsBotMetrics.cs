using NewsBot.Storage;
using Prometheus;

namespace NewsBot.Monitoring;

/// <summary>
/// The bot's Prometheus metrics (names fixed in ARCHITECTURE.md for dashboards), one call per event. A registry of
/// its own per host, so that hosts in one test process do not add up each other's counts.
/// </summary>
public sealed class NewsBotMetrics
{
    private readonly Counter _polls;
    private readonly Counter _storiesFound;
    private readonly Counter _postsSent;
    private readonly Counter _telegramErrors;
    private readonly Counter _storiesGrouped;
    private readonly Counter _postsEdited;
    private readonly Counter _possiblyRepeated;
    private readonly Gauge _outboxDepth;
    private readonly Gauge _feedDisabled;
    private readonly Gauge _feedPushed;
    private readonly Histogram _publishDelay;

    public NewsBotMetrics()
    {
        var factory = Metrics.WithCustomRegistry(Registry);
        _polls = factory.CreateCounter("newsbot_feed_polls_total", "Feed polls by result: fetched, unchanged (304 or same body) or failed", "feed", "result");
        _storiesFound = factory.CreateCounter("newsbot_stories_found_total", "Stories seen for the first time", "feed");
        _postsSent = factory.CreateCounter("newsbot_posts_sent_total", "Posts Telegram accepted", "channel");
        _telegramErrors = factory.CreateCounter("newsbot_telegram_errors_total", "Sends Telegram refused or that failed, by Bot API error code (429: rate limited; network: no answer)", "channel", "code");
        _storiesGrouped = factory.CreateCounter("newsbot_stories_grouped_total", "Reports of a story already posted or queued in the channel, credited there instead of posted", "channel");
        _postsEdited = factory.CreateCounter("newsbot_posts_edited_total", "Edits Telegram accepted, by reason (credits, update, breaking)", "channel", "reason");
        _possiblyRepeated = factory.CreateCounter("newsbot_posts_possibly_repeated_total",
            "Sends tried again after Telegram may already have accepted them (no answer came back): each may show twice", "channel");
        _outboxDepth = factory.CreateGauge("newsbot_outbox_depth", "Posts queued and not yet sent", "channel");
        _feedDisabled = factory.CreateGauge("newsbot_feed_disabled", "1 while a feed is disabled after failing too long (probed slowly)", "feed");
        _feedPushed = factory.CreateGauge("newsbot_feed_pushed", "1 while a feed's WebSub hub pushes (polled only as the safety net)", "feed");
        _publishDelay = factory.CreateHistogram("newsbot_publish_delay_seconds",
            "Time from a story's publication to its post, by how the story came: push (a WebSub delivery) or poll", new HistogramConfiguration
            {
                LabelNames = ["via"],
                Buckets = [1, 2, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400],
            });
        // Both series from the start, so that a fresh bot's scrape has what the dashboard divides.
        _publishDelay.WithLabels(StoryVia.Push);
        _publishDelay.WithLabels(StoryVia.Poll);
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    /// <summary>The same events, counted for the periodic summary line.</summary>
    public ActivityTally Activity { get; } = new();

    public void Fetched(string feed, int newStories)
    {
        _polls.WithLabels(feed, "fetched").Inc();
        _storiesFound.WithLabels(feed).Inc(newStories);
        Activity.Polled(failed: false, newStories);
    }

    public void Unchanged(string feed)
    {
        _polls.WithLabels(feed, "unchanged").Inc();
        Activity.Polled(failed: false, 0);
    }

    public void FetchFailed(string feed)
    {
        _polls.WithLabels(feed, "failed").Inc();
        Activity.Polled(failed: true, 0);
    }

    /// <summary>A send whose answer never came: Telegram may have posted it, and the retry may post it again.</summary>
    public void PossiblyRepeated(string channel) => _possiblyRepeated.WithLabels(channel).Inc();

    public void Sent(string channel, TimeSpan sincePublished, string via)
    {
        _postsSent.WithLabels(channel).Inc();
        Activity.Posted();
        _publishDelay.WithLabels(via).Observe(Math.Max(0, sincePublished.TotalSeconds));
    }

    public void Grouped(string channel) => _storiesGrouped.WithLabels(channel).Inc();

    public void Edited(string channel, string reason) => _postsEdited.WithLabels(channel, reason).Inc();

    public void RateLimited(string channel) => _telegramErrors.WithLabels(channel, "429").Inc();

    /// <summary>A failed send; the reason starts with the Bot API error code when Telegram answered.</summary>
    public void SendFailed(string channel, string reason) => _telegramErrors.WithLabels(channel, ErrorCode(reason)).Inc();

    public void OutboxDepth(string channel, int depth) => _outboxDepth.WithLabels(channel).Set(depth);

    /// <summary>A series only while the feed is disabled: 10,000 feeds' zero series held 3.6 MB, and an alert on == 1 needs none.</summary>
    public void FeedDisabled(string feed, bool disabled)
    {
        if (disabled)
        {
            _feedDisabled.WithLabels(feed).Set(1);
        }
        else
        {
            _feedDisabled.RemoveLabelled(feed);
        }
    }

    /// <summary>
    /// Zero series for a configured feed, so that a ratio of failed polls or a rate of stories has a series to work
    /// on before the first event (a counter that appears only at its first increment hides that increment from rate()).
    /// </summary>
    public void KnownFeed(string feed)
    {
        foreach (var result in PollResults)
        {
            _polls.WithLabels(feed, result);
        }
        _storiesFound.WithLabels(feed);
    }

    /// <summary>A zero series of posts sent for a configured channel, so that "no post for hours" can be told from "no data".</summary>
    public void KnownChannel(string channel) => _postsSent.WithLabels(channel);

    private static readonly string[] PollResults = ["fetched", "unchanged", "failed"];
    public void FeedPushed(string feed, bool pushed) => _feedPushed.WithLabels(feed).Set(pushed ? 1 : 0);

    private static string ErrorCode(string reason)
    {
        var digits = reason.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 3 ? reason[..digits] : "network";
    }
}
