using Kyodo.Bot.Hosting;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Handoff.Console;

/// <summary>
/// <c>dotnet run --project src/Kyodo.Bot -- desk-staff add|list|remove …</c>: console accounts. The password comes from
/// <c>KYODO_STAFF_PASSWORD</c> or the first line of stdin, never from the command line (it would land in shell history).
/// </summary>
public static class DeskStaffCommand
{
    public const string PasswordVariable = "KYODO_STAFF_PASSWORD";
    private const int MinPasswordLength = 10;

    private const string Usage = """
        usage:
          desk-staff add <user> --desk <deskId> --name <display name> [--admin]   (password from KYODO_STAFF_PASSWORD or stdin)
          desk-staff list
          desk-staff remove <user>
        """;

    /// <summary>The settings the host would read: appsettings.json next to the program, then environment variables.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static int Run(string[] args, IConfiguration configuration, string? passwordFromEnvironment, TextReader input, TextWriter output)
    {
        var root = Directory.GetCurrentDirectory();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        var accounts = new StaffAccounts(storage.CreateDatabase(root));
        return args switch
        {
            ["add", var user, .. var rest] => Add(accounts, user, rest, DialogsPath(configuration, root), passwordFromEnvironment, input, output),
            ["list"] => List(accounts, output),
            ["remove", var user] => Remove(accounts, user, output),
            _ => Fail(output, Usage),
        };
    }

    private static int Add(StaffAccounts accounts, string user, IReadOnlyList<string> options, string dialogsPath, string? passwordFromEnvironment, TextReader input, TextWriter output)
    {
        var desk = Option(options, "--desk");
        var name = Option(options, "--name");
        if (desk is null || name is null || user.StartsWith('-')) return Fail(output, Usage);
        if (!IsPlainUserName(user)) return Fail(output, "The user name may use only letters, digits, '.', '-' and '_'.");
        IReadOnlyList<Desk> desks;
        try
        {
            desks = ContentLoader.Load(dialogsPath).Desks.Desks;
        }
        catch (ContentException broken)
        {
            return Fail(output, "The content in dialogs/ has errors; fix them first:\n" + broken.Message);
        }
        if (desks.All(d => d.Id != desk))
            return Fail(output, $"No desk '{desk}' in the content. Desks: {string.Join(", ", desks.Select(d => d.Id))}");
        var password = passwordFromEnvironment is { Length: > 0 } ? passwordFromEnvironment : input.ReadLine();
        if (password is null || password.Length < MinPasswordLength)
            return Fail(output, $"Give a password of at least {MinPasswordLength} characters in {PasswordVariable} or on stdin.");
        accounts.SaveAsync(user, name, desk, options.Contains("--admin"), StaffPasswordHasher.Hash(password), CancellationToken.None).GetAwaiter().GetResult();
        output.WriteLine($"ok: {user} ({name}) at desk {desk}{(options.Contains("--admin") ? ", admin" : "")}");
        return 0;
    }

    private static int List(StaffAccounts accounts, TextWriter output)
    {
        foreach (var account in accounts.ListAsync(CancellationToken.None).GetAwaiter().GetResult())
            output.WriteLine($"{account.UserName}\t{account.DisplayName}\t{account.DeskId}{(account.IsAdmin ? "\tadmin" : "")}{(account.LockedUntil is { } until ? $"\tlocked until {until:u}" : "")}");
        return 0;
    }

    private static int Remove(StaffAccounts accounts, string user, TextWriter output)
    {
        if (!accounts.RemoveAsync(user, CancellationToken.None).GetAwaiter().GetResult()) return Fail(output, $"No account '{user}'.");
        output.WriteLine($"ok: removed {user}");
        return 0;
    }

    private static string DialogsPath(IConfiguration configuration, string root) =>
        RepositoryPaths.Resolve((configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new()).DialogsPath, root);

    private static string? Option(IReadOnlyList<string> options, string name)
    {
        var index = options.ToList().IndexOf(name);
        return index >= 0 && index + 1 < options.Count ? options[index + 1] : null;
    }

    private static bool IsPlainUserName(string user) =>
        user.Length is > 0 and <= 64 && user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine(message);
        return 1;
    }
}
