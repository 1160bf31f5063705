namespace NewsBot.Core.Settings;

public sealed class StorageSettings
{
    /// <summary><see cref="StorageProvider.Sqlite"/> (default, one instance) or <see cref="StorageProvider.Postgres"/>.</summary>
    public string Provider { get; set; } = StorageProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/newsbot.db";
}
