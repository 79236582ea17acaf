using System.Text.RegularExpressions;

namespace Kyodo.Bot.Tests.Handoff.Console;

/// <summary>Uses the console the way a browser does: read the antiforgery token from the page, then post the form.</summary>
public sealed partial class DeskConsoleClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await TokenFromAsync("/desk/login");
        return await PostAsync("/desk/login", token, ("userName", userName), ("password", password));
    }

    /// <summary>Posts a form with the token from <paramref name="page"/>, as the form on that page would.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, params (string Name, string Value)[] fields) =>
        await PostAsync(action, await TokenFromAsync(page), fields);

    public Task<HttpResponseMessage> PostAsync(string action, string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null) values.Add(new("__RequestVerificationToken", token));
        return Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<string> TokenFromAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } match ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
