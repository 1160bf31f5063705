using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace NewsBot.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for one test run: initdb into a temp folder, started on a free loopback port,
/// a fresh database for each caller, stopped and deleted at the end. Use it as an xunit collection fixture.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "newsbot";
    private const int StartAttempts = 3;

    private PostgresAccount? _account;
    private string _bin = "";
    private string _folder = "";
    private int _port;
    private bool _running;
    private int _databaseCount;

    private string DataFolder => Path.Combine(_folder, "data");
    private string LogFile => Path.Combine(_folder, "server.log");

    public async Task InitializeAsync()
    {
        _bin = PostgresBinaries.FindFolder();
        _account = await PostgresAccount.ForThisProcessAsync();
        _folder = Directory.CreateTempSubdirectory("newsbot-pg-").FullName;
        await _account.TakeOwnershipAsync(_folder);
        await RunAsync("initdb", "-D", DataFolder, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");
        await StartAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databaseCount)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_running)
        {
            await RunAsync("pg_ctl", "stop", "-D", DataFolder, "-m", "immediate", "-w");
        }
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Stops the server, as an outage would: connections are cut, new ones refused.</summary>
    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", "stop", "-D", DataFolder, "-m", "fast", "-w");
        _running = false;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port, so connection strings still work.</summary>
    public Task StartAgainAsync() => StartOnAsync(_port);

    private async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnAsync(FreeLoopbackPort());
                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts)
            {
                // Most likely another process took the port between our probe and the server's bind: try another.
            }
        }
    }

    private async Task StartOnAsync(int port)
    {
        _port = port;
        // A throwaway server: durability settings off for speed; the socket in our folder, not /var/run.
        var options = $"-k '{_folder}' -c listen_addresses=127.0.0.1 -p {_port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await RunAsync("pg_ctl", "start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", options);
            _running = true;
        }
        catch (InvalidOperationException e)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(none)";
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{log}", e);
        }
    }

    private Task RunAsync(string program, params string[] arguments) =>
        _account!.RunAsync(Path.Combine(_bin, program), arguments, _folder);

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = _port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
