namespace NewsBot.Core.Feeds;

/// <summary>Author strings as feeds write them.</summary>
internal static class PersonNames
{
    /// <summary><c>jo@example.com (Jo Bloggs)</c> → <c>Jo Bloggs</c>; anything else as it is.</summary>
    public static string? FromRssAuthor(string? author)
    {
        if (author is null || !author.EndsWith(')'))
        {
            return author;
        }
        var open = author.IndexOf('(');
        if (open <= 0)
        {
            return author;
        }
        var address = author.AsSpan(0, open).TrimEnd();
        var at = address.IndexOf('@');
        var isAddress = at > 0 && at < address.Length - 1 && !address.ContainsAny(" \t()") && address.LastIndexOf('@') == at;
        var name = author.AsSpan(open + 1, author.Length - open - 2).Trim();
        return isAddress && !name.IsEmpty ? name.ToString() : author;
    }
}
