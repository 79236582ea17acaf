namespace Kyodo.Bot.Tests;
public class SmokeTests { [Fact] public void Adds() => (1 + 1).Should().Be(2); }
