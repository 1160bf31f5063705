namespace NewsBot.Core.Settings;

/// <summary>The accepted values of Storage:Provider.</summary>
public static class StorageProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
