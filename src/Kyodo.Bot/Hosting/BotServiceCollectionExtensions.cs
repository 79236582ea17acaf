using Kyodo.Bot.Channels;
using Kyodo.Bot.Channels.WebChat;
using Kyodo.Bot.Content;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Conversation.Dialogs;
using Kyodo.Bot.Conversation.Prompts;
using Kyodo.Bot.Dialogs;
using Kyodo.Bot.Documents;
using Kyodo.Bot.Handoff;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>The bot itself: content, storage, dialogs and the turn processor. Content is loaded (and validated) here.</summary>
    public static IServiceCollection AddKyodoBot(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var contentOptions = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new();
        var storageOptions = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        var limits = configuration.GetSection("Bot").Get<BotLimits>() ?? new();

        var dialogsPath = RepositoryPaths.Resolve(contentOptions.DialogsPath, contentRoot);
        // Checked here, not lazily, so broken content stops start-up with its file:line errors.
        ContentLoader.Load(dialogsPath);
        services.AddSingleton(provider => new ReloadingContentProvider(dialogsPath, provider.GetRequiredService<ILogger<ReloadingContentProvider>>()));
        services.AddSingleton<IContentProvider>(provider => provider.GetRequiredService<ReloadingContentProvider>());
        var database = storageOptions.CreateDatabase(contentRoot);
        services.AddSingleton(database);
        var states = storageOptions.CreateStateStore(database);
        services.AddSingleton<IStateStore>(states);
        services.AddSingleton<IAnnouncementSubscriber>(states);
        services.AddHostedService<DatabaseWarmup>();
        services.AddHostedService<AnnouncementListener>();
        services.AddHostedService<SqliteCheckpointer>();
        services.AddSingleton(limits);
        services.AddSingleton<PersonRateLimiter>();
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentStore>();
        services.AddSingleton(provider => new DialogSet(
        [
            new ChoicePrompt(), new ConfirmPrompt(), new TextPrompt(), new NumberPrompt(),
            new DiagnoseDialog(), new DiagnosisQuestionDialog(), new RecommendDialog(), new MethodFactDialog(),
            new ChecklistDialog(), new QuestionDialog(), new DeskDialog(),
            new DocumentDialog(provider.GetRequiredService<DocumentStore>(), provider.GetRequiredService<IOptions<DocumentOptions>>()),
            new DocumentQuestionDialog(),
            new DeleteDataDialog(),
            new HandoffDialog(provider.GetRequiredService<HandoffDesk>(), provider.GetRequiredService<TimeProvider>()),
            new FeedbackDialog(provider.GetRequiredService<HandoffDesk>()),
            new PartnerDialog(), new AreaDialog(), new IntroductionRequestDialog(provider.GetRequiredService<TimeProvider>()),
        ]));
        services.AddSingleton<GuidanceBot>();
        services.AddSingleton<IReplyRenderer, WebChatRenderer>();
        services.AddSingleton<Stats.ConsultationEvents>();
        services.AddSingleton<ITurnProcessor, TurnProcessor>();
        services.AddHandoffDesk();
        return services;
    }
}
