using System.Diagnostics;
using Npgsql;

namespace FetchRun.Benchmarks.Sinks;

/// <summary>Runs <c>psql -c "\copy table FROM file (FORMAT csv)"</c>, the baseline the sink is measured against.</summary>
internal static class PsqlCopy
{
    public static async Task RunAsync(string connectionString, string table, string csvPath)
    {
        var db = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("psql")
        {
            ArgumentList =
            {
                "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.Host!, "-p", db.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", db.Username!, "-d", db.Database!, "-c", $"\\copy {table} FROM '{csvPath}' WITH (FORMAT csv)",
            },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PGPASSWORD"] = db.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start");
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"psql exited {process.ExitCode}: {stderr}");
    }
}
