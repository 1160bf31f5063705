using System.Globalization;
using System.Text;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// Emulates TDLib's <c>parse_html</c> (td/telegram/MessageEntity.cpp @ 022d6020). It walks UTF-8 bytes with a
/// trailing 0 like the C string TDLib reads past the end, so error byte offsets and edge cases match.
/// </summary>
internal sealed class TelegramHtmlParser
{
    private static readonly HashSet<string> SupportedTags =
    [
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "tg-time",
        "span", "pre", "code", "blockquote",
    ];

    private readonly byte[] text;
    private readonly List<byte> result = [];
    private readonly Stack<OpenTag> openTags = new();
    private int utf16Offset;
    private int? firstEntityOffset;
    private bool decodedSurrogate;
    private int i;

    private TelegramHtmlParser(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        text = new byte[bytes.Length + 1];
        bytes.CopyTo(text, 0);
    }

    private int Size => text.Length - 1;

    /// <summary>Parses like Telegram does; throws <see cref="TelegramHtmlParseException"/> where Telegram refuses.</summary>
    public static ParsedTelegramHtml Parse(string html)
    {
        var parser = new TelegramHtmlParser(html);
        parser.Run();
        return new ParsedTelegramHtml(Encoding.UTF8.GetString([.. parser.result]), parser.firstEntityOffset);
    }

    private void Run()
    {
        for (i = 0; i < Size; i++)
        {
            var c = text[i];
            if (c == '&' && TryAppendEntity())
            {
                continue;
            }
            if (c != '<')
            {
                AppendByte(c);
                continue;
            }
            var beginPos = i++;
            if (text[i] != '/')
            {
                ReadStartTag(beginPos);
            }
            else
            {
                ReadEndTag(beginPos);
            }
        }
        if (openTags.TryPeek(out var unclosed))
        {
            throw Error($"Can't find end tag corresponding to start tag \"{unclosed.Name}\"");
        }
        if (decodedSurrogate)
        {
            throw Error("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units");
        }
    }

    private bool TryAppendEntity()
    {
        var code = DecodeEntity(ref i);
        if (code == 0)
        {
            return false;
        }
        i--;
        utf16Offset += code > 0xFFFF ? 2 : 1;
        if (code is >= 0xD800 and <= 0xDFFF)
        {
            decodedSurrogate = true;
            return true;
        }
        Span<byte> buffer = stackalloc byte[4];
        var length = new Rune((int)code).EncodeToUtf8(buffer);
        result.AddRange(buffer[..length]);
        return true;
    }

    private void AppendByte(byte c)
    {
        if ((c & 0xC0) != 0x80)
        {
            utf16Offset += c >= 0xF0 ? 2 : 1;
        }
        result.Add(c);
    }

    /// <summary>Only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references; 0 means "not an entity".</summary>
    private uint DecodeEntity(ref int pos)
    {
        var end = pos + 1;
        uint code;
        if (text[pos + 1] == '#')
        {
            end++;
            code = text[pos + 2] == 'x' ? ReadHex(ref end) : ReadDecimal(ref end);
            if (code == 0 || code >= 0x10FFFF || end - pos >= 10)
            {
                return 0;
            }
        }
        else
        {
            while (IsAlpha(text[end]))
            {
                end++;
            }
            code = NamedEntity(Encoding.ASCII.GetString(text, pos + 1, end - pos - 1));
            if (code == 0)
            {
                return 0;
            }
        }
        pos = text[end] == ';' ? end + 1 : end;
        return code;
    }

    private uint ReadHex(ref int end)
    {
        end++;
        uint code = 0;
        while (char.IsAsciiHexDigit((char)text[end]))
        {
            code = unchecked((code * 16) + (uint)HexValue(text[end++]));
        }
        return code;
    }

    private uint ReadDecimal(ref int end)
    {
        uint code = 0;
        while (IsDigit(text[end]))
        {
            code = unchecked((code * 10) + (uint)(text[end++] - '0'));
        }
        return code;
    }

    private static uint NamedEntity(string name) => name switch
    {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => 0,
    };

    private void ReadStartTag(int beginPos)
    {
        while (!IsSpace(text[i]) && text[i] != '>')
        {
            i++;
        }
        if (text[i] == 0)
        {
            throw Error($"Unclosed start tag at byte offset {beginPos}");
        }
        var tagName = AsciiLower(Slice(beginPos + 1, i));
        if (!SupportedTags.Contains(tagName))
        {
            throw Error($"Unsupported start tag \"{tagName}\" at byte offset {beginPos}");
        }
        var (argument, unixTime) = ReadAttributes(tagName, beginPos);
        if (tagName == "span" && argument != "spoiler")
        {
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {beginPos}");
        }
        openTags.Push(new OpenTag(tagName, argument, unixTime, utf16Offset, result.Count));
    }

    private (string Argument, int UnixTime) ReadAttributes(string tagName, int beginPos)
    {
        var argument = "";
        var unixTime = 0;
        while (text[i] != '>')
        {
            SkipSpaces();
            if (text[i] == '>')
            {
                break;
            }
            var name = ReadAttributeName(tagName, beginPos);
            SkipSpaces();
            if (text[i] != '=')
            {
                if (text[i] == 0)
                {
                    throw Error($"Unclosed start tag \"{tagName}\" at byte offset {beginPos}");
                }
                argument = tagName == "blockquote" && name == "expandable" ? "1" : argument;
                continue;
            }
            i++;
            SkipSpaces();
            if (text[i] == 0)
            {
                throw Error($"Unclosed start tag \"{tagName}\" at byte offset {beginPos}");
            }
            var value = text[i] is (byte)'\'' or (byte)'"' ? ReadQuotedValue() : ReadNameToken();
            if (text[i] == 0)
            {
                throw Error($"Unclosed start tag at byte offset {beginPos}");
            }
            (argument, unixTime) = ApplyAttribute(tagName, name, value, argument, unixTime);
        }
        return (argument, unixTime);
    }

