namespace Kyodo.Bot.Content;

/// <summary><c>dotnet run --project src/Kyodo.Bot -- check-content</c>: validates dialogs/ and says what is wrong, file:line.</summary>
public static class ContentCheckCommand
{
    public static int Run(string dialogsDirectory, TextWriter output)
    {
        try
        {
            var content = ContentLoader.Load(dialogsDirectory);
            var items = content.Checklist.Steps.Sum(s => s.Items.Count) + content.Checklist.MethodItems.Sum(m => m.Items.Count);
            output.WriteLine($"ok: {content.Diagnosis.Questions.Count} questions, {content.Diagnosis.Rules.Count} rules, " +
                $"{content.Methods.Methods.Count} methods, {items} checklist items, {content.Faq.Count} faq entries, {content.Desks.Desks.Count} desks, " +
                $"{content.Partners.Organizations.Count} partner organizations ({content.Partners.Organizations.Count(o => o.Consent)} with consent)");
            return 0;
        }
        catch (ContentException broken)
        {
            foreach (var error in broken.Errors) output.WriteLine(error);
            output.WriteLine($"{broken.Errors.Count} problem(s) in {dialogsDirectory}");
            return 1;
        }
    }
}
