using System.Reflection;
using Kyodo.Bot.Activities;
using Kyodo.Bot.Channels.Teams;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Storage;

public sealed class FingerprintTests
{
    [Fact]
    public void Equal_lists_give_equal_fingerprints_and_the_parts_boundaries_and_nulls_count()
    {
        Fingerprint.Of("line", "U1").Should().Be(Fingerprint.Of("line", new string("U1".AsSpan())));
        Fingerprint.Of("ab", "c").Should().NotBe(Fingerprint.Of("a", "bc"));
        Fingerprint.Of("a", null).Should().NotBe(Fingerprint.Of("a", ""));
        Fingerprint.Of("a").Should().NotBe(Fingerprint.Of("a", null));
        Fingerprint.Of().Should().NotBe(UInt128.Zero);
    }

    [Fact]
    public void A_conversation_references_fingerprint_changes_with_every_property_of_it_and_its_accounts()
    {
        ConversationReference Reference() => new("msteams", "https://smba.example/",
            new ConversationAccount { Id = "a:1", Name = "n", IsGroup = false, ConversationType = "personal", TenantId = "t" },
            new ChannelAccount { Id = "bot", Name = "Kyodo", Role = "bot", AadObjectId = "b" },
            new ChannelAccount { Id = "u", Name = "名前", Role = "user", AadObjectId = "o" });
        var original = Reference().Fingerprint();
        Reference().Fingerprint().Should().Be(original, "equal references in new objects are the same");
        (Reference() with { User = null }).Fingerprint().Should().NotBe(original);
        (Reference() with { User = new ChannelAccount() }).Fingerprint()
            .Should().NotBe((Reference() with { User = null }).Fingerprint(), "a person with no properties is not no person");

        // Reflection, so that a property added to a record later cannot be left out of the fingerprint unnoticed.
        foreach (var property in typeof(ConversationReference).GetProperties().Where(p => p.PropertyType == typeof(string)))
            Changed(r => r with { }, property).Should().NotBe(original, property.Name);
        foreach (var property in typeof(ConversationAccount).GetProperties())
            Changed(r => r.Conversation, property).Should().NotBe(original, "Conversation." + property.Name);
        foreach (var property in typeof(ChannelAccount).GetProperties())
        {
            Changed(r => r.Bot, property).Should().NotBe(original, "Bot." + property.Name);
            Changed(r => r.User!, property).Should().NotBe(original, "User." + property.Name);
        }

        UInt128 Changed(Func<ConversationReference, object> target, PropertyInfo property)
        {
            var reference = Reference();
            var owner = property.DeclaringType == typeof(ConversationReference) ? reference : target(reference);
            var value = property.PropertyType == typeof(bool?) ? (object)true : "changed";
            if (owner is ConversationReference) reference = (ConversationReference)CloneWith(reference, property, value);
            else property.SetValue(owner, value);
            return reference.Fingerprint();
        }
    }

    private static object CloneWith(ConversationReference reference, PropertyInfo property, object value)
    {
        var arguments = typeof(ConversationReference).GetConstructors().Single().GetParameters()
            .Select(p => p.Name == property.Name ? value : typeof(ConversationReference).GetProperty(p.Name!)!.GetValue(reference))
            .ToArray();
        return Activator.CreateInstance(typeof(ConversationReference), arguments)!;
    }
}
