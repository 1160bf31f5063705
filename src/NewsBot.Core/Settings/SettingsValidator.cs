using System.Globalization;
using NewsBot.Core.Filtering;
using NewsBot.Core.Formatting;

namespace NewsBot.Core.Settings;

/// <summary>Checks bound settings and names each bad key with the reason.</summary>
public static class SettingsValidator
{
    /// <summary>
    /// The shortest poll interval of a feed on another host: more often is a flood of requests to one publisher, not
    /// news any sooner. A file or a server on this machine may be polled faster.
    /// </summary>
    public static readonly TimeSpan IntervalFloor = TimeSpan.FromSeconds(10);

    /// <summary>The shortest fetch timeout: less fails every poll of a healthy feed across the internet.</summary>
    public static readonly TimeSpan TimeoutFloor = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<SettingsError> Validate(NewsBotSettings settings)
    {
        var errors = new List<SettingsError>();
        var shared = new SharedValueChecks();
        ValidateTelegram(settings.Telegram, errors);
        ValidateStorage(settings.Storage, errors);
        ValidateCluster(settings.Cluster, errors);
        ValidateWebSub(settings.WebSub, errors);
        ValidateTunables("Defaults", settings.Defaults, shared, errors);
        foreach (var (name, channel) in settings.Channels)
        {
            ValidateChannel($"Channels:{name}", channel, shared, errors);
        }
        ValidateFeeds(settings, shared, errors);
        return errors;
    }

    private static void ValidateTelegram(TelegramSettings telegram, List<SettingsError> errors)
    {
        if (!IsHttpUrl(telegram.ApiBaseUrl))
        {
            errors.Add(new("Telegram:ApiBaseUrl", $"'{telegram.ApiBaseUrl}' is not an absolute http(s) URL"));
        }
        if (!telegram.IsDryRun && !LooksLikeBotToken(telegram.BotToken))
        {
            // Never echo the token itself: it is a secret.
            errors.Add(new("Telegram:BotToken", "is not a bot token (expected the form 123456789:AAbbCC…, as @BotFather gives it)"));
        }
        if (telegram.AdminChatId.Length > 0 && !IsChatId(telegram.AdminChatId))
        {
            errors.Add(new("Telegram:AdminChatId", $"'{telegram.AdminChatId}' is not a numeric chat id or @username"));
        }
    }

