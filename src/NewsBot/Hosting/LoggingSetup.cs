using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace NewsBot.Hosting;

/// <summary>
/// Serilog to standard error (standard output carries posts in a dry run and preview). Text by default, compact
/// JSON with Logging:Format = json; levels under Serilog:MinimumLevel. HttpClient logs full request URLs, and every
/// Bot API URL holds the bot token, so HttpClient stays at Warning.
/// </summary>
public static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static IServiceCollection AddNewsBotLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog(logger => Configure(logger, configuration));

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        logger.MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            // A failed start or a crashed loop is reported once, by the run command, with the reason; not again by the host.
            .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", LogEventLevel.Fatal)
            // An unhealthy check is in /readyz's answer and the failing loop's log line; not again at every probe.
            .MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal)
            .ReadFrom.Configuration(configuration)
            // After the settings, so that no setting can lower it: URLs logged here carry the bot token.
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        var json = string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        return json
            ? logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
            : logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose);
    }
}
