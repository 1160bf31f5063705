using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>The settings in force; every component reads them through this so that a reload reaches all of them.</summary>
public sealed class CurrentSettings(NewsBotSettings initial)
{
    public NewsBotSettings Value { get; private set; } = initial;
}
