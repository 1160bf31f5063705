using System.Text.Json;
using Microsoft.Extensions.Primitives;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>
/// Puts an edit of the settings file in force within seconds: a valid edit replaces the settings, an invalid one is
/// refused with a log line naming each bad key and the last good settings stay. The file watcher can fire twice per
/// save, so settings equal to those in force change nothing. Any other fault (the file unreadable for a moment) is
/// one <see cref="FaultEpisode"/>: logged once, and the watcher that called it goes on.
/// </summary>
public sealed partial class SettingsReloader(
    IConfiguration configuration, SettingsFile file, CurrentSettings settings, FaultEpisodes faults, ILogger<SettingsReloader> logger)
    : IHostedService
{
    private readonly FaultEpisode _faults = faults.For("Reloading the settings", logger);
    private IDisposable? _subscription;
    private string? _lastRefusal;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, ReloadGuarded);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// An exception thrown here would reach the file watcher's thread and end the process. The step is synchronous,
    /// so the task is complete on return and never faults.
    /// </summary>
    private void ReloadGuarded() => _ = _faults.TryAsync(() =>
    {
        Reload();
        return Task.CompletedTask;
    }, CancellationToken.None);

    private void Reload()
    {
        NewsBotSettings loaded;
        try
        {
            SettingsLoader.CheckFile(file.Path);
            loaded = SettingsLoader.Load(configuration);
        }
        catch (SettingsException e)
        {
            // The file watcher often fires twice for one save: say it once.
            var refusal = string.Join("; ", e.Errors);
            if (refusal != _lastRefusal)
            {
                LogRefused(file.Path, refusal);
            }
            _lastRefusal = refusal;
            return;
        }
        _lastRefusal = null;
        if (Fingerprint(loaded) == Fingerprint(settings.Value))
        {
            return;
        }
        if (StartOnly(loaded) != StartOnly(settings.Value))
        {
            LogRestartNeeded(file.Path);
        }
        settings.Update(loaded);
        LogReloaded(file.Path, loaded.Feeds.Count, loaded.Channels.Count);
    }

    /// <summary>The settings read at start only (never logged: the token is among them).</summary>
    private static string StartOnly(NewsBotSettings value) =>
        JsonSerializer.Serialize(new { value.Storage, value.Cluster, value.Telegram.BotToken, value.Telegram.ApiBaseUrl });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings in {Path} changed Storage, Cluster, Telegram:BotToken or Telegram:ApiBaseUrl: those take effect after a restart")]
    private partial void LogRestartNeeded(string path);

    /// <summary>Settings have no equality of their own; their JSON does.</summary>
    private static string Fingerprint(NewsBotSettings value) => JsonSerializer.Serialize(value);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings edit in {Path} refused, the last good settings stay in force: {Errors}")]
    private partial void LogRefused(string path, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings reloaded from {Path}: {Feeds} feeds, {Channels} channels")]
    private partial void LogReloaded(string path, int feeds, int channels);
}
