using System.Text.Json.Nodes;

namespace NewsBot.Tests.Support;

/// <summary>
/// Settings for a bot on a test PostgreSQL database, with check-ins and leases short enough that a failover or a
/// restart takes seconds. The lease still leaves a send 5 s (half of it): a first send on a loaded CI machine,
/// compiling its code, took over 2 s, timed out, and was sent again.
/// </summary>
public static class PostgresSettings
{
    public static void Use(JsonObject settings, string connectionString)
    {
        settings["Storage"] = new JsonObject { ["Provider"] = "Postgres", ["ConnectionString"] = connectionString };
        settings["Cluster"] = new JsonObject { ["CheckinInterval"] = "00:00:01", ["CheckinMisfireThreshold"] = "00:00:02", ["OutboxLease"] = "00:00:10" };
    }
}
