using Microsoft.Data.Sqlite;
using NewsBot.Core.Settings;

namespace NewsBot.Storage.Sqlite;

/// <summary>
/// Whether the SQLite file's folder exists or can be made, and takes a file: found by check-config and at start,
/// naming the setting, rather than as a stack trace when the first poll opens the database.
/// </summary>
public static class SqliteFolderCheck
{
    public static SettingsError? Check(StorageSettings storage)
    {
        if (storage.Provider != StorageProvider.Sqlite || DataSourceOf(storage.ConnectionString) is not { Length: > 0 } dataSource
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource))!;
        var existing = NearestExisting(folder);
        var problem = existing is null ? $"no part of '{folder}' exists"
            : File.Exists(existing) ? $"'{existing}' is a file, so the folder '{folder}' cannot be made"
            : !IsWritable(existing) ? $"the folder '{existing}' is not writable by this user"
            : null;
        return problem is null ? null : new("Storage:ConnectionString", $"the database '{dataSource}' cannot be created: {problem}");
    }

    /// <summary>
    /// A note when the SQLite file lies in the settings file's folder or below it: the settings file's watcher covers
    /// that folder and all below it, so every write to the database would wake it (a tenth of the processor time with
    /// 10,000 feeds).
    /// </summary>
    public static string? WatchedFolderNote(StorageSettings storage, string settingsFile)
    {
        if (storage.Provider != StorageProvider.Sqlite || DataSourceOf(storage.ConnectionString) is not { Length: > 0 } dataSource
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(settingsFile))!;
        var database = Path.GetFullPath(dataSource);
        return database.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? $"Storage:ConnectionString: the database '{database}' is inside the settings file's folder '{folder}', which is watched for edits: every write to the database wakes that watcher; keep the database in a folder of its own (data/ beside config/)"
            : null;
    }

    private static string? DataSourceOf(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return null; // the validator names a malformed string
        }
    }

    private static string? NearestExisting(string path)
    {
        for (var current = path; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current) || File.Exists(current))
            {
                return current;
            }
        }
        return null;
    }

    /// <summary>A file made and removed at once: permissions, read-only mounts and ACLs all answer the same way.</summary>
    private static bool IsWritable(string folder)
    {
        var probe = Path.Combine(folder, $".newsbot-write-check-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
