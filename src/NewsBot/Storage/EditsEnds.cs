namespace NewsBot.Storage;

/// <summary>The one mapping between <see cref="EditsEnd"/> and the text stored in outbox.edits_end.</summary>
public static class EditsEnds
{
    public static string Stored(this EditsEnd end) => end switch
    {
        EditsEnd.Gone => "gone",
        EditsEnd.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(end), end, null),
    };
}
