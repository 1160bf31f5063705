namespace NewsBot.Core.Formatting;

/// <summary>One piece of Telegram HTML: a tag (<see cref="TagName"/> set), or one character or entity of text.</summary>
internal readonly record struct TelegramHtmlToken(string Raw, string Text, string? TagName, bool IsEndTag)
{
    public bool IsTag => TagName is not null;
}
