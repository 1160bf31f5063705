using NewsBot.Core.Settings;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteDatabase> _instances = [];

    protected override Task<StorageUnderTest> CreateStorageAsync()
    {
        var instance = OpenInstance();
        return Task.FromResult(new StorageUnderTest(instance, new SqliteStoryStore(instance), new SqliteOutbox(instance)));
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
