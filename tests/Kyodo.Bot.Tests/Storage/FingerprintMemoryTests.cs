using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Storage;

public sealed class FingerprintMemoryTests
{
    private static readonly UInt128 One = 1, Two = 2;

    /// <summary>Keys of one group: a memory of 2 keys has 2 groups, chosen by the key's lowest bit.</summary>
    private static UInt128 KeyInGroupZero(ulong n) => new(n, 2 * n + 2);

    [Fact]
    public void Remembers_a_keys_value_and_forgets_it_when_told()
    {
        var memory = new FingerprintMemory(2);
        var key = Fingerprint.Of("line", "U1");

        memory.Has(key, One).Should().BeFalse();
        memory.Remember(key, One);
        memory.Has(key, One).Should().BeTrue();
        memory.Has(key, Two).Should().BeFalse("only the value remembered counts");
        memory.Remember(key, Two);
        memory.Has(key, One).Should().BeFalse("a key has one value");
        memory.Has(key, Two).Should().BeTrue();
        memory.TryGet(key, out var value).Should().BeTrue();
        value.Should().Be(Two);

        memory.Forget(key);
        memory.TryGet(key, out _).Should().BeFalse();
        memory.Has(key, Two).Should().BeFalse();
        memory.Remember(key, One);
        memory.Clear();
        memory.Has(key, One).Should().BeFalse();
    }

    [Fact]
    public void A_full_group_makes_room_by_forgetting_its_less_recently_used_key()
    {
        var memory = new FingerprintMemory(2);
        UInt128 first = KeyInGroupZero(1), second = KeyInGroupZero(2), third = KeyInGroupZero(3);
        memory.Remember(first, One);
        memory.Remember(second, One);
        memory.Remember(first, Two);
        memory.Has(second, One).Should().BeTrue("a key remembered again keeps its own slot");

        memory.Has(first, Two).Should().BeTrue();
        memory.Remember(third, One);

        memory.Has(first, Two).Should().BeTrue("it was used last");
        memory.Has(second, One).Should().BeFalse();
        memory.Has(third, One).Should().BeTrue();
    }

    [Fact]
    public void Few_keys_are_pushed_out_of_their_group_early()
    {
        var memory = new FingerprintMemory(10_000);
        var keys = Enumerable.Range(0, 10_000).Select(i => Fingerprint.Of("test", $"c{i}")).ToList();
        foreach (var key in keys.Take(5_000)) memory.Remember(key, One);
        keys.Take(5_000).Count(key => memory.Has(key, One)).Should().BeGreaterThan(4_900, "at half the capacity");

        foreach (var key in keys.Skip(5_000)) memory.Remember(key, One);
        keys.Count(key => memory.Has(key, One)).Should().BeGreaterThan(9_400, "at the capacity");
    }
}
