namespace NewsBot.Monitoring;

/// <summary>
/// One line every few minutes that says the bot is at work — feeds polled, stories found, posts sent — so that a
/// quiet news hour does not look like a dead bot, without a line per poll.
/// </summary>
public sealed partial class ActivityReport(NewsBotMetrics metrics, TimeProvider time, ILogger<ActivityReport> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var (polls, failed, stories, posts) = metrics.Activity.TakeCounts();
                LogActivity(Every.TotalMinutes, polls, failed, stories, posts);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "In the last {Minutes} min: {Polls} polls ({Failed} failed), {Stories} new stories, {Posts} posts sent")]
    private partial void LogActivity(double minutes, long polls, long failed, long stories, long posts);
}
