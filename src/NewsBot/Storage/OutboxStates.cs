namespace NewsBot.Storage;

/// <summary>The one mapping between <see cref="OutboxState"/> and the text stored in outbox.status.</summary>
public static class OutboxStates
{
    /// <summary>The stored text, also for SQL literals (PostgreSQL uses its partial queue index only for a literal).</summary>
    public static string Stored(this OutboxState state) => state switch
    {
        OutboxState.Queued => "queued",
        OutboxState.Sent => "sent",
        OutboxState.Failed => "failed",
        OutboxState.Digested => "digested",
        OutboxState.Coalesced => "coalesced",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The state stored as <paramref name="stored"/>; throws on text no version of the bot writes.</summary>
    public static OutboxState Parse(string stored) =>
        Array.Find(Enum.GetValues<OutboxState>(), s => s.Stored() == stored) is var state && state.Stored() == stored
            ? state
            : throw new FormatException($"unknown outbox status '{stored}'");
}
