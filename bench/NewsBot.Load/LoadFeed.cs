using System.Text;
using NewsBot.Testing.Feeds;

namespace NewsBot.Load;

/// <summary>One feed's items and its current body, rebuilt only when a story is added.</summary>
public sealed class LoadFeed
{
    /// <summary>Items a feed lists; older ones roll off, as on a real feed.</summary>
    private const int ItemsKept = 20;
    private readonly int _id;
    private readonly List<RssBuilder.Item> _items;
    private readonly Lock _lock = new();
    private byte[] _body = [];
    private string _etag = "";
    private int _version;

    public LoadFeed(int id, DateTimeOffset old)
    {
        _id = id;
        _items = [.. Enumerable.Range(0, 3).Select(n => new RssBuilder.Item($"f{id}-base{n}", $"Feed {id} background {n}", "An older story.", old.AddMinutes(-n)))];
        Rebuild();
    }

    public (byte[] Body, string ETag) Current()
    {
        lock (_lock)
        {
            return (_body, _etag);
        }
    }

    public void Add(string id, string title, DateTimeOffset published)
    {
        lock (_lock)
        {
            _items.Insert(0, new RssBuilder.Item(id, title, $"What happened in {title}.", published));
            if (_items.Count > ItemsKept)
            {
                _items.RemoveAt(_items.Count - 1);
            }
            Rebuild();
        }
    }

    private void Rebuild()
    {
        _version++;
        _body = Encoding.UTF8.GetBytes(RssBuilder.Build($"Load feed {_id}", _items));
        _etag = $"\"{_id}-{_version}\"";
    }
}
