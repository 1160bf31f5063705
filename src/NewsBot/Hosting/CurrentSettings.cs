using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>The settings in force; every component reads them through this so that a reload reaches all of them.</summary>
public sealed class CurrentSettings(NewsBotSettings initial)
{
    private InForce _inForce = new(initial);

    public NewsBotSettings Value => Volatile.Read(ref _inForce).Settings;

    /// <summary>Raised after <see cref="Update"/> put new settings in force.</summary>
    public event Action<NewsBotSettings>? Changed;

    /// <summary>The feed of that name in force, found without a pass over every feed (each poll asks).</summary>
    public FeedSettings? Feed(string name) => Volatile.Read(ref _inForce).Feed(name);

    public void Update(NewsBotSettings settings)
    {
        Volatile.Write(ref _inForce, new(settings));
        Changed?.Invoke(settings);
    }

    /// <summary>Settings and their feeds by name, replaced together so that a reader never sees one without the other.</summary>
    private sealed class InForce(NewsBotSettings settings)
    {
        private readonly Lazy<Dictionary<string, FeedSettings>> _byName = new(() => ByName(settings.Feeds));

        public NewsBotSettings Settings => settings;

        public FeedSettings? Feed(string name) => _byName.Value.GetValueOrDefault(name);

        /// <summary>The first feed of each name, as a search of the list would find.</summary>
        private static Dictionary<string, FeedSettings> ByName(List<FeedSettings> feeds)
        {
            var byName = new Dictionary<string, FeedSettings>(StringComparer.Ordinal);
            foreach (var feed in feeds)
            {
                byName.TryAdd(feed.Name, feed);
            }
            return byName;
        }
    }
}
