namespace Kyodo.Bot.Channels.Line;

/// <summary>A rich menu image as LINE accepts it: PNG or JPEG, at most 1 MB. <see cref="Width"/> and <see cref="Height"/> are known for PNG.</summary>
public sealed record RichMenuImage(byte[] Bytes, string ContentType, int? Width, int? Height)
{
    public const int MaxBytes = 1024 * 1024;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the image, or says in one sentence why LINE would refuse it.</summary>
    public static RichMenuImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > MaxBytes) throw new InvalidDataException($"{path} is {bytes.Length} bytes; LINE accepts rich menu images up to {MaxBytes} bytes.");
        if (bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature))
            return new RichMenuImage(bytes, "image/png", BigEndian(bytes, 16), BigEndian(bytes, 20));
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
            return new RichMenuImage(bytes, "image/jpeg", null, null);
        throw new InvalidDataException($"{path} is neither a PNG nor a JPEG image.");
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
