using System.Globalization;
using System.Reflection;

namespace NewsBot.Storage;

/// <summary>The numbered .sql files embedded beside a provider (NNN_name.sql), in order.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<(int Version, string Sql)> For(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"NewsBot.Storage.{provider}.Schema.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name.AsSpan(prefix.Length, 3), CultureInfo.InvariantCulture), Sql: Read(assembly, name)))
            .OrderBy(script => script.Version)
            .ToList();
        // Two scripts of one number would make an upgrade fail half-way (or skip one): refuse at once.
        var twice = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? scripts : throw new InvalidOperationException($"{provider} has two schema scripts numbered {twice.Key:000}");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
