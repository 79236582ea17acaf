namespace Kyodo.Bot.Guidance;

/// <summary>How sure the FAQ lookup is: one clear answer, a few to choose from, or an honest "I don't know".</summary>
public enum FaqAnswerKind { Best, Choose, None }
