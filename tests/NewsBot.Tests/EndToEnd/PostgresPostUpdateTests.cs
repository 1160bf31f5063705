using NewsBot.Testing.Postgres;
using NewsBot.Tests.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The post-update scenario on a fresh PostgreSQL database of the shared test server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPostUpdateTests(PostgresServer server) : PostUpdateScenario(ScenarioStorage.Postgres(server));
