namespace Kyodo.Bot.Content;

/// <summary>
/// A kind of organisation in the partner directory (NPO法人, 任意団体, 企業 …). <see cref="Partner"/> is the answer id of the
/// methods.yaml fact <c>partner</c> this kind counts as, so 「NPOを探したい」 finds NPO法人, 任意団体 and 中間支援組織 alike.
/// </summary>
public sealed record ActorKind(string Id, string Label, string Partner);
