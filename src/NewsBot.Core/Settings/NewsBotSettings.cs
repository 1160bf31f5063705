namespace NewsBot.Core.Settings;

/// <summary>All settings, as bound from config/appsettings.json (or --config) and environment variables.</summary>
public sealed class NewsBotSettings
{
    public TelegramSettings Telegram { get; set; } = new();
    public StorageSettings Storage { get; set; } = new();
    public ClusterSettings Cluster { get; set; } = new();
    public FeedDefaults Defaults { get; set; } = new();
    public Dictionary<string, ChannelSettings> Channels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The explicit Feeds first, then those the Opml files list.</summary>
    public List<FeedSettings> Feeds { get; set; } = [];

    public List<OpmlSettings> Opml { get; set; } = [];

    public DashboardSettings Dashboard { get; set; } = new();
}
