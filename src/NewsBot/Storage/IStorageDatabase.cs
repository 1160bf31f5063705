using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>A provider's database: where connections come from and how its schema is brought up to date.</summary>
public interface IStorageDatabase
{
    /// <summary>Creates or upgrades the schema. Called once at start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>An open connection; the caller disposes it.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}
