using Kyodo.Bot.Handoff.Console;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Storage;
using Kyodo.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Kyodo.Bot.Tests.Handoff.Console;

public sealed class StaffAccountCommandTests
{
    private readonly string _database = TempFiles.NewDatabasePath();
    private readonly StringWriter _output = new();

    private int Run(string? environmentPassword, string stdin, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _database,
            ["Content:DialogsPath"] = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory), "dialogs"),
        }).Build();
        return DeskStaffCommand.Run(args, configuration, environmentPassword, new StringReader(stdin), _output);
    }

    private StaffAccounts Accounts => new(new SqliteDatabase(_database));

    [Fact]
    public async Task An_account_added_with_the_password_from_the_environment_verifies_only_that_password()
    {
        Run("ube-secret-2026", "", "add", "tanaka", "--desk", "ube", "--name", "田中 花子").Should().Be(0, _output.ToString());

        var account = await Accounts.FindAsync("tanaka", CancellationToken.None);
        account.Should().NotBeNull();
        account!.DisplayName.Should().Be("田中 花子");
        account.DeskId.Should().Be("ube");
        account.IsAdmin.Should().BeFalse();
        account.PasswordHash.Should().StartWith("pbkdf2-sha256$210000$").And.NotContain("ube-secret-2026");
        StaffPasswordHasher.Verify("ube-secret-2026", account.PasswordHash).Should().BeTrue();
        StaffPasswordHasher.Verify("ube-secret-2027", account.PasswordHash).Should().BeFalse();
        _output.ToString().Should().NotContain("ube-secret-2026");
    }

    [Fact]
    public async Task The_password_can_come_from_stdin_and_an_admin_flag_is_kept()
    {
        Run(null, "stdin-password-1\n", "add", "sato", "--desk", "gunma_salon", "--name", "佐藤", "--admin").Should().Be(0, _output.ToString());

        var account = await Accounts.FindAsync("sato", CancellationToken.None);
        account!.IsAdmin.Should().BeTrue();
        var signIn = new StaffSignIn(Accounts, new FakeTimeProvider(DateTimeOffset.UtcNow));
        (await signIn.CheckAsync("sato", "stdin-password-1", CancellationToken.None)).Should().NotBeNull();
        (await signIn.CheckAsync("sato", "wrong-password-1", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_desk_that_is_not_in_the_content_is_refused()
    {
        Run("ube-secret-2026", "", "add", "tanaka", "--desk", "no_such_desk", "--name", "田中").Should().Be(1);

        _output.ToString().Should().Contain("No desk 'no_such_desk'");
        (await Accounts.FindAsync("tanaka", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public void A_short_or_missing_password_is_refused()
    {
        Run(null, "", "add", "tanaka", "--desk", "ube", "--name", "田中").Should().Be(1);
        Run("short", "", "add", "tanaka", "--desk", "ube", "--name", "田中").Should().Be(1);
    }

    [Fact]
    public void Accounts_are_listed_and_removed()
    {
        Run("ube-secret-2026", "", "add", "tanaka", "--desk", "ube", "--name", "田中").Should().Be(0);
        Run(null, "", "list").Should().Be(0);
        _output.ToString().Should().Contain("tanaka\t田中\tube");

        Run(null, "", "remove", "tanaka").Should().Be(0);
        Run(null, "", "remove", "tanaka").Should().Be(1);
    }
}
