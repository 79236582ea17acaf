namespace Kyodo.Bot.Storage;

/// <summary>
/// Knowledge this instance keeps in memory that another instance can make wrong: with PostgreSQL the others announce
/// what they changed on <see cref="Channel"/> (NOTIFY) and <see cref="AnnouncementListener"/> passes it on.
/// </summary>
public interface IAnnouncementSubscriber
{
    /// <summary>The PostgreSQL NOTIFY channel the announcements come on.</summary>
    string Channel { get; }

    /// <summary>Another instance (or this one) announced <paramref name="payload"/>.</summary>
    void Heard(string payload);

    /// <summary>Whether announcements are heard from now on; those sent while not listening are lost.</summary>
    void Listening(bool listening);
}
