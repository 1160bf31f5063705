using System.Reflection;

namespace NewsBot.Storage;

/// <summary>The numbered .sql files embedded beside a provider (NNN_name.sql), in order.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<(int Version, string Sql)> For(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"NewsBot.Storage.{provider}.Schema.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name.AsSpan(prefix.Length, 3)), Sql: Read(assembly, name)))
            .OrderBy(script => script.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
