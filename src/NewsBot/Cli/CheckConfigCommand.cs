namespace NewsBot.Cli;

/// <summary>The check-config verb: validates the settings and says what is wrong, key by key.</summary>
public static class CheckConfigCommand
{
    public static int Run(string? configPath, TextWriter output, TextWriter errors) =>
        SettingsVerb.Run(configPath, errors, (settings, notes) =>
        {
            foreach (var note in notes)
            {
                output.WriteLine(note);
            }
            output.WriteLine($"Settings are valid: {settings.Feeds.Count} feeds, {settings.Channels.Count} channels, " +
                $"storage {settings.Storage.Provider}, {(settings.Telegram.IsDryRun ? "dry run (no bot token)" : "posting to Telegram")}.");
            return 0;
        });
}
