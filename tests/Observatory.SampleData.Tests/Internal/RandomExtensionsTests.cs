using Observatory.SampleData.Internal;

namespace Observatory.SampleData.Tests.Internal;

public class RandomExtensionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(123)]
    public void Split_AnyTotal_PartsSumToTotal(int total)
    {
        var parts = RandomExtensions.Split(total, [0.18, 0.34, 0.26, 0.22]);

        Assert.Equal(total, parts.Sum());
        Assert.All(parts, p => Assert.True(p >= 0));
    }

    [Fact]
    public void Count_NegativeNoise_NeverBelowZero()
    {
        var random = new Random(1);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(random.Count(0.2, 0.9) >= 0));
    }
}
