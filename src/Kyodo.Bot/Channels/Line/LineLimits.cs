namespace Kyodo.Bot.Channels.Line;

/// <summary>Limits of the LINE Messaging API that rendering must respect (LINE's API reference).</summary>
public static class LineLimits
{
    public const int MessagesPerCall = 5;
    public const int TextLength = 5000;
    public const int QuickReplyItems = 13;
    public const int ActionLabelLength = 20;
    public const int PostbackDataLength = 300;
    public const int AltTextLength = 400;
    public const int CarouselBubbles = 12;
    public const int ButtonsPerBubble = 10;
}
