using Microsoft.AspNetCore.Connections;
using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Monitoring;
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
            var listensOn = ListensOn(host.Configuration);
            try
            {
                // Taken before the run: RunAsync disposes the host's services when it returns.
                var loops = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
                await host.RunAsync();
                return ExitCodeAfterRun(loops, logger);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                await Console.Error.WriteLineAsync(PortInUse(listensOn));
                return 2;
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

    /// <summary>
    /// 0 after a stop that was asked for; 1, with the reason, when a loop crashed and so stopped the host. Services
    /// and supervisors restart a process on a non-zero code only. (The host's own line is filtered, see LoggingSetup.)
    /// </summary>
    private static int ExitCodeAfterRun(IEnumerable<BackgroundService> loops, ILogger logger)
    {
        var crashed = loops.FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true });
        if (crashed is null)
        {
            return 0;
        }
        var reason = crashed.ExecuteTask!.Exception!.GetBaseException();
        var service = crashed.GetType().Name;
        LogLoopFailed(logger, reason, service);
        return 1;
    }

    /// <summary>What to change, not Kestrel's stack trace.</summary>
    private static string PortInUse(string urls) =>
        $"Urls: {urls} is already in use by another program. Set Urls (or ASPNETCORE_URLS) to a free address, " +
            "for example http://0.0.0.0:8081, or to \"\" to turn the health and metrics endpoint off.";

    /// <summary>Read before the run: the host's services are gone once RunAsync has failed.</summary>
    private static string ListensOn(IConfiguration configuration) =>
        configuration["urls"] ?? (configuration["http_ports"] is { } ports ? $"port {ports}"
            : $"{MonitoringEndpoint.DefaultUrl} ({MonitoringEndpoint.DryRunUrl} in a dry run)");

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

    [LoggerMessage(Level = LogLevel.Critical, Message = "NewsBot stopped: {Service} failed")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string service);

    [LoggerMessage(Level = LogLevel.Critical, Message = "NewsBot stopped on an error")]
    private static partial void LogStopped(ILogger logger, Exception exception);
}
