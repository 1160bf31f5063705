namespace NewsBot.Core.Settings;

/// <summary>One entry of Opml: a feed list file whose feeds are polled as if listed under Feeds, with these keys.</summary>
public sealed class OpmlSettings : FeedDefaults
{
    /// <summary>The OPML file, relative to the working directory.</summary>
    public string Path { get; set; } = "";

    /// <summary>Where its feeds post; empty: each feed posts to the channels its categories name.</summary>
    public List<string> Channels { get; set; } = [];
}
