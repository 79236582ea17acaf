using System.Text;
using Kyodo.Bot.Storage;

namespace Kyodo.Bot.Tests.Storage;

public sealed class DocumentMemoryTests
{
    private static StoredDocument Document(string text, long version) => new(Encoding.UTF8.GetBytes(text), version);

    private static string? Read(DocumentMemory memory, string key) => memory.TryGet(key, out var document) ? $"{document.Json}@{document.Version}" : null;

    [Fact]
    public void Keeps_the_newest_version_of_each_key_until_told_to_forget()
    {
        var memory = new DocumentMemory(64 * 1024);
        memory.Remember("conversation/a", Document("{\"said\":\"協働\"}", 1));
        memory.Remember("conversation/b", Document("{}", 4));

        Read(memory, "conversation/a").Should().Be("{\"said\":\"協働\"}@1");
        memory.Remember("conversation/a", Document("{\"said\":\"委託\"}", 2));
        memory.Remember("conversation/a", Document("{\"late\":true}", 1));
        Read(memory, "conversation/a").Should().Be("{\"said\":\"委託\"}@2", "a slow writer finishing late does not put back an older version");
        Read(memory, "conversation/c").Should().BeNull();

        memory.Forget("conversation/a");
        Read(memory, "conversation/a").Should().BeNull();
        Read(memory, "conversation/b").Should().Be("{}@4");
        memory.Clear();
        Read(memory, "conversation/b").Should().BeNull();
    }

    [Fact]
    public void What_a_read_returns_is_a_copy_the_caller_may_change()
    {
        var memory = new DocumentMemory(64 * 1024);
        memory.Remember("k", Document("{\"n\":1}", 1));
        memory.TryGet("k", out var first);
        first.Utf8[0] = (byte)'X';

        Read(memory, "k").Should().Be("{\"n\":1}@1");
    }

    [Fact]
    public void When_the_ring_comes_round_the_oldest_documents_go_and_a_document_read_again_stays()
    {
        var memory = new DocumentMemory(64 * 1024);
        var text = new string('x', 1000);
        memory.Remember("read-again", Document(text, 1));
        for (var i = 0; i < 200; i++)
        {
            memory.Remember($"k{i}", Document(text, 1));
            Read(memory, "read-again").Should().NotBeNull($"it is read after every write (write {i})");
        }

        Read(memory, "k199").Should().NotBeNull();
        Read(memory, "k0").Should().BeNull("200 documents of 1 KB do not fit in 64 KB");
        Enumerable.Range(0, 200).Count(i => Read(memory, $"k{i}") is not null).Should().BeInRange(40, 63);
    }

    [Fact]
    public void A_document_larger_than_an_eighth_of_the_memory_is_not_kept_and_its_older_version_is_forgotten()
    {
        var memory = new DocumentMemory(64 * 1024);
        memory.Remember("k", Document("{}", 1));
        memory.Remember("k", Document(new string('x', 8 * 1024), 2));

        Read(memory, "k").Should().BeNull();
    }

    [Fact]
    public void Whatever_it_returns_is_the_newest_document_remembered_for_that_key()
    {
        var random = new Random(7);
        var memory = new DocumentMemory(32 * 1024);
        var newest = new Dictionary<string, (string Text, long Version)>();
        var hits = 0;
        for (var step = 0; step < 20_000; step++)
        {
            var key = $"conversation/{random.Next(60)}";
            switch (random.Next(10))
            {
                case < 5:
                    var version = newest.TryGetValue(key, out var kept) ? kept.Version + 1 : 1;
                    var text = $"{{\"step\":{step},\"pad\":\"{new string((char)('a' + step % 26), random.Next(0, 2_000))}\"}}";
                    memory.Remember(key, Document(text, version));
                    newest[key] = (text, version);
                    break;
                case 5:
                    memory.Forget(key);
                    newest.Remove(key);
                    break;
                default:
                    if (memory.TryGet(key, out var document))
                    {
                        hits++;
                        newest.Should().ContainKey(key);
                        (document.Json, document.Version).Should().Be(newest[key], $"step {step}");
                    }
                    break;
            }
        }
        hits.Should().BeGreaterThan(1_000, "most of the 60 keys fit");
    }
}
