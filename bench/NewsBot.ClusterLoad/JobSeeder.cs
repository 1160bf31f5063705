using Npgsql;
using Quartz;

namespace NewsBot.ClusterLoad;

/// <summary>
/// Writes one job and trigger per feed into the clustered store: the first through Quartz's own API (so that its
/// rows are exactly what Quartz writes), the others copied from it in SQL, which takes seconds instead of minutes.
/// Fire times are spread evenly over the interval, the best case for the store.
/// </summary>
public static class JobSeeder
{
    private const string Template = "feed-0";
    private static readonly string[] Tables = ["qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers"];

    /// <summary>Seeds the feeds and returns when the first of them fires: <paramref name="lead"/> after seeding ends.</summary>
    public static async Task<DateTimeOffset> SeedAsync(LoadOptions options, string connectionString, TimeSpan lead)
    {
        var seededAt = DateTimeOffset.UtcNow;
        var scheduler = await QuartzProperties.SchedulerAsync(options, connectionString, "seeder");
        var job = JobBuilder.Create().OfType(options.Concurrent ? typeof(ConcurrentCountedPollJob) : typeof(CountedPollJob)).WithIdentity(Template, "feeds").Build();
        var trigger = TriggerBuilder.Create().WithIdentity(Template, "feeds").ForJob(job).StartAt(seededAt)
            .WithSimpleSchedule(s => s.WithInterval(options.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
        await scheduler.ScheduleJob(job, trigger);
        await scheduler.Shutdown();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await CopyAsync(connection, table, options);
        }
        var firstFire = DateTimeOffset.UtcNow + lead;
        await using var shift = new NpgsqlCommand("UPDATE qrtz_triggers SET next_fire_time = next_fire_time + @by, start_time = start_time + @by", connection);
        shift.Parameters.AddWithValue("by", (long)(firstFire - seededAt).TotalMilliseconds);
        await shift.ExecuteNonQueryAsync();
        // Statistics for the planner, as a database that grew to this size would have.
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return firstFire;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, LoadOptions options)
    {
        var name = table == "qrtz_job_details" ? "job_name" : "trigger_name";
        var renames = table switch
        {
            "qrtz_triggers" => "trigger_name = 'feed-' || i, job_name = 'feed-' || i, next_fire_time = next_fire_time + i * @spacing, start_time = start_time + i * @spacing",
            "qrtz_simple_triggers" => "trigger_name = 'feed-' || i",
            _ => "job_name = 'feed-' || i",
        };
        var sql = $"""
            CREATE TEMP TABLE copies AS SELECT t.*, i FROM {table} t, generate_series(1, @count) i WHERE t.{name} = '{Template}';
            UPDATE copies SET {renames};
            ALTER TABLE copies DROP COLUMN i;
            INSERT INTO {table} SELECT * FROM copies;
            DROP TABLE copies;
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("count", options.Feeds - 1);
        command.Parameters.AddWithValue("spacing", (long)(options.Interval.TotalMilliseconds / options.Feeds));
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
