namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>One step of a waterfall: it asks something (and waits), moves on, or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
