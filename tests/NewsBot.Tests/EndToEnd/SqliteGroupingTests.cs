using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The grouping scenario on SQLite, the settings file's own storage in the test's folder.</summary>
public sealed class SqliteGroupingTests() : GroupingScenario(ScenarioStorage.Sqlite);