    private string ReadAttributeName(string tagName, int beginPos)
    {
        var start = i;
        while (!IsSpace(text[i]) && text[i] is not ((byte)'=' or (byte)'>' or (byte)'/' or (byte)'"' or (byte)'\''))
        {
            i++;
        }
        if (i == start)
        {
            throw Error($"Empty attribute name in the tag \"{tagName}\" at byte offset {beginPos}");
        }
        return Slice(start, i);
    }

    /// <summary>An unquoted value: letters, digits, '.', '-' only, lowercased.</summary>
    private string ReadNameToken()
    {
        var start = i;
        while (IsAlpha(text[i]) || IsDigit(text[i]) || text[i] is (byte)'.' or (byte)'-')
        {
            i++;
        }
        if (!IsSpace(text[i]) && text[i] != '>')
        {
            throw Error($"Unexpected end of name token at byte offset {start}");
        }
        return AsciiLower(Slice(start, i));
    }

    private string ReadQuotedValue()
    {
        var quote = text[i++];
        var value = new List<byte>();
        while (text[i] != quote && text[i] != 0)
        {
            var code = text[i] == '&' ? DecodeEntity(ref i) : 0;
            if (code == 0)
            {
                value.Add(text[i++]);
                continue;
            }
            value.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)code)));
        }
        if (text[i] == quote)
        {
            i++;
        }
        return Encoding.UTF8.GetString([.. value]);
    }

    private static (string Argument, int UnixTime) ApplyAttribute(string tag, string name, string value, string argument, int unixTime) =>
        (tag, name) switch
        {
            ("a", "href") => (value, unixTime),
            ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal) => (value[9..], unixTime),
            ("span", "class") when value.StartsWith("tg-", StringComparison.Ordinal) => (value[3..], unixTime),
            ("tg-emoji", "emoji-id") => (value, unixTime),
            ("blockquote", "expandable") => ("1", unixTime),
            ("tg-time", "unix") => (argument, LeadingInteger(value)),
            ("tg-time", "format") => (value, unixTime),
            _ => (argument, unixTime),
        };

    private void ReadEndTag(int beginPos)
    {
        if (!openTags.TryPeek(out var open))
        {
            throw Error($"Unexpected end tag at byte offset {beginPos}");
        }
        while (!IsSpace(text[i]) && text[i] != '>')
        {
            i++;
        }
        var endTagName = AsciiLower(Slice(beginPos + 2, i));
        while (IsSpace(text[i]) && text[i] != 0)
        {
            i++;
        }
        if (text[i] != '>')
        {
            throw Error($"Unclosed end tag at byte offset {beginPos}");
        }
        if (endTagName.Length > 0 && endTagName != open.Name)
        {
            throw Error($"Unmatched end tag at byte offset {beginPos}, expected \"</{open.Name}>\", found \"</{endTagName}>\"");
        }
        if (utf16Offset > open.Utf16Offset && MakesEntity(open))
        {
            firstEntityOffset = Math.Min(firstEntityOffset ?? int.MaxValue, open.Utf16Offset);
        }
        openTags.Pop();
    }

    /// <summary>Whether a non-empty element becomes an entity; throws for the two checks TDLib makes at this point.</summary>
    private static bool MakesEntity(OpenTag open)
    {
        switch (open.Name)
        {
            case "tg-emoji":
                if (!long.TryParse(open.Argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
                    || id == 0 || id.ToString(CultureInfo.InvariantCulture) != open.Argument)
                {
                    throw Error("Invalid custom emoji identifier specified");
                }
                return true;
            case "tg-time":
                if (!IsDateFormat(open.Argument))
                {
                    throw Error("Invalid date format used");
                }
                return open.UnixTime > 0;
            default:
                // Includes <a> with an invalid URL, which TDLib drops silently: counting it only makes trimming stricter.
                return true;
        }
    }

    private static bool IsDateFormat(string format) =>
        format is "r" or "R" || format.All(c => c is 't' or 'T' or 'd' or 'D' or 'w' or 'W');

    /// <summary>td::to_integer: optional '-', then leading digits; anything after them is ignored.</summary>
    private static int LeadingInteger(string value)
    {
        var negative = value.StartsWith('-');
        var digits = value[(negative ? 1 : 0)..].TakeWhile(char.IsAsciiDigit);
        var number = digits.Aggregate(0, (n, d) => unchecked((n * 10) + (d - '0')));
        return negative ? -number : number;
    }

    private void SkipSpaces()
    {
        while (text[i] != 0 && IsSpace(text[i]))
        {
            i++;
        }
    }

    private string Slice(int start, int end) => Encoding.UTF8.GetString(text, start, end - start);

    private static string AsciiLower(string s) =>
        string.Create(s.Length, s, (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = char.IsAsciiLetterUpper(source[k]) ? (char)(source[k] | 0x20) : source[k];
            }
        });

    /// <summary>td::is_space counts the terminating 0 as space.</summary>
    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0 or (byte)'\v';

    private static bool IsAlpha(byte c) => (c | 0x20) is >= 'a' and <= 'z';

    private static int HexValue(byte c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static TelegramHtmlParseException Error(string message) => new(message);
}
