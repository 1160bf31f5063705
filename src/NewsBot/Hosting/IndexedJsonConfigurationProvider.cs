using Microsoft.Extensions.Configuration.Json;

namespace NewsBot.Hosting;

/// <summary>
/// The JSON settings file with its child keys indexed. The base provider answers every GetChildren by scanning all
/// the file's keys, and binding one feed asks for children a few dozen times (the binder walks each nested settings
/// object, the list replacement and the unknown-key check too): 10,000 feeds made loading quadratic, minutes long.
/// The index is built once per load of the file, so binding costs what the feed's own keys cost.
/// </summary>
public sealed class IndexedJsonConfigurationProvider(JsonConfigurationSource source) : JsonConfigurationProvider(source)
{
    private ChildKeyIndex _index = ChildKeyIndex.Empty;

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        var index = _index;
        if (!ReferenceEquals(index.Data, Data))
        {
            // A reload (or a failed one) swaps Data for a new dictionary.
            index = ChildKeyIndex.Of(Data);
            _index = index;
        }
        var keys = new List<string>(index.ChildrenOf(parentPath));
        keys.AddRange(earlierKeys);
        keys.Sort(ConfigurationKeyComparer.Instance);
        return keys;
    }

    public override void Set(string key, string? value)
    {
        base.Set(key, value);
        _index = ChildKeyIndex.Empty;
    }
}
