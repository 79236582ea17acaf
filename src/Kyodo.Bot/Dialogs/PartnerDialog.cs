using System.Text.Json;
using System.Text.Json.Nodes;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Conversation;
using Kyodo.Bot.Dialogs.Cards;

namespace Kyodo.Bot.Dialogs;

/// <summary>
/// 「協働相手を探す」: asks what kind of partner, what the project needs and can offer, its field and area (whatever is not
/// known yet from the typed words or the profile), then shows the best matches of the partner directory with why each fits
/// and the seeds' tips for choosing. Works the same for a company or university looking for NPOs. No match: says so and
/// offers the desk. The person can then ask the desk's staff for an introduction.
/// </summary>
public sealed class PartnerDialog() : WaterfallDialog(DialogIds.Partner,
[
    AskKindStepAsync,
    AskNeedStepAsync,
    AskOfferStepAsync,
    AskFieldStepAsync,
    AskAreaStepAsync,
    ShowMatchesStepAsync,
    FollowChoiceStepAsync,
])
{
    /// <summary>Option: what the person typed to get here (「高崎で子ども食堂を手伝ってくれる企業を探したい」).</summary>
    public const string TextOption = "text";

    /// <summary>The methods.yaml fact that names the partner (npo, company …); a known one is not asked again.</summary>
    public const string PartnerFactId = "partner";

    private const string AnyId = "any";
    private const string SkipId = "unsure";   // "unsure": わからない typed also picks it
    private const string RequestId = "request";
    private const string LaterId = "later";
    private const string KindKey = "kind";
    private const string NeedKey = "need";
    private const string OfferKey = "offer";
    private const string FieldsKey = "fields";
    private const string MatchesKey = "matches";
    private const string QueryKey = "query";

    private static Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        turn.SendText(turn.Message(MessageKeys.PartnerIntro));
        var options = KindOptions(turn);
        if (PartnerTextReader.MentionedOption(Typed(step), options) is { } named) return step.NextAsync(named.Id, cancellationToken);
        if (turn.Profile.Facts.TryGetValue(PartnerFactId, out var known) && options.Any(o => o.Id == known)) return step.NextAsync(known, cancellationToken);
        var choices = options.Append(new AnswerOption(AnyId, turn.Message(MessageKeys.PartnerAnyKindLabel), [])).ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.PartnerKindPrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> AskNeedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[KindKey] = step.ResultText ?? AnyId;
        return AskResourceAsync(step, MessageKeys.PartnerNeedPrompt, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[NeedKey] = step.ResultText ?? SkipId;
        return AskResourceAsync(step, MessageKeys.PartnerOfferPrompt, cancellationToken);
    }

    private static Task<DialogTurnResult> AskFieldStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        step.Values[OfferKey] = step.ResultText ?? SkipId;
        var fields = turn.Content.Partners.Fields;
        var known = PartnerTextReader.Fields(Typed(step), fields) is { Count: > 0 } typed ? typed : PartnerTextReader.Fields(turn.Profile.ProjectDescription, fields);
        if (known.Count > 0) return step.NextAsync(new JsonArray([.. known.Select(f => JsonValue.Create(f))]), cancellationToken);
        var choices = fields.Select(f => new AnswerOption(f.Id, f.Label, f.Keywords))
            .Append(new AnswerOption(SkipId, turn.Message(MessageKeys.PartnerSkipLabel), []))
            .ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.PartnerFieldPrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAreaStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        step.Values[FieldsKey] = step.Result switch
        {
            JsonArray known => known.DeepClone(),
            JsonValue picked when picked.TryGetValue<string>(out var id) && id != SkipId => new JsonArray(JsonValue.Create(id)),
            _ => new JsonArray(),
        };
        if (MunicipalityRecognizer.Find(Typed(step) ?? "", turn.Content.Desks.Areas) is { } area)
        {
            if (area.Municipality is not null || area.Prefecture != turn.Profile.Prefecture) turn.Profile.Municipality = area.Municipality;
            turn.Profile.Prefecture = area.Prefecture;
        }
        return turn.Profile.Prefecture is null
            ? step.BeginDialogAsync(DialogIds.Area, null, cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowMatchesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var query = Query(step);
        var matches = PartnerMatcher.Match(turn.Content.Partners, query);
        if (matches.Count == 0)
        {
            turn.SendText(turn.Message(MessageKeys.PartnerNone));
            return step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(turn, turn.Message(MessageKeys.PartnerNoneOfferDesk)), cancellationToken);
        }
        step.Values[MatchesKey] = new JsonArray([.. matches.Select(m => JsonValue.Create(m.Partner.Id))]);
        step.Values[QueryKey] = JsonSerializer.SerializeToNode(query, BotJson.Options);
        turn.SendText(turn.Message(MessageKeys.PartnerResultTitle));
        turn.Send(new CardReply(matches.Select((m, i) => PartnerCard.Build(turn, m, i + 1)).ToArray()));
        if (turn.Content.Partners.Tips is { } tips) turn.Send(new CardReply(PartnerTipsCard.Build(turn, tips)));
        AnswerOption[] choices =
        [
            new(RequestId, turn.Message(MessageKeys.PartnerRequestLabel), []),
            new(Prompt.HumanValue, turn.Message(MessageKeys.TalkToPersonLabel), []),
            new(LaterId, turn.Message(MessageKeys.BackToMenuLabel), []),
        ];
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(MessageKeys.PartnerNextPrompt), Choices: choices), cancellationToken);
    }

    private static Task<DialogTurnResult> FollowChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[MatchesKey] is not JsonArray matches)
        {
            return step.Result?.GetValue<bool>() == true
                ? step.ReplaceDialogAsync(DialogIds.Desk, null, cancellationToken)
                : step.EndAsync(null, cancellationToken);
        }
        if (step.ResultText != RequestId) return step.EndAsync(null, cancellationToken);
        var options = new JsonObject
        {
            [IntroductionRequestDialog.PartnerIdsOption] = matches.DeepClone(),
            [IntroductionRequestDialog.QueryOption] = step.Values[QueryKey]?.DeepClone(),
        };
        return step.ReplaceDialogAsync(DialogIds.IntroductionRequest, options, cancellationToken);
    }

    /// <summary>The kinds of partner a person can ask for: the methods.yaml partner answers that some directory kind counts as.</summary>
    public static IReadOnlyList<AnswerOption> KindOptions(TurnContext turn)
    {
        var partners = turn.Content.Partners.Kinds.Select(k => k.Partner).ToHashSet(StringComparer.Ordinal);
        var fact = turn.Content.Methods.Facts.FirstOrDefault(f => f.Id == PartnerFactId);
        return fact?.Answers.Where(a => partners.Contains(a.Id)).ToArray() ?? [];
    }

    private static Task<DialogTurnResult> AskResourceAsync(WaterfallStepContext step, string promptKey, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        var choices = turn.Content.Partners.Resources.Select(r => new AnswerOption(r.Id, r.Label, r.Synonyms))
            .Append(new AnswerOption(SkipId, turn.Message(MessageKeys.PartnerSkipLabel), []))
            .ToArray();
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(turn.Message(promptKey), Choices: choices), cancellationToken);
    }

    private static PartnerQuery Query(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var kind = step.Values[KindKey]?.GetValue<string>();
        IReadOnlyList<string> Picked(string key) => step.Values[key]?.GetValue<string>() is { } id && id != SkipId ? [id] : [];
        return new PartnerQuery
        {
            Needs = Picked(NeedKey),
            Offers = Picked(OfferKey),
            Fields = step.Values[FieldsKey] is JsonArray fields ? fields.Select(f => f!.GetValue<string>()).ToArray() : [],
            Kinds = turn.Content.Partners.Kinds.Where(k => k.Partner == kind).Select(k => k.Id).ToArray(),
            Prefecture = turn.Profile.Prefecture,
            Municipality = turn.Profile.Municipality,
        };
    }

    private static string? Typed(WaterfallStepContext step) =>
        step.Options?[TextOption] is JsonValue typed && typed.TryGetValue<string>(out var said) ? said : null;
}
