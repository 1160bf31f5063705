namespace NewsBot.Delivery;

/// <summary>
/// At most <see cref="Limit"/> sends in any sliding <c>window</c>. Unlike a full token bucket, which lets a burst
/// of N follow N refilled tokens (2N in one window), this keeps every window within the limit. Not thread-safe.
/// </summary>
public sealed class SendWindow(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _sent = new();

    public int Limit { get; } = limit;

    public bool Available
    {
        get
        {
            Forget();
            return _sent.Count < Limit;
        }
    }

    public void Take()
    {
        Forget();
        _sent.Enqueue(time.GetUtcNow());
    }

    private void Forget()
    {
        var horizon = time.GetUtcNow() - window;
        while (_sent.TryPeek(out var oldest) && oldest <= horizon)
        {
            _sent.Dequeue();
        }
    }
}
