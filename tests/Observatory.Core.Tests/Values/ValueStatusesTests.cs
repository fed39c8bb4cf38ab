using Observatory.Core.Values;

namespace Observatory.Core.Tests.Values;

public class ValueStatusesTests
{
    [Fact]
    public void ParseToCode_RoundTripsEveryStatus()
    {
        foreach (var status in ValueStatuses.All)
        {
            Assert.Equal(status, ValueStatuses.Parse(status.ToCode().ToUpperInvariant()).Value);
        }
    }

    [Fact]
    public void Parse_Unknown_Fails() => Assert.False(ValueStatuses.Parse("masked").Success);

    [Fact]
    public void Worst_SecretAmongInputs_IsSecret()
    {
        Assert.Equal(ValueStatus.Secret, ValueStatuses.Worst([ValueStatus.Ok, ValueStatus.Secret, ValueStatus.Rounded]));
        Assert.Equal(ValueStatus.Rounded, ValueStatuses.Worst([ValueStatus.Ok, ValueStatus.Rounded]));
        Assert.Equal(ValueStatus.Ok, ValueStatuses.Worst([]));
    }

    [Fact]
    public void IsPublishable_MissingAndSecret_AreNot()
    {
        Assert.True(ValueStatus.Imputed.IsPublishable());
        Assert.False(ValueStatus.Missing.IsPublishable());
        Assert.False(ValueStatus.Secret.IsPublishable());
    }
}
