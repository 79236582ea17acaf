namespace Kyodo.Bot.Conversation.Dialogs;

/// <summary>All dialogs the bot knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
                throw new InvalidOperationException($"Dialog id '{dialog.Id}' is registered twice.");
        }
    }

    public Dialog Find(string id) =>
        _dialogs.TryGetValue(id, out var dialog) ? dialog : throw new InvalidOperationException($"Unknown dialog '{id}'.");

    public bool Contains(string id) => _dialogs.ContainsKey(id);
}
