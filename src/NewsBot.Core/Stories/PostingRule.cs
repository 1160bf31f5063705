using NewsBot.Core.Filtering;
using NewsBot.Core.Settings;

namespace NewsBot.Core.Stories;

/// <summary>
/// The one rule of what a feed posts, for the poller, the previews and /why alike. A story recorded by an earlier
/// poll is not posted again. A feed's first poll (the baseline) posts only its newest FirstRunPostLatest stories, so
/// adding a feed never floods a channel. Stories published longer than MaxAge ago are never posted. A story goes to
/// each channel of the feed whose filters, the feed's and then the channel's, allow it.
/// </summary>
public sealed class PostingRule
{
    private readonly FeedSettings _feed;
    private readonly StoryFilter _feedFilter;
    private readonly IReadOnlyList<(string Name, StoryFilter Filter)> _channels;

    /// <param name="channels">The Channels settings; a channel missing there has no filter of its own.</param>
    public PostingRule(FeedSettings feed, IReadOnlyDictionary<string, ChannelSettings> channels)
    {
        _feed = feed;
        _feedFilter = new StoryFilter(feed.Filter);
        _channels = feed.Channels.Select(name => (name, new StoryFilter(channels.GetValueOrDefault(name)?.Filter ?? new()))).ToList();
    }

    /// <summary>Judges a poll's stories (oldest first): one verdict per story key, in the stories' order.</summary>
    public IReadOnlyList<StoryVerdict> Judge(IReadOnlyList<Story> stories, FeedHistory history, DateTimeOffset now)
    {
        var distinct = stories.DistinctBy(s => s.Key).ToList();
        var candidates = distinct.Where(s => !history.Seen.Contains(s.Key) && !IsTooOld(s, now)).ToList();
        var chosen = (history.BaselineDone ? candidates : candidates.TakeLast(_feed.FirstRunPostLatest)).Select(s => s.Key).ToHashSet();
        return distinct.Select(story => Judge(story, history, chosen, now)).ToList();
    }

    /// <summary>
    /// Why a story that was recorded at <paramref name="seenAt"/> without a post in any channel was not posted:
    /// too old then, refused by every channel's filters, or else left out by the first poll.
    /// </summary>
    public PostingVerdict Reconsider(Story story, DateTimeOffset seenAt)
    {
        if (IsTooOld(story, seenAt))
        {
            return TooOld(story, seenAt);
        }
        var channels = JudgeChannels(story);
        return channels.Count > 0 && !channels.Any(c => c.Verdict.Posts) ? channels[0].Verdict : Baseline();
    }

    private StoryVerdict Judge(Story story, FeedHistory history, HashSet<string> chosen, DateTimeOffset now)
    {
        if (history.Seen.Contains(story.Key))
        {
            return new StoryVerdict(story, PostingVerdict.AlreadySeen, []);
        }
        if (IsTooOld(story, now))
        {
            return new StoryVerdict(story, TooOld(story, now), []);
        }
        return chosen.Contains(story.Key) ? new StoryVerdict(story, PostingVerdict.Post, JudgeChannels(story)) : new StoryVerdict(story, Baseline(), []);
    }

    private List<ChannelVerdict> JudgeChannels(Story story) =>
        _channels.Select(channel => new ChannelVerdict(channel.Name, FilterVerdict(story, channel.Name, channel.Filter))).ToList();

    private PostingVerdict FilterVerdict(Story story, string channel, StoryFilter channelFilter)
    {
        if (!_feedFilter.Allows(story, out var reason))
        {
            return new PostingVerdict(PostingReason.Filtered, $"filtered (feed filter: {reason})");
        }
        return channelFilter.Allows(story, out reason) ? PostingVerdict.Post : new PostingVerdict(PostingReason.Filtered, $"filtered (channel {channel} filter: {reason})");
    }

    private bool IsTooOld(Story story, DateTimeOffset at) => at - story.Published > _feed.MaxAge;

    private PostingVerdict TooOld(Story story, DateTimeOffset at) => new(
        PostingReason.TooOld,
        $"too old (published {story.Published:u}, {(at - story.Published).TotalHours:0} h before {at:u}; MaxAge {_feed.MaxAge})");

    private PostingVerdict Baseline() => new(
        PostingReason.FirstPollBaseline,
        $"seen at the feed's first poll, which records every item and posts only the newest {_feed.FirstRunPostLatest} (FirstRunPostLatest)");
}
