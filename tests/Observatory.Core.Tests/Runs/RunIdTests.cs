using System.Text.RegularExpressions;
using Observatory.Core.Runs;

namespace Observatory.Core.Tests.Runs;

public sealed class RunIdTests
{
    [Fact]
    public void New_StampAndPaddedProcessId_ReadsBackItsStartTime()
    {
        var started = new DateTimeOffset(2026, 12, 3, 17, 5, 9, 42, TimeSpan.FromHours(1));
        var id = RunId.New(started);

        Assert.Matches(new Regex(@"^20261203T160509042Z-\d{5}$"), id);
        Assert.Equal(started.ToUniversalTime(), RunId.StartedAt(id));
        Assert.Equal(TimeSpan.Zero, RunId.StartedAt(id)!.Value.Offset);
    }

    [Fact]
    public void New_LaterStart_SortsAfter()
    {
        var first = RunId.New(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero));
        var second = RunId.New(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 7, TimeSpan.Zero));
        Assert.True(string.CompareOrdinal(first, second) < 0);
    }

    [Theory]
    [InlineData("20261122T085314Z-20118", "2026-11-22T08:53:14")]
    [InlineData("20261122T085314155Z-9585", "2026-11-22T08:53:14.155")]
    public void StartedAt_BothStampPrecisions_Parsed(string id, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected + "Z", System.Globalization.CultureInfo.InvariantCulture), RunId.StartedAt(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("manual-run")]
    [InlineData("20261399T000000000Z-1")]
    public void StartedAt_NotARunId_Null(string? id) => Assert.Null(RunId.StartedAt(id));
}
