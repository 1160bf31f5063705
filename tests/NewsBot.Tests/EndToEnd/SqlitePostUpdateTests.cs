using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The post-update scenario on SQLite, the settings file's own storage in the test's folder.</summary>
public sealed class SqlitePostUpdateTests() : PostUpdateScenario(ScenarioStorage.Sqlite);
