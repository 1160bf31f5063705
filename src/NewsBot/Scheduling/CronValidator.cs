using NewsBot.Core.Settings;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Checks Cron keys with Quartz's own parser (the core settings validator knows no Quartz).</summary>
public static class CronValidator
{
    public static IEnumerable<SettingsError> Validate(NewsBotSettings settings)
    {
        var errors = Check("Defaults:Cron", settings.Defaults.Cron);
        // A feed that inherits a bad default is reported once, under Defaults.
        var feeds = settings.Feeds.Select((feed, i) => (feed, i)).Where(f => f.feed.Cron != settings.Defaults.Cron);
        return errors.Concat(feeds.SelectMany(f => Check($"Feeds:{f.i}:Cron", f.feed.Cron)));
    }

    private static IEnumerable<SettingsError> Check(string key, string? cron)
    {
        if (cron is null)
        {
            return [];
        }
        try
        {
            _ = new CronExpression(cron);
            return [];
        }
        catch (FormatException e)
        {
            return [new SettingsError(key, $"'{cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week): {e.Message}")];
        }
    }
}
