using System.Globalization;
using System.Text;

namespace Kyodo.Bot.Tests.Understanding;

/// <summary>The accuracies on the development set, the intent confusion table (expected → recognized → count), and every miss.</summary>
public sealed record DevSetReport(
    int IntentTotal, int IntentCorrect,
    int YesNoTotal, int YesNoCorrect,
    int ChoiceTotal, int ChoiceCorrect,
    int FaqTotal, int FaqTop1, int FaqTop3,
    IReadOnlyDictionary<(string Expected, string Got), int> Confusion,
    IReadOnlyList<string> Misses)
{
    public double IntentAccuracy => Ratio(IntentCorrect, IntentTotal);
    public double YesNoAccuracy => Ratio(YesNoCorrect, YesNoTotal);
    public double ChoiceAccuracy => Ratio(ChoiceCorrect, ChoiceTotal);
    public double FaqTop1Accuracy => Ratio(FaqTop1, FaqTotal);
    public double FaqTop3Accuracy => Ratio(FaqTop3, FaqTotal);

    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"intent accuracy   {IntentAccuracy:0.000} ({IntentCorrect}/{IntentTotal})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"yes/no accuracy   {YesNoAccuracy:0.000} ({YesNoCorrect}/{YesNoTotal})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"choice accuracy   {ChoiceAccuracy:0.000} ({ChoiceCorrect}/{ChoiceTotal})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"FAQ top-1         {FaqTop1Accuracy:0.000} ({FaqTop1}/{FaqTotal})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"FAQ top-3         {FaqTop3Accuracy:0.000} ({FaqTop3}/{FaqTotal})");
        sb.AppendLine();
        var labels = Confusion.Keys.SelectMany(k => new[] { k.Expected, k.Got }).Distinct().Order(StringComparer.Ordinal).ToList();
        var width = Math.Max(12, labels.Max(l => l.Length) + 1);
        sb.AppendLine("confusion (rows: expected, columns: recognized)");
        sb.Append("".PadRight(width));
        foreach (var got in labels) sb.Append(Short(got).PadLeft(8));
        sb.AppendLine();
        foreach (var expected in labels)
        {
            sb.Append(expected.PadRight(width));
            foreach (var got in labels)
                sb.Append((Confusion.TryGetValue((expected, got), out var n) ? n.ToString(CultureInfo.InvariantCulture) : ".").PadLeft(8));
            sb.AppendLine();
        }
        if (Misses.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("misses:");
            foreach (var miss in Misses) sb.AppendLine("  " + miss);
        }
        return sb.ToString();
    }

    private static string Short(string label) => label.Length <= 7 ? label : label[..7];

    private static double Ratio(int correct, int total) => total == 0 ? 1 : (double)correct / total;
}
