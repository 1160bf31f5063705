namespace NewsBot.Monitoring;

/// <summary>Polls, new stories and posts since the last activity report: what the periodic summary line says.</summary>
public sealed class ActivityTally
{
    private long _polls;
    private long _failedPolls;
    private long _stories;
    private long _posts;

    public void Polled(bool failed, int newStories)
    {
        Interlocked.Increment(ref _polls);
        Interlocked.Add(ref _stories, newStories);
        if (failed)
        {
            Interlocked.Increment(ref _failedPolls);
        }
    }

    public void Posted() => Interlocked.Increment(ref _posts);

    /// <summary>The counts since the last call, which start again from zero.</summary>
    public (long Polls, long FailedPolls, long Stories, long Posts) TakeCounts() =>
        (Interlocked.Exchange(ref _polls, 0), Interlocked.Exchange(ref _failedPolls, 0), Interlocked.Exchange(ref _stories, 0), Interlocked.Exchange(ref _posts, 0));
}
