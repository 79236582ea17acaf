
namespace Kyodo.Bot.Dialogs;

/// <summary>「データを削除」: asks once more, then has everything stored about the person deleted at the end of the turn.</summary>
public sealed class DeleteDataDialog() : WaterfallDialog(DialogIds.DeleteData,
[
    (step, token) => step.PromptAsync(ConfirmPrompt.DefaultId, ConfirmPrompt.Options(step.Turn, step.Turn.Message(MessageKeys.DeleteDataConfirm)), token),
    ForgetOrKeepStepAsync,
])
{
    private static Task<DialogTurnResult> ForgetOrKeepStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var confirmed = step.Result?.GetValue<bool>() == true;
        if (confirmed) step.Turn.ForgetPerson();
        step.Turn.SendText(step.Turn.Message(confirmed ? MessageKeys.DataDeleted : MessageKeys.DataKept));
        return step.EndAsync(null, cancellationToken);
    }
}
