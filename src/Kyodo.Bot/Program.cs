using Kyodo.Bot.Channels.Line;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Content;
using Kyodo.Bot.DirectLine;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Handoff.Console;
using Kyodo.Bot.Hosting;
using Kyodo.Bot.Logging;

if (args is ["check-content", ..])
    return ContentCheckCommand.Run(RepositoryPaths.Resolve(args.ElementAtOrDefault(1) ?? "dialogs", Directory.GetCurrentDirectory()), Console.Out);

if (args is ["teams-package", ..])
    return TeamsPackageCommand.Run(args, RepositoryPaths.FindRoot(Directory.GetCurrentDirectory()), Console.Out);

if (args is ["line-richmenu", ..])
    return RichMenuCommand.Run(args, RepositoryPaths.FindRoot(Directory.GetCurrentDirectory()), Console.Out, Console.Error);
if (args is ["desk-staff", ..])
    return DeskStaffCommand.Run(args[1..], DeskStaffCommand.Configuration(), Environment.GetEnvironmentVariable(DeskStaffCommand.PasswordVariable), Console.In, Console.Out);

var builder = WebApplication.CreateBuilder(args);
builder.RunRequestsInlineOnOneCore();
builder.Logging.AddKyodoLogging();
try
{
    builder.Services.AddKyodoBot(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (ContentException broken)
{
    Console.Error.WriteLine("The content in dialogs/ has errors; fix them and start again:");
    Console.Error.WriteLine(broken.Message);
    return 1;
}
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddLineChannel(builder.Configuration);
builder.Services.AddTeamsChannel(builder.Configuration);
builder.Services.AddDeskConsole(builder.Configuration);

var app = builder.Build();
app.UseDeskConsoleSecurity();
app.MapHealthEndpoints();
app.MapTryItPage();
app.MapDirectLine();
app.MapLineChannel();
app.MapTeamsChannel();
app.MapDocuments();
app.MapDeskConsole();
app.WarnWhenUnauthenticated();
app.ReportSocketScheduling();
app.Run();
return 0;

public partial class Program;
