using System.Globalization;
using NewsBot.ClusterLoad;
using NewsBot.Testing.Postgres;

// dotnet run -c Release --project bench/NewsBot.ClusterLoad -- quartz [--feeds 100000 --instances 1,2,4 …]
// (the worker modes are how the harness starts its own instances).
switch (args[0])
{
    case HarnessModes.QuartzWorker:
        {
            var worker = LoadOptions.Parse(args[4..]);
            var windowStart = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[3], CultureInfo.InvariantCulture));
            await QuartzWorker.RunAsync(worker, args[2], args[1], windowStart);
            break;
        }
    case HarnessModes.Quartz:
        {
            var server = new PostgresServer();
            await server.InitializeAsync();
            try
            {
                await QuartzCapacity.RunAsync(LoadOptions.Parse(args[1..]), server);
            }
            finally
            {
                await server.DisposeAsync();
            }
            break;
        }
    default:
        throw new ArgumentException($"unknown mode {args[0]}: quartz or claims");
}
