using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace NewsBot.Hosting;

/// <summary>
/// A change token for the settings and the OPML files they name, so that an edit of an OPML file is reloaded like one
/// of the settings file. The paths are read from the configuration itself, which is already reloaded when its token
/// fires, so a newly added file is watched from the next token on.
/// </summary>
public sealed class OpmlFileWatch(IConfiguration configuration) : IDisposable
{
    private readonly Dictionary<string, PhysicalFileProvider> _folders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IChangeToken Token()
    {
        var files = configuration.GetSection("Opml").GetChildren()
            .Select(entry => entry["Path"])
            .OfType<string>()
            .Where(path => path.Length > 0)
            .Select(path => Path.GetFullPath(path));
        return new CompositeChangeToken([configuration.GetReloadToken(), .. files.Select(Watch)]);
    }

    private IChangeToken Watch(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
        {
            return NullChangeToken.Singleton;
        }
        lock (_lock)
        {
            if (!_folders.TryGetValue(folder, out var provider))
            {
                provider = new PhysicalFileProvider(folder);
                _folders[folder] = provider;
            }
            return provider.Watch(Path.GetFileName(file));
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var provider in _folders.Values)
            {
                provider.Dispose();
            }
            _folders.Clear();
        }
    }
}
