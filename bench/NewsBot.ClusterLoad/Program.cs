using System.Globalization;
using NewsBot.ClusterLoad;
using NewsBot.Testing.Postgres;

// dotnet run -c Release --project bench/NewsBot.ClusterLoad -- quartz|claims [--feeds 100000 --instances 1,2,4 …]
// The worker modes are how the harness starts its instances: MODE INSTANCE CONNECTION WINDOW-START OPTIONS….
switch (args[0])
{
    case HarnessModes.QuartzWorker or HarnessModes.ClaimsWorker:
        {
            var options = LoadOptions.Parse(args[4..]);
            var windowStart = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[3], CultureInfo.InvariantCulture));
            var worker = args[0] == HarnessModes.QuartzWorker ? QuartzWorker.RunAsync(options, args[2], args[1], windowStart) : ClaimsWorker.RunAsync(options, args[2], args[1], windowStart);
            await worker;
            break;
        }
    case HarnessModes.Quartz or HarnessModes.Claims:
        {
            var options = LoadOptions.Parse(args[1..]);
            var server = new PostgresServer();
            await server.InitializeAsync();
            try
            {
                await (args[0] == HarnessModes.Quartz ? QuartzCapacity.RunAsync(options, server) : ClaimsCapacity.RunAsync(options, server));
            }
            finally
            {
                await server.DisposeAsync();
            }
            break;
        }
    default:
        throw new ArgumentException($"unknown mode {args[0]}: {HarnessModes.Quartz} or {HarnessModes.Claims}");
}
