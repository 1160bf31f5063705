namespace NewsBot.Storage;

/// <summary>Posts pinned for a while (breaking news), remembered so that they are unpinned on time, even after a restart.</summary>
public interface IPinStore
{
    Task RecordPinAsync(string channel, long messageId, DateTimeOffset unpinAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<PinnedPost>> DuePinsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task RemovePinAsync(string channel, long messageId, CancellationToken cancellationToken);
}
