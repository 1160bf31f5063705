namespace NewsBot.Core.Settings;

/// <summary>Thrown when settings cannot be used; the message lists every bad key and why.</summary>
public sealed class SettingsException(IReadOnlyList<SettingsError> errors)
    : Exception("Invalid settings:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e)))
{
    public IReadOnlyList<SettingsError> Errors { get; } = errors;
}
