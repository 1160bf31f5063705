using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>The run verb: the long-running bot.</summary>
public static partial class RunCommand
{
    public static async Task<int> RunAsync(string? configPath)
    {
        WebApplication host;
        try
        {
            host = NewsBotHost.Build(configPath);
        }
        catch (SettingsException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        using (host)
        {
            var settings = host.Services.GetRequiredService<CurrentSettings>().Value;
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsBot");
            LogStart(logger, settings);
            try
            {
                await host.RunAsync();
                return 0;
            }
            catch (StorageInUseException e)
            {
                // The operator's to fix (stop the other instance, or move to PostgreSQL): the reason alone, last.
                await Console.Error.WriteLineAsync(e.Message);
                return 3;
            }
            catch (Exception e)
            {
                LogStopped(logger, e);
                return 1;
            }
        }
    }

    private static void LogStart(ILogger logger, NewsBotSettings settings)
    {
        LogStarting(logger, settings.Feeds.Count, settings.Channels.Count, settings.Storage.Provider);
        if (settings.Telegram.IsDryRun)
        {
            LogDryRun(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsBot starting: {Feeds} feeds, {Channels} channels, storage {Provider}")]
    private static partial void LogStarting(ILogger logger, int feeds, int channels, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Telegram:BotToken set: dry run, posts are printed to standard output instead of sent")]
    private static partial void LogDryRun(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "NewsBot stopped on an error")]
    private static partial void LogStopped(ILogger logger, Exception exception);
}
