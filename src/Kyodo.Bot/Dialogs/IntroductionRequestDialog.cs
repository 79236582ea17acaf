using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// 「紹介を依頼する」 after a partner search: asks which of the shown organisations (or all), records the request in the
/// conversation state with <see cref="RecordRequest"/>, tells the person that the desk's staff make introductions, and
/// hands over to the desk: the handoff asks before connecting and the ticket carries the organisations (contacts for staff only).
/// </summary>
public sealed class IntroductionRequestDialog : WaterfallDialog
{
    /// <summary>Option: the ids of the organisations shown, best first.</summary>
    public const string PartnerIdsOption = "partnerIds";

    /// <summary>Option: the <see cref="PartnerQuery"/> they were found with.</summary>
    public const string QueryOption = "query";

    private const string AllId = "all";
    private const string NameSeparator = "」「";
    private readonly TimeProvider _time;

    public IntroductionRequestDialog(TimeProvider time) : base(DialogIds.IntroductionRequest)
    {
        _time = time;
        Steps = [AskWhichStepAsync, RecordStepAsync];
    }

    /// <summary>
    /// The hook: records an introduction request in the conversation state (<see cref="ConversationState.IntroductionRequests"/>).
    /// The desk ticket that follows carries the organisations themselves.
    /// </summary>
    public static void RecordRequest(TurnContext turn, IntroductionRequest request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var conversation = turn.Conversation ?? throw new InvalidOperationException("The turn has no conversation state to record the request in.");
        conversation.IntroductionRequests.Add(request);
    }

    private static Task<DialogTurnResult> AskWhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var shown = Shown(step);
        if (shown.Count <= 1) return step.NextAsync(AllId, cancellationToken);
        var choices = shown
            .Select((entry, i) => new AnswerOption(entry.Id, turn.Message(MessageKeys.PartnerPickLabel, ("rank", i + 1), ("name", entry.Name)), [entry.Name]))
            .Append(new AnswerOption(AllId, turn.Message(MessageKeys.PartnerPickAllLabel), []))
            .ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.PartnerPickPrompt), Choices: choices), cancellationToken);
    }

    private Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var shown = Shown(step);
        var picked = step.ResultText;
        var chosen = picked is null or AllId ? shown : shown.Where(e => e.Id == picked).ToArray();
        if (chosen.Count == 0) return step.EndAsync(null, cancellationToken);
        var query = step.Options?[QueryOption]?.Deserialize<PartnerQuery>(BotJson.Options) ?? new PartnerQuery();
        RecordRequest(turn, new IntroductionRequest(chosen.Select(e => e.Id).ToArray(), query, _time.GetUtcNow()));
        turn.SendText(turn.Message(MessageKeys.PartnerRequestRecorded, ("names", string.Join(NameSeparator, chosen.Select(e => e.Name)))));
        var names = string.Join(NameSeparator, chosen.Select(e => e.Name));
        return step.ReplaceDialogAsync(DialogIds.Handoff, new JsonObject
        {
            [HandoffDialog.ReasonOption] = nameof(Handoff.EscalationReason.Introduction),
            [HandoffDialog.WordsOption] = turn.Message(MessageKeys.PartnerRequestWords, ("names", names)),
            [HandoffDialog.PartnerIdsOption] = new JsonArray([.. chosen.Select(e => (JsonNode)JsonValue.Create(e.Id)!)]),
        }, cancellationToken);
    }

    /// <summary>The organisations that were shown, in their order; ids no longer in the directory (content reloaded) are left out.</summary>
    private static IReadOnlyList<PartnerEntry> Shown(WaterfallStepContext step)
    {
        var ids = step.Options?[PartnerIdsOption] is JsonArray array ? array.Select(id => id!.GetValue<string>()).ToArray() : [];
        var organizations = step.Turn.Content.Partners.Organizations;
        return ids.Select(id => organizations.FirstOrDefault(o => o.Id == id && o.Consent)).OfType<PartnerEntry>().ToArray();
    }
}
