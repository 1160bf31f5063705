using Microsoft.Extensions.Configuration.Json;

namespace NewsBot.Hosting;

/// <summary>A JSON file source whose provider indexes child keys (see <see cref="IndexedJsonConfigurationProvider"/>).</summary>
public sealed class IndexedJsonConfigurationSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new IndexedJsonConfigurationProvider(this);
    }
}
