namespace NewsBot.Hosting;

/// <summary>Each configuration path's direct child keys, read from a provider's flat key/value data in one pass.</summary>
internal sealed class ChildKeyIndex
{
    public static readonly ChildKeyIndex Empty = new(null);

    private readonly HashSet<string> _root = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _children = new(StringComparer.OrdinalIgnoreCase);

    private ChildKeyIndex(IDictionary<string, string?>? data) => Data = data;

    /// <summary>The data indexed; the provider rebuilds the index when its data is another dictionary.</summary>
    public IDictionary<string, string?>? Data { get; }

    public static ChildKeyIndex Of(IDictionary<string, string?> data)
    {
        var index = new ChildKeyIndex(data);
        foreach (var key in data.Keys)
        {
            index.Add(key);
        }
        return index;
    }

    public IEnumerable<string> ChildrenOf(string? parentPath) =>
        parentPath is null ? _root : _children.TryGetValue(parentPath, out var keys) ? keys : [];

    /// <summary>"Feeds:0:Name" makes "Feeds" a child of the root, "0" of "Feeds" and "Name" of "Feeds:0".</summary>
    private void Add(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        _root.Add(colon < 0 ? key : key[..colon]);
        while (colon >= 0)
        {
            var next = key.IndexOf(':', colon + 1);
            ChildSet(key[..colon]).Add(key[(colon + 1)..(next < 0 ? key.Length : next)]);
            colon = next;
        }
    }

    private HashSet<string> ChildSet(string parent)
    {
        if (!_children.TryGetValue(parent, out var set))
        {
            set = new(StringComparer.OrdinalIgnoreCase);
            _children[parent] = set;
        }
        return set;
    }
}
