namespace Kyodo.Bot.Dialogs;

/// <summary>The dialog ids. The top-level ones are also the menu item ids in dialogs/menu.yaml.</summary>
public static class DialogIds
{
    public const string Diagnose = "diagnose";
    public const string Recommend = "recommend";
    public const string Checklist = "checklist";
    public const string Desk = "desk";
    public const string Question = "question";
    public const string Document = "document";
    public const string DocumentQuestion = "documentQuestion";
    public const string DeleteData = "deleteData";
    public const string DiagnosisQuestion = "diagnosisQuestion";
    public const string MethodFact = "methodFact";
    public const string Handoff = "handoff";
    public const string Feedback = "feedback";
    public const string Partner = "partner";
    public const string IntroductionRequest = "introductionRequest";
    public const string Area = "area";

    public static readonly IReadOnlyList<string> MenuItems = [Diagnose, Recommend, Checklist, Document, Desk, Question, Partner];

    public static string? ForMenuItem(string menuItemId) => MenuItems.Contains(menuItemId) ? menuItemId : null;
}
