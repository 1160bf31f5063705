using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Polling;

namespace NewsBot.Admin;

/// <summary>
/// /preview: the post a feed's newest story would make in its first channel, fetched now, or the posting rule's reason
/// why it would make none; nothing is stored.
/// </summary>
public sealed class FeedPreviewer(FeedReader reader, PostingRules rules, PostComposer composer, TimeProvider time)
{
    public async Task<OutgoingPost> NewestPostAsync(FeedSettings feed, CancellationToken cancellationToken)
    {
        var reading = await reader.ReadAsync(feed, cancellationToken);
        if (reading.Error is { } error)
        {
            return AdminText.Post($"Feed {feed.Name}: {error}");
        }
        if (reading.Stories.MaxBy(s => s.Published) is not { } newest)
        {
            return AdminText.Post($"Feed {feed.Name}: no story to preview (the feed is empty)");
        }
        // Judged as a story new to the feed after its first poll: what the feed posts when such a story appears.
        var verdict = rules.For(feed).Judge([newest], FeedHistory.AllNew, time.GetUtcNow())[0];
        var firstChannel = verdict.Channels.Count > 0 ? verdict.Channels[0] : null;
        return firstChannel is { Verdict.Posts: true }
            ? composer.Compose(feed, newest, firstChannel.Channel).Post
            : AdminText.Post($"Feed {feed.Name}: its newest story, \"{newest.Title}\", would not be posted: {(firstChannel?.Verdict ?? verdict.Verdict).Text}");
    }
}
