using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

/// <summary>One provider's database with the store and outbox over it.</summary>
public sealed record StorageUnderTest(IStorageDatabase Database, IStoryStore Store, IOutbox Outbox);
