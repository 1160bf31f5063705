using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Storage;

/// <summary>The test classes that share the one PostgreSQL server started for the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
