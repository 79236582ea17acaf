using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kyodo.Bot.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL for the tests: <c>KYODO_TEST_POSTGRES</c> (an admin connection string) when set, otherwise a
/// private cluster started from Debian's binaries on a free 127.0.0.1 port. Each test gets its own fresh database.
/// Missing PostgreSQL skips the tests locally and fails them under CI.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer?> Shared = new(Start);
    private readonly string? _dataDirectory;
    private readonly string? _pgCtl;
    private readonly string? _serverOptions;

    private PostgresServer(string adminConnectionString, string? dataDirectory = null, string? pgCtl = null, string? serverOptions = null)
    {
        _serverOptions = serverOptions;
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public string AdminConnectionString { get; }

    public static string? WhyUnavailable { get; private set; }

    /// <summary>The shared server, or a skip (locally) / failure (CI) with the reason.</summary>
    public static PostgresServer Require()
    {
        if (Shared.Value is { } server) return server;
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException("PostgreSQL is needed under CI: " + WhyUnavailable);
        Skip.If(true, "PostgreSQL is not available: " + WhyUnavailable);
        throw new UnreachableException();
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public string NewDatabase()
    {
        var name = "kyodo_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A cluster of the test's own (for stopping and starting it), or a skip / CI failure with the reason.</summary>
    public static PostgresServer RequirePrivate()
    {
        if (StartCluster() is { } server) return server;
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            throw new InvalidOperationException("PostgreSQL is needed under CI: " + WhyUnavailable);
        Skip.If(true, "PostgreSQL is not available: " + WhyUnavailable);
        throw new UnreachableException();
    }

    private static PostgresServer? Start() =>
        Environment.GetEnvironmentVariable("KYODO_TEST_POSTGRES") is { Length: > 0 } given ? new PostgresServer(given) : StartCluster();

    private static PostgresServer? StartCluster()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        if (bin is null)
        {
            WhyUnavailable = "no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)";
            return null;
        }
        StopAbandonedClusters(bin);
        var data = Path.Combine(Path.GetTempPath(), ClusterPrefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"postgres {data}");
        var port = FreePort();
        string Cmd(string tool, string arguments) => asRoot ? $"-u postgres -- {Path.Combine(bin, tool)} {arguments}" : arguments;
        var runner = (string tool) => asRoot ? "runuser" : Path.Combine(bin, tool);
        if (Run(runner("initdb"), Cmd("initdb", $"-D {data}/db -A trust -U kyodo -E UTF8 --no-locale")) is { } initError)
        {
            WhyUnavailable = "initdb failed: " + initError;
            return null;
        }
        var options = $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        if (Run(runner("pg_ctl"), Cmd("pg_ctl", $"-D {data}/db -o \"{options}\" -l {data}/log -w start")) is { } startError)
        {
            WhyUnavailable = "pg_ctl start failed: " + startError;
            return null;
        }
        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=kyodo;Database=postgres;Pooling=true", data, bin, options);
    }

    private const string ClusterPrefix = "kyodo-pg-";
    private const string OwnerFile = "owner.pid";

    /// <summary>
    /// A test run that was killed leaves its cluster running (ProcessExit never came): stop and remove clusters whose
    /// owning test process is gone.
    /// </summary>
    private static void StopAbandonedClusters(string bin)
    {
        foreach (var data in Directory.GetDirectories(Path.GetTempPath(), ClusterPrefix + "*"))
        {
            var ownerFile = Path.Combine(data, OwnerFile);
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var owner) || IsAlive(owner)) continue;
            var pgCtl = Path.Combine(bin, "pg_ctl");
            var arguments = $"-D {data}/db -m immediate -w stop";
            Run(Environment.UserName == "root" ? "runuser" : pgCtl, Environment.UserName == "root" ? $"-u postgres -- {pgCtl} {arguments}" : arguments);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Stops the server (for tests of a database going away); <see cref="StartAgain"/> brings it back.</summary>
    public void Stop() => PgCtl("-m fast stop");

    public void StartAgain() => PgCtl($"-o \"{_serverOptions}\" start");

    private void PgCtl(string action)
    {
        if (_dataDirectory is null || _pgCtl is null) throw new InvalidOperationException("Only a private cluster can be stopped and started.");
        var asRoot = Environment.UserName == "root";
        var pgCtl = Path.Combine(_pgCtl, "pg_ctl");
        var arguments = $"-D {_dataDirectory}/db -l {_dataDirectory}/log -w {action}";
        if (Run(asRoot ? "runuser" : pgCtl, asRoot ? $"-u postgres -- {pgCtl} {arguments}" : arguments) is { } error)
            throw new InvalidOperationException("pg_ctl " + action + " failed: " + error);
    }

    public void Dispose()
    {
        if (_dataDirectory is null || !Directory.Exists(_dataDirectory)) return;
        try
        {
            Stop();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Runs a program to the end; returns null on success, else what it printed.</summary>
    private static string? Run(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) return "timed out";
            return process.ExitCode == 0 ? null : error.Result + output.Result;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return exception.Message;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
