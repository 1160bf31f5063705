using NewsBot.Core.Filtering;
using NewsBot.Core.Grouping;

namespace NewsBot.Core.Settings;

public sealed class ChannelSettings
{
    /// <summary>A numeric chat id (-100…) or a public @username.</summary>
    public string ChatId { get; set; } = "";

    /// <summary>Telegram allows a bot about 20 messages a minute in one channel or group.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>Telegram asks for at most one message a second in one chat.</summary>
    public int MessagesPerSecond { get; set; } = 1;

    /// <summary>
    /// When more than this many posts are queued (a big news hour), routine posts beyond them are combined into one
    /// digest post of headlines; 0 (the default) never combines. Breaking posts are never combined.
    /// </summary>
    public int DigestAbove { get; set; }

    /// <summary>A template for this channel's posts, overriding the feed's.</summary>
    public string? Template { get; set; }

    /// <summary>Which stories this channel takes, on top of each feed's own filter.</summary>
    public StoryFilterOptions Filter { get; set; } = new();

    /// <summary>A forum topic to post in (message_thread_id).</summary>
    public int? ThreadId { get; set; }

    /// <summary>Add a "Read more" button under each post that has a link.</summary>
    public bool ReadMoreButton { get; set; }

    /// <summary>Show link previews (default true); false turns them off for the channel.</summary>
    public bool LinkPreviews { get; set; } = true;

    /// <summary>Reports of one story across the channel's feeds make one post, crediting the others (default true).</summary>
    public bool Grouping { get; set; } = true;

    /// <summary>How far apart in time two reports may be and still be grouped into one post.</summary>
    public TimeSpan GroupingWindow { get; set; } = new GroupingOptions().Window;

    /// <summary>What a changed headline or lead of a posted story does: edit the post (default), nothing, or a reply.</summary>
    public StoryUpdates Updates { get; set; } = StoryUpdates.Edit;
}
