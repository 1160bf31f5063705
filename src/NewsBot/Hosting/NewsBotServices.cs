using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Admin;
using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Fetching;
using NewsBot.Monitoring;
using NewsBot.Polling;
using NewsBot.Scheduling;
using NewsBot.WebSub;
using Quartz;
using Telegram.Bot;

namespace NewsBot.Hosting;

/// <summary>All of the bot's wiring in one place.</summary>
public static class NewsBotServices
{
    private const string TelegramClientName = "telegram";

    public const string UserAgent = "NewsBot/1.0 (breaking-news Telegram bot; +https://github.com/newsbot)";

    public static IServiceCollection AddNewsBot(this IServiceCollection services, IConfiguration configuration, NewsBotSettings settings)
    {
        services.AddNewsBotLogging(configuration);
        services.AddSingleton(new CurrentSettings(settings));
        var instance = new InstanceIdentity();
        services.AddSingleton(instance);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<NewsBotMetrics>();
        services.AddSingleton<OutboxDepthSampler>();
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<FaultEpisodes>();
        // Every loop handles its own faults; should one escape all the same, the host stops and the run command exits 1.
        services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(8);
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        // Hosted services start in the order added and stop in reverse: storage is ready before anything runs, and
        // polls are scheduled last.
        services.AddPipeline();
        services.AddStorage(settings.Storage);
        services.AddPolling();
        services.AddAdmin(settings.Telegram);
        services.AddDelivery(settings.Telegram);
        services.AddScheduling(settings, instance);
        return services;
    }

    /// <summary>Fetch, parse and format: what the preview command needs, without storage or delivery.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.AddHttpClient(FeedFetcher.HttpClientName, client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                client.Timeout = Timeout.InfiniteTimeSpan; // each feed's own Timeout applies
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = false, // FeedFetcher follows redirects itself, to notice permanent moves
                MaxConnectionsPerServer = 4,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedReader>();
        services.AddSources();
        services.AddSingleton<PostingRules>();
        services.AddSingleton<PostFormatters>();
        services.AddSingleton<PostComposer>();
        return services;
    }

    /// <summary>One poll of a feed into the outbox, its backoff and the moves it follows; internal so that tests wire the poller as the host does.</summary>
    internal static IServiceCollection AddPolling(this IServiceCollection services)
    {
        services.AddSingleton<FeedPoller>();
        services.AddWebSub();
        services.AddSingleton<FeedPacing>();
        services.AddSingleton<AdaptivePolling>();
        services.AddSingleton<FeedRedirects>();
        return services;
    }

    /// <summary>The admin commands; read from Telegram only when there is a bot to read them with.</summary>
    private static void AddAdmin(this IServiceCollection services, TelegramSettings telegram)
    {
        if (!telegram.IsDryRun)
        {
            services.AddHostedService<AdminCommandReader>();
        }
        services.AddSingleton<FeedPreviewer>();
        services.AddSingleton<AdminCommands>();
    }

    /// <summary>The outbox publisher, its pacing and pauses, pins, admin notices, and the sender: Telegram's or the console.</summary>
    private static void AddDelivery(this IServiceCollection services, TelegramSettings telegram)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<PinKeeper>();
        services.AddSingleton<AdminNotifier>();
        services.AddSingleton<ChannelPauses>();
        services.AddSingleton<EditPublisher>();
        services.AddSingleton<OutboxRendering>();
        services.AddSingleton<ChatMigrations>();
        if (telegram.IsDryRun)
        {
            services.AddSingleton<IPostSender>(new ConsolePostSender(Console.Out));
            services.AddSingleton<IPostEditor>(new ConsolePostEditor(Console.Out));
        }
        else
        {
            // No logging handlers on this client: every Bot API URL contains the token.
            services.AddHttpClient(TelegramClientName).RemoveAllLoggers();
            // RetryThreshold 0: Telegram.Bot would otherwise retry 429s itself, hiding them from our pacing.
            services.AddSingleton<ITelegramBotClient>(sp => new TelegramBotClient(
                new TelegramBotClientOptions(telegram.BotToken, telegram.ApiBaseUrl) { RetryThreshold = 0 },
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramClientName)));
            services.AddSingleton<IPostSender, TelegramPostSender>();
            services.AddSingleton<IPostEditor, TelegramPostEditor>();
            services.AddHostedService<TelegramStartupCheck>();
        }
        services.AddHostedService<OutboxPublisher>();
        services.AddHostedService<ActivityReport>();
    }

    /// <summary>Quartz and one job per feed (clustered: per shard of feeds), kept in step with the settings and each feed's health.</summary>
    private static void AddScheduling(this IServiceCollection services, NewsBotSettings settings, InstanceIdentity instance)
    {
        services.AddQuartz(quartz => quartz.UseNewsBotJobStore(settings, instance));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<FeedHealth>();
        services.AddSingleton<FeedPauses>();
        services.AddSingleton<FeedFaults>();
        if (settings.Storage.Provider == StorageProvider.Postgres)
        {
            services.AddClaimedPolls(settings.Cluster, instance);
            return;
        }
        services.AddSingleton<FeedScheduleSync>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedScheduleSync>());
    }
}
