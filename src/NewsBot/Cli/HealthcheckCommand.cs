using NewsBot.Core.Settings;
using NewsBot.Hosting;
using NewsBot.Monitoring;

namespace NewsBot.Cli;

/// <summary>The healthcheck verb, for the Dockerfile's HEALTHCHECK: runtime images have no curl.</summary>
public static class HealthcheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string? configPath, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        Uri? url;
        try
        {
            url = LocalUrls.HealthzOf(new ConfigurationBuilder().AddNewsBotSettings(configPath).Build());
        }
        catch (SettingsException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
        if (url is null)
        {
            await errors.WriteLineAsync("The health endpoint is off (Urls is empty): nothing to check.");
            return 1;
        }
        return await GetAsync(url, output, errors, cancellationToken);
    }

    private static async Task<int> GetAsync(Uri url, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await errors.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