    private static void ValidateStorage(StorageSettings storage, List<SettingsError> errors)
    {
        if (storage.Provider is not (StorageProvider.Sqlite or StorageProvider.Postgres))
        {
            errors.Add(new("Storage:Provider", $"'{storage.Provider}' is not one of {StorageProvider.Sqlite}, {StorageProvider.Postgres}"));
        }
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            errors.Add(new("Storage:ConnectionString", "is empty"));
        }
        else if (ConnectionStringMismatch(storage) is { } mismatch)
        {
            errors.Add(new("Storage:ConnectionString", mismatch));
        }
    }

    private static void ValidateCluster(ClusterSettings cluster, List<SettingsError> errors)
    {
        if (cluster.CheckinInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add(new("Cluster:CheckinInterval", "must be at least one second"));
        }
        if (cluster.CheckinMisfireThreshold < TimeSpan.FromSeconds(1))
        {
            errors.Add(new("Cluster:CheckinMisfireThreshold", "must be at least one second"));
        }
        if (cluster.OutboxLease < TimeSpan.FromSeconds(2))
        {
            errors.Add(new("Cluster:OutboxLease", "must be at least two seconds"));
        }
        if (cluster.PollsInFlight is < 1 or > 10_000)
        {
            errors.Add(new("Cluster:PollsInFlight", $"must be between 1 and 10000, not {cluster.PollsInFlight}"));
        }
    }

    private static void ValidateWebSub(WebSubSettings webSub, List<SettingsError> errors)
    {
        if (webSub.IsOn && !IsHttpUrl(webSub.CallbackBaseUrl.Trim()))
        {
            errors.Add(new("WebSub:CallbackBaseUrl", $"'{webSub.CallbackBaseUrl}' is not an absolute http(s) URL (empty turns push off)"));
        }
        if (webSub.SafetyNetInterval <= TimeSpan.Zero)
        {
            errors.Add(new("WebSub:SafetyNetInterval", "must be positive"));
        }
    }

    /// <summary>A SQLite string given to PostgreSQL or the other way round would only fail deep inside the driver.</summary>
    private static string? ConnectionStringMismatch(StorageSettings storage)
    {
        var keys = storage.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=')[0].Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet();
        return storage.Provider switch
        {
            StorageProvider.Sqlite when !keys.Overlaps(["datasource", "filename"]) =>
                "is not a SQLite connection string (expected Data Source=path/to/newsbot.db)",
            StorageProvider.Postgres when !keys.Overlaps(["host", "server"]) =>
                "is not a PostgreSQL connection string (expected Host=…;Database=…;Username=…;Password=…)",
            _ => null,
        };
    }

    private static void ValidateChannel(string key, ChannelSettings channel, SharedValueChecks shared, List<SettingsError> errors)
    {
        if (!IsChatId(channel.ChatId))
        {
            errors.Add(new($"{key}:ChatId", $"'{channel.ChatId}' is not a numeric chat id or @username"));
        }
        if (channel.MessagesPerMinute <= 0)
        {
            errors.Add(new($"{key}:MessagesPerMinute", "must be positive"));
        }
        if (channel.MessagesPerSecond <= 0)
        {
            errors.Add(new($"{key}:MessagesPerSecond", "must be positive"));
        }
        if (channel.DigestAbove < 0)
        {
            errors.Add(new($"{key}:DigestAbove", "must not be negative (0 never combines)"));
        }
        if (channel.GroupingWindow <= TimeSpan.Zero)
        {
            errors.Add(new($"{key}:GroupingWindow", "must be positive"));
        }
        if (channel.ThreadId <= 0)
        {
            errors.Add(new($"{key}:ThreadId", "must be a positive forum topic id"));
        }
        ValidateTemplate($"{key}:Template", channel.Template, shared, errors);
        ValidateFilter($"{key}:Filter", channel.Filter, shared, errors);
    }

    private static void ValidateFeeds(NewsBotSettings settings, SharedValueChecks shared, List<SettingsError> errors)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < settings.Feeds.Count; i++)
        {
            var feed = settings.Feeds[i];
            var key = $"Feeds:{i}";
            if (string.IsNullOrWhiteSpace(feed.Name))
            {
                errors.Add(new($"{key}:Name", "is empty"));
            }
            else if (!names.Add(feed.Name))
            {
                errors.Add(new($"{key}:Name", $"duplicate feed name '{feed.Name}'"));
            }
            ValidateFeedSource(key, feed, errors);
            SourceRulesValidator.Validate(key, feed, errors);
            ValidateIntervalFloor(key, feed, errors);
            ValidateFeedChannels(key, feed, settings.Channels, errors);
            ValidateTunables(key, feed, shared, errors);
        }
    }

    private static void ValidateFeedSource(string key, FeedSettings feed, List<SettingsError> errors)
    {
        if (string.IsNullOrWhiteSpace(feed.Url))
        {
            errors.Add(new($"{key}:Url", $"is empty (feed '{feed.Name}')"));
        }
        else if (!FeedSource.IsValid(feed.Url))
        {
            errors.Add(new($"{key}:Url", $"'{feed.Url}' is not an http(s) URL or an existing file (feed '{feed.Name}')"));
        }
    }

    private static void ValidateIntervalFloor(string key, FeedSettings feed, List<SettingsError> errors)
    {
        if (string.IsNullOrWhiteSpace(feed.Url) || FeedSource.IsLocal(feed.Url))
        {
            return;
        }
        if (feed.Interval < IntervalFloor)
        {
            errors.Add(new($"{key}:Interval", $"must be at least {IntervalFloor} for a feed on another host (feed '{feed.Name}', " +
                $"its own Interval or the Defaults'), not {feed.Interval}: more often floods the publisher and brings no news sooner"));
        }
        if (feed.MinInterval < IntervalFloor)
        {
            errors.Add(new($"{key}:MinInterval", $"must be at least {IntervalFloor} for a feed on another host (feed '{feed.Name}', " +
                $"its own MinInterval or the Defaults'), not {feed.MinInterval}"));
        }
    }

    /// <summary>An adaptive feed's interval stays between MinInterval and MaxInterval, and Interval lies between them.</summary>
    private static void ValidateAdaptiveRange(string key, FeedDefaults tunables, List<SettingsError> errors)
    {
        if (tunables.MinInterval is { } min && (min < TimeSpan.FromMilliseconds(100) || min > tunables.Interval))
        {
            errors.Add(new($"{key}:MinInterval", $"must lie between 00:00:00.1 and the Interval ({tunables.Interval}), not {min}"));
        }
        if (tunables.MaxInterval is { } max && max < tunables.Interval)
        {
            errors.Add(new($"{key}:MaxInterval", $"must be at least the Interval ({tunables.Interval}), not {max}"));
        }
    }

    private static void ValidateFeedChannels(
        string key, FeedSettings feed, Dictionary<string, ChannelSettings> channels, List<SettingsError> errors)
    {
        if (feed.Channels.Count == 0)
        {
            errors.Add(new($"{key}:Channels", $"feed '{feed.Name}' names no channel"));
        }
        for (var j = 0; j < feed.Channels.Count; j++)
        {
            if (!channels.ContainsKey(feed.Channels[j]))
            {
                errors.Add(new($"{key}:Channels:{j}", $"unknown channel '{feed.Channels[j]}' (feed '{feed.Name}'; define it under Channels)"));
            }
        }
    }

    private static void ValidateTunables(string key, FeedDefaults tunables, SharedValueChecks shared, List<SettingsError> errors)
    {
        if (tunables.Interval < TimeSpan.FromMilliseconds(100))
        {
            errors.Add(new($"{key}:Interval", $"must be at least 00:00:00.1, not {tunables.Interval}"));
        }
        if (tunables.FirstRunPostLatest < 0)
        {
            errors.Add(new($"{key}:FirstRunPostLatest", "must not be negative"));
        }
        if (tunables.MaxAge <= TimeSpan.Zero)
        {
            errors.Add(new($"{key}:MaxAge", $"must be positive, not {tunables.MaxAge}"));
        }
        if (tunables.Timeout < TimeoutFloor)
        {
            errors.Add(new($"{key}:Timeout", $"must be at least {TimeoutFloor}, not {tunables.Timeout}"));
        }
        ValidateAdaptiveRange(key, tunables, errors);
        if (tunables.MaxPollDelay < tunables.Interval)
        {
            errors.Add(new($"{key}:MaxPollDelay", $"must be at least the interval ({tunables.Interval})"));
        }
        if (tunables.DisableAfter <= TimeSpan.Zero)
        {
            errors.Add(new($"{key}:DisableAfter", $"must be positive, not {tunables.DisableAfter}"));
        }
        if (tunables.PinBreakingFor < TimeSpan.Zero)
        {
            errors.Add(new($"{key}:PinBreakingFor", "must not be negative"));
        }
        ValidateFormat($"{key}:Format", tunables.Format, shared, errors);
        ValidateFilter($"{key}:Filter", tunables.Filter, shared, errors);
    }

    private static void ValidateFormat(string key, PostFormatOptions format, SharedValueChecks shared, List<SettingsError> errors)
    {
        ValidateTemplate($"{key}:Template", format.Template, shared, errors);
        if (format.SummaryMaxLength <= 0)
        {
            errors.Add(new($"{key}:SummaryMaxLength", "must be positive"));
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(format.TimeZone, out _))
        {
            errors.Add(new($"{key}:TimeZone", $"unknown time zone '{format.TimeZone}' (use an IANA id such as Europe/Berlin)"));
        }
        try
        {
            _ = DateTimeOffset.UnixEpoch.ToString(format.DateFormat, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            errors.Add(new($"{key}:DateFormat", $"'{format.DateFormat}' is not a .NET date format"));
        }
        ValidatePatterns($"{key}:BoilerplatePatterns", format.BoilerplatePatterns ?? [], shared, errors);
    }

    private static void ValidateTemplate(string key, string? template, SharedValueChecks shared, List<SettingsError> errors)
    {
        if (shared.TemplateError(template) is { } error)
        {
            errors.Add(new(key, error));
        }
    }

    private static void ValidateFilter(string key, StoryFilterOptions filter, SharedValueChecks shared, List<SettingsError> errors)
    {
        ValidatePatterns($"{key}:IncludePatterns", filter.IncludePatterns, shared, errors);
        ValidatePatterns($"{key}:ExcludePatterns", filter.ExcludePatterns, shared, errors);
    }

    private static void ValidatePatterns(string key, IReadOnlyList<string> patterns, SharedValueChecks shared, List<SettingsError> errors)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (shared.PatternError(patterns[i]) is { } error)
            {
                errors.Add(new($"{key}:{i}", error));
            }
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsChatId(string value) =>
        long.TryParse(value, out _) || (value.StartsWith('@') && value.Length > 1 && value.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));

    private static bool LooksLikeBotToken(string token)
    {
        var colon = token.IndexOf(':');
        return colon is > 0 and <= 16 && token[..colon].All(char.IsAsciiDigit) && colon < token.Length - 1;
    }
}
