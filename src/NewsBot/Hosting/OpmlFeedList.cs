using NewsBot.Core.Opml;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>One Opml entry's outlines merged into the feeds: explicit entries win, names stay unique, and a feed listed
/// in several categories posts to each channel they name.</summary>
internal sealed class OpmlFeedList(
    IConfiguration configuration, string entryPath, OpmlSettings bound, NewsBotSettings settings, KnownFeeds known, string path, int explicitCount)
{
    private readonly FeedSettings _template = SettingsLoader.BindOverDefaults(configuration, entryPath);

    public void Add(IReadOnlyList<OpmlFeed> outlines, List<SettingsError> errors, ICollection<string> notes)
    {
        foreach (var outline in outlines)
        {
            var index = known.IndexOf(outline.XmlUrl);
            var channels = ChannelsOf(outline);
            if (index >= 0 && index < explicitCount)
            {
                notes.Add($"{path} line {outline.Line}: {outline.XmlUrl} is already feed '{settings.Feeds[index].Name}' in Feeds; that entry is kept");
            }
            else if (index >= 0)
            {
                settings.Feeds[index].Channels = [.. settings.Feeds[index].Channels.Union(channels, StringComparer.Ordinal)];
            }
            else if (channels.Count == 0)
            {
                errors.Add(new(entryPath + ":Channels", $"{path} line {outline.Line}: feed '{outline.Name}' has no channel; " +
                    "give the entry Channels, or put the outline in a category named after a channel"));
            }
            else
            {
                known.Add(NewFeed(outline, channels, notes));
            }
        }
    }

    /// <summary>The entry's Channels, else the outline's categories that name a channel.</summary>
    private List<string> ChannelsOf(OpmlFeed outline) =>
        bound.Channels.Count > 0 ? [.. bound.Channels] : [.. outline.Categories.Where(settings.Channels.ContainsKey).Distinct(StringComparer.Ordinal)];

    private FeedSettings NewFeed(OpmlFeed outline, List<string> channels, ICollection<string> notes)
    {
        var feed = _template.Copy();
        feed.Name = UniqueName(outline.Name);
        feed.Url = outline.XmlUrl;
        feed.SiteUrl = outline.HtmlUrl;
        feed.Channels = channels;
        if (feed.Name != outline.Name)
        {
            notes.Add($"{path} line {outline.Line}: the name '{outline.Name}' is taken; this feed is '{feed.Name}'");
        }
        return feed;
    }

    private string UniqueName(string name)
    {
        var candidate = name;
        for (var n = 2; known.HasName(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }
        return candidate;
    }
}
