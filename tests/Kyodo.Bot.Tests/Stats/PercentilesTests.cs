using Kyodo.Bot.Stats;

namespace Kyodo.Bot.Tests.Stats;

public sealed class PercentilesTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order() =>
        Percentiles.Median([9, 1, 5]).Should().Be(5);

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Percentiles.Median([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).Should().Be(5.5);

    [Fact]
    public void The_90th_percentile_is_the_nearest_rank() =>
        Percentiles.NearestRank([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90).Should().Be(9);

    [Fact]
    public void The_90th_percentile_of_a_few_values_is_the_largest() =>
        Percentiles.NearestRank([3, 30, 4], 90).Should().Be(30);

    [Fact]
    public void One_value_is_its_own_median_and_percentile()
    {
        Percentiles.Median([7]).Should().Be(7);
        Percentiles.NearestRank([7], 90).Should().Be(7);
    }

    [Fact]
    public void No_values_have_no_median_and_no_percentile()
    {
        Percentiles.Median([]).Should().BeNull();
        Percentiles.NearestRank([], 90).Should().BeNull();
    }
}
