using System.Text.RegularExpressions;
using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>
/// The configuration binder's exceptions as an operator's message: the key, what it expects, and what it got —
/// "Feeds:0:Interval: expected a duration like 00:05:00, got 'soon'" — never .NET's type names.
/// </summary>
internal static partial class BindingErrors
{
    public static SettingsError Describe(string sectionPath, InvalidOperationException exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (FailedConversion().Match(e.Message) is { Success: true } conversion)
            {
                var value = conversion.Groups["value"].Value;
                return new(conversion.Groups["key"].Value, $"expected {Expected(conversion.Groups["type"].Value, value)}, got '{value}'");
            }
        }
        if (UnknownKeys().Match(exception.Message) is { Success: true } unknown)
        {
            return new(sectionPath, $"unknown setting(s) {unknown.Groups[1].Value}");
        }
        return new(sectionPath, exception.Message);
    }

    /// <summary>What a value of the type looks like, for an operator who has not read the code.</summary>
    private static string Expected(string typeName, string value)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        type = Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type;
        return type switch
        {
            _ when type == typeof(TimeSpan) => "a duration like 00:05:00 (d.hh:mm:ss, e.g. 2.00:00:00 for two days)",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) => ListExample(value),
            _ => "a value of another kind",
        };
    }

    /// <summary>The same words the list check uses, so that the two reports of one mistake read as one.</summary>
    public static string ListExample(string value) => $"a list like [ \"{value}\" ]";

    [GeneratedRegex("Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex FailedConversion();

    [GeneratedRegex("were not found on the instance of [^:]+: (.+)$")]
    private static partial Regex UnknownKeys();
}
