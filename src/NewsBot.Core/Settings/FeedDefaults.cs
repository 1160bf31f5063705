using NewsBot.Core.Filtering;
using NewsBot.Core.Formatting;

namespace NewsBot.Core.Settings;

/// <summary>Per-feed tunables. Set once under Defaults; any feed may override any of them.</summary>
public class FeedDefaults
{
    /// <summary>Time between polls of the feed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Poll a feed that publishes often more often and a quiet one less often, from its own poll history, between
    /// MinInterval and MaxInterval (see <see cref="PollIntervals"/>). Feeds on a Cron are not adaptive.
    /// </summary>
    public bool Adaptive { get; set; }

    /// <summary>The shortest interval of an adaptive feed; null: a quarter of Interval, not below the interval floor.</summary>
    public TimeSpan? MinInterval { get; set; }

    /// <summary>The longest interval of an adaptive feed; null: four times Interval.</summary>
    public TimeSpan? MaxInterval { get; set; }

    /// <summary>
    /// A Quartz cron expression (seconds first, e.g. "0 */10 * * * ?") to poll on instead of Interval, in UTC;
    /// null: poll every Interval.
    /// </summary>
    public string? Cron { get; set; }

    /// <summary>A feed failing for this long is disabled (the admin chat is told) and then only probed hourly.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many of the newest items a feed's first poll posts (the rest are only recorded as seen).</summary>
    public int FirstRunPostLatest { get; set; }

    /// <summary>Items published longer ago than this are never posted.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long one fetch may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest a feed's polls are pushed back, whether by its own failures (exponential backoff) or because its
    /// server asked (RSS ttl, Cache-Control max-age, Expires, Retry-After).
    /// </summary>
    public TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How posts look: template, summary length, time zone, pictures, breaking words.</summary>
    public PostFormatOptions Format { get; set; } = new();

    /// <summary>Which stories are posted at all.</summary>
    public StoryFilterOptions Filter { get; set; } = new();

    /// <summary>Breaking posts are pinned for this long (zero: never pinned).</summary>
    public TimeSpan PinBreakingFor { get; set; }

    /// <summary>
    /// A story to be posted that has a headline only (a news sitemap's, a bare feed's) gets its lead and picture from
    /// its own page's og:description / meta description and og:image.
    /// </summary>
    public bool FetchArticleLead { get; set; }

    /// <summary>Subscribe to the feed's WebSub hub when it advertises one and WebSub:CallbackBaseUrl is set.</summary>
    public bool Push { get; set; } = true;
}
