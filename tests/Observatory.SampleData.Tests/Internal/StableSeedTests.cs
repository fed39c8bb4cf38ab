using Observatory.SampleData.Internal;

namespace Observatory.SampleData.Tests.Internal;

public class StableSeedTests
{
    [Fact]
    public void Derive_SameSeedAndKey_SameValue()
    {
        Assert.Equal(StableSeed.Derive(42, "bmo", "01", "2024"), StableSeed.Derive(42, "bmo", "01", "2024"));
    }

    [Fact]
    public void Derive_KnownInput_FixedValueAndSensitiveToEveryKeyPart()
    {
        // FNV-1a 64 over "42|bmo|01|2024", folded to 31 bits (computed independently): a change here changes every sample file.
        Assert.Equal(1357338730, StableSeed.Derive(42, "bmo", "01", "2024"));
        Assert.NotEqual(StableSeed.Derive(42, "bmo", "01", "2024"), StableSeed.Derive(43, "bmo", "01", "2024"));
        Assert.NotEqual(StableSeed.Derive(42, "bmo", "01", "2024"), StableSeed.Derive(42, "bmo", "40", "2024"));
        Assert.NotEqual(StableSeed.Derive(42, "bmo", "01", "2024"), StableSeed.Derive(42, "ft_offres", "01", "2024"));
    }

    [Fact]
    public void Derive_AnyKey_NonNegative()
    {
        foreach (var key in new[] { "a", "b", "finess", "2A", "971" })
        {
            Assert.True(StableSeed.Derive(7, key) >= 0);
        }
    }

    [Fact]
    public void For_SameKey_SameStream()
    {
        var first = StableSeed.For(42, "x");
        var second = StableSeed.For(42, "x");

        Assert.Equal(Enumerable.Range(0, 5).Select(_ => first.Next()), Enumerable.Range(0, 5).Select(_ => second.Next()));
    }
}
