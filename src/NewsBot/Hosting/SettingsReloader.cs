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
    IConfiguration configuration,
    SettingsFile file,
    OpmlFileWatch opmlFiles,
    CurrentSettings settings,
    FaultEpisodes faults,
    ILogger<SettingsReloader> logger)
    : IHostedService
{
    private readonly FaultEpisode _faults = faults.For("Reloading the settings", logger);
    private IDisposable? _subscription;
    private string? _lastRefusal;
    private (NewsBotSettings Settings, string Fingerprint)? _inForce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(opmlFiles.Token, ReloadGuarded);
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
        var notes = new List<string>();
        try
        {
            loaded = SettingsLoader.Load(configuration, notes);
        }
        catch (SettingsException e)
        {
            Refuse(string.Join("; ", e.Errors));
            return;
        }
        if (loaded.Feeds.Count == 0 && settings.Value.Feeds.Count > 0 && !SaysNoFeeds())
        {
            Refuse($"Feeds: the edit would remove all {settings.Value.Feeds.Count} feeds, but the file has no Feeds list; write \"Feeds\": [] to mean it");
            return;
        }
        _lastRefusal = null;
        var fingerprint = Fingerprint(loaded);
        if (fingerprint == InForceFingerprint())
        {
            return;
        }
        WarnIfMostFeedsGo(loaded);
        if (StartOnly(loaded) != StartOnly(settings.Value))
        {
            LogRestartNeeded(file.Path);
        }
        settings.Update(loaded);
        _inForce = (loaded, fingerprint);
        SettingsNotes.Log(logger, notes);
        LogReloaded(file.Path, loaded.Feeds.Count, loaded.Channels.Count);
    }

    /// <summary>The file watcher often fires twice for one save: a refusal is said once.</summary>
    private void Refuse(string refusal)
    {
        if (refusal != _lastRefusal)
        {
            LogRefused(file.Path, refusal);
        }
        _lastRefusal = refusal;
    }

    /// <summary>An empty list written as such ("Feeds": []), not a file that lost its feeds.</summary>
    private bool SaysNoFeeds() => configuration.GetSection("Feeds").Value is "";

    /// <summary>Most feeds gone at once is more often a slip (a bad merge, a truncated file) than a decision: said loudly.</summary>
    private void WarnIfMostFeedsGo(NewsBotSettings loaded)
    {
        var before = settings.Value.Feeds;
        var removed = before.Select(f => f.Name).Except(loaded.Feeds.Select(f => f.Name), StringComparer.Ordinal).ToList();
        if (removed.Count > 1 && removed.Count * 2 > before.Count)
        {
            LogMostFeedsRemoved(file.Path, removed.Count, before.Count, string.Join(", ", removed.Take(10)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings edit in {Path} removes {Removed} of {Feeds} feeds ({Names}…); applied, as the file says so")]
    private partial void LogMostFeedsRemoved(string path, int removed, int feeds, string names);

    /// <summary>The settings read at start only (never logged: the token is among them).</summary>
    private static string StartOnly(NewsBotSettings value) =>
        JsonSerializer.Serialize(new { value.Storage, value.Cluster, value.Telegram.BotToken, value.Telegram.ApiBaseUrl });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings in {Path} changed Storage, Cluster, Telegram:BotToken or Telegram:ApiBaseUrl: those take effect after a restart")]
    private partial void LogRestartNeeded(string path);

    /// <summary>Settings have no equality of their own; their JSON does.</summary>
    private static string Fingerprint(NewsBotSettings value) => JsonSerializer.Serialize(value);

    /// <summary>The settings in force's fingerprint, kept from the reload that put them in force (10,000 feeds take 0.2 s to serialise).</summary>
    private string InForceFingerprint()
    {
        var value = settings.Value;
        if (_inForce is not { } kept || !ReferenceEquals(kept.Settings, value))
        {
            kept = (value, Fingerprint(value));
            _inForce = kept;
        }
        return kept.Fingerprint;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings edit in {Path} refused, the last good settings stay in force: {Errors}")]
    private partial void LogRefused(string path, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings reloaded from {Path}: {Feeds} feeds, {Channels} channels")]
    private partial void LogReloaded(string path, int feeds, int channels);
}
