using System.Text;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// Says what the Bot API answers to a text or caption sent with parse_mode HTML: null when accepted, else the
/// exact error description. Independent of the product's formatter on purpose; see shared/telegram/BOT-API.md §3-4.
/// </summary>
public static class TelegramHtmlValidator
{
    public const int MessageMaxLength = 4096;
    public const int CaptionMaxLength = 1024;

    /// <summary>The Bot API refuses raw text above this many UTF-8 bytes before parsing it.</summary>
    public const int RawTextMaxBytes = 32768;

    private const string ParseErrorPrefix = "Bad Request: can't parse entities: ";

    /// <summary>Validates a message text (sendMessage, editMessageText).</summary>
    public static string? Validate(string html, int maxLength = MessageMaxLength)
    {
        if (html.Length == 0)
        {
            return "Bad Request: message text is empty";
        }
        if (Encoding.UTF8.GetByteCount(html) > RawTextMaxBytes)
        {
            return "Bad Request: text is too long";
        }
        return ValidateParsed(html, maxLength, isCaption: false);
    }

    /// <summary>Validates a media caption (sendPhoto): may be empty, limit 1024 by default.</summary>
    public static string? ValidateCaption(string html, int maxLength = CaptionMaxLength) =>
        html.Length == 0 ? null : ValidateParsed(html, maxLength, isCaption: true);

    /// <summary>The text Telegram shows after parsing, cleaning and trimming; throws when Telegram would refuse the HTML.</summary>
    public static string PlainText(string html)
    {
        var parsed = TelegramHtmlParser.Parse(html);
        return TelegramTextCleaner.Trim(TelegramTextCleaner.Clean(parsed.Text), parsed.FirstEntityOffset);
    }

    private static string? ValidateParsed(string html, int maxLength, bool isCaption)
    {
        if (HasLoneSurrogate(html))
        {
            return "Bad Request: strings must be encoded in UTF-8";
        }
        string text;
        try
        {
            text = PlainText(html);
        }
        catch (TelegramHtmlParseException e)
        {
            return ParseErrorPrefix + e.Message;
        }
        if (!isCaption && TelegramTextCleaner.IsEmpty(text))
        {
            return "Bad Request: text must be non-empty";
        }
        if (text.Length > maxLength)
        {
            return isCaption ? "Bad Request: message caption is too long" : "Bad Request: message is too long";
        }
        return null;
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var k = 0; k < s.Length; k++)
        {
            if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
            {
                k++;
            }
            else if (char.IsSurrogate(s[k]))
            {
                return true;
            }
        }
        return false;
    }
}
