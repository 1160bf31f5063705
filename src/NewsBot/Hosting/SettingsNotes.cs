namespace NewsBot.Hosting;

/// <summary>Logs what loading the settings noted without refusing them (an OPML feed Feeds already has, a renamed one).</summary>
public static partial class SettingsNotes
{
    public static void Log(ILogger logger, IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            LogNote(logger, note);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings: {Note}")]
    private static partial void LogNote(ILogger logger, string note);
}
