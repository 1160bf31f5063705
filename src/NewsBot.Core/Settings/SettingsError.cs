namespace NewsBot.Core.Settings;

/// <summary>A rejected setting: the configuration key (as an operator would write it) and why.</summary>
public sealed record SettingsError(string Key, string Reason)
{
    public override string ToString() => $"{Key}: {Reason}";
}
