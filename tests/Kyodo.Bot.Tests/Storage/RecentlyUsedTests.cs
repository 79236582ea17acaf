using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Storage;

public sealed class RecentlyUsedTests
{
    [Fact]
    public void The_least_recently_used_entry_goes_first_once_the_budget_is_full()
    {
        var memory = new RecentlyUsed<string, int>(3);
        memory.Set("a", 1);
        memory.Set("b", 2);
        memory.Set("c", 3);
        memory.TryGet("a", out _).Should().BeTrue();   // "a" is now the most recently used

        memory.Set("d", 4);

        memory.TryGet("b", out _).Should().BeFalse();
        memory.TryGet("a", out var a).Should().BeTrue();
        a.Should().Be(1);
        memory.TryGet("c", out _).Should().BeTrue();
        memory.TryGet("d", out _).Should().BeTrue();
        memory.Count.Should().Be(3);
    }

    [Fact]
    public void A_heavy_entry_pushes_out_as_many_light_ones_as_it_needs_and_one_heavier_than_the_budget_is_not_kept()
    {
        var memory = new RecentlyUsed<string, string>(10, (_, value) => value.Length);
        memory.Set("one", "xxx");
        memory.Set("two", "xxx");
        memory.Set("three", "xxx");

        memory.Set("big", "xxxxxxx");

        memory.TryGet("one", out _).Should().BeFalse();
        memory.TryGet("two", out _).Should().BeFalse();
        memory.TryGet("three", out _).Should().BeTrue();
        memory.TryGet("big", out _).Should().BeTrue();

        memory.Set("three", "x".PadRight(11, 'x'));
        memory.TryGet("three", out _).Should().BeFalse("its old value is not kept either");
        memory.TryGet("big", out _).Should().BeTrue();
    }

    [Fact]
    public void Replacing_removing_and_clearing_give_the_weight_back()
    {
        var memory = new RecentlyUsed<string, string>(6, (_, value) => value.Length);
        memory.Set("a", "xxxxx");
        memory.Set("a", "x");   // 1 of 6 now
        memory.Set("b", "xxxxx");
        memory.TryGet("a", out var a).Should().BeTrue();
        a.Should().Be("x");

        memory.Remove("b");
        memory.Set("c", "xxxxx");
        memory.TryGet("a", out _).Should().BeTrue();

        memory.Clear();
        memory.Count.Should().Be(0);
        memory.Set("d", "xxxxxx");
        memory.TryGet("d", out _).Should().BeTrue();
    }

    [Fact]
    public void A_value_kept_already_stays_when_told_and_counts_as_just_used()
    {
        var memory = new RecentlyUsed<string, int>(2);
        memory.Set("a", 5);
        memory.Set("b", 1);

        memory.Set("a", 3, keepKept: kept => kept >= 3);   // 5 stays, and "a" is now the most recently used
        memory.Set("c", 1);

        memory.TryGet("a", out var a).Should().BeTrue();
        a.Should().Be(5);
        memory.TryGet("b", out _).Should().BeFalse("it was the least recently used");

        memory.Set("a", 9, keepKept: kept => kept >= 9);
        memory.TryGet("a", out a).Should().BeTrue();
        a.Should().Be(9);
        memory.Count.Should().Be(2);
    }

    [Fact]
    public void A_kept_entry_replaced_by_one_heavier_than_the_budget_is_gone_and_its_weight_given_back()
    {
        var memory = new RecentlyUsed<string, string>(6, (_, value) => value.Length);
        memory.Set("a", "xxx");
        memory.Set("a", "xxxxxxx", keepKept: _ => false);

        memory.TryGet("a", out _).Should().BeFalse();
        memory.Set("b", "xxxxxx");
        memory.TryGet("b", out _).Should().BeTrue("the whole budget is free again");
    }

    [Fact]
    public async Task Concurrent_use_keeps_within_the_budget()
    {
        var memory = new RecentlyUsed<int, int>(100);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var key = (i * 7 + worker) % 500;
                if (i % 3 == 0) memory.Remove(key);
                else if (!memory.TryGet(key, out _)) memory.Set(key, i);
                memory.Count.Should().BeLessThanOrEqualTo(100);
            }
        })));
        memory.Count.Should().BeLessThanOrEqualTo(100);
    }
}
