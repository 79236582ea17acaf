namespace Kyodo.Bot.Tests.Support;

/// <summary>
/// Scripts play a whole guidance in a second, far faster than a person: test hosts allow a large burst so the flood
/// protection stays out of their way (its own tests set it low).
/// </summary>
public static class TestLimits
{
    public const string Burst = "100000";
}
