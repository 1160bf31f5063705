using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>The settings in force; every component reads them through this so that a reload reaches all of them.</summary>
public sealed class CurrentSettings(NewsBotSettings initial)
{
    private NewsBotSettings _value = initial;

    public NewsBotSettings Value => Volatile.Read(ref _value);

    /// <summary>Raised after <see cref="Update"/> put new settings in force.</summary>
    public event Action<NewsBotSettings>? Changed;

    public void Update(NewsBotSettings settings)
    {
        Volatile.Write(ref _value, settings);
        Changed?.Invoke(settings);
    }
}
