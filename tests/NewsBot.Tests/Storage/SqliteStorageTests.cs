using Dapper;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Settings;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteDatabase> _instances = [];

    /// <summary>The schema script that gave the outbox its fields column.</summary>
    private const int PostFieldsVersion = 10;

    protected override Task<StorageUnderTest> CreateStorageAsync()
    {
        var instance = OpenInstance();
        return Task.FromResult(new StorageUnderTest(instance, new SqliteStoryStore(instance), new SqliteOutbox(instance)));
    }

    protected override async Task<StorageUnderTest> CreateStorageBeforePostFieldsAsync()
    {
        var path = _directory.Combine("older.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            foreach (var (version, sql) in SchemaScripts.For("Sqlite").Where(s => s.Version < PostFieldsVersion))
            {
                await connection.ExecuteAsync(sql);
                await connection.ExecuteAsync($"PRAGMA user_version = {version};");
            }
        }
        var instance = new SqliteDatabase(new StorageSettings { ConnectionString = $"Data Source={path}" });
        _instances.Add(instance);
        return new StorageUnderTest(instance, new SqliteStoryStore(instance), new SqliteOutbox(instance));
    }

    public override Task DisposeAsync()
    {
        _instances.ForEach(instance => instance.Dispose());
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_second_instance_on_the_same_file_is_refused()
    {
        var error = await Assert.ThrowsAsync<StorageInUseException>(() => OpenInstance().InitializeAsync(CancellationToken.None));

        Assert.Contains("Another NewsBot instance is using", error.Message);
        Assert.Contains("Storage:Provider = Postgres", error.Message);
    }

    private SqliteDatabase OpenInstance()
    {
        var instance = new SqliteDatabase(new StorageSettings { ConnectionString = $"Data Source={_directory.Combine("newsbot.db")}" });
        _instances.Add(instance);
        return instance;
    }
}
