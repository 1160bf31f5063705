using NewsBot.Core.Grouping;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>
/// Grouping within the previewed feed, per channel, as the channel would group its posts: which of them would only
/// credit an earlier post of the same story.
/// </summary>
internal sealed class PreviewGrouping
{
    private readonly Dictionary<string, StoryGrouper> _groupers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _headlines = new(StringComparer.Ordinal);

    /// <summary>The headline of the post this one would be credited in, or null when it is posted (or its channel does not group).</summary>
    public string? CreditedTo(QueuedPost post)
    {
        if (post.Grouping is not { } grouping)
        {
            return null;
        }
        if (!_groupers.TryGetValue(post.Channel, out var grouper))
        {
            _groupers[post.Channel] = grouper = new StoryGrouper(grouping.Options);
        }
        _headlines.TryAdd(grouping.Item.Id, grouping.Item.Title);
        var match = grouper.Assign(grouping.Item);
        return match.Joined ? _headlines[match.GroupId] : null;
    }
}
