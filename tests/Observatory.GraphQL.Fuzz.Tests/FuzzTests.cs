using System.Globalization;
using Xunit.Abstractions;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>
/// Issue 7 item 5: a bounded, deterministic fuzz run over parser, validation and execution. Every input must end in
/// a syntax error, validation errors or an execution result — never another exception, a hang or a stack overflow.
/// <c>FUZZ_SEED</c> and <c>FUZZ_INPUTS</c> override the seed (default 20261122) and count (default 100,000).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261122;
    private const int DefaultInputs = 100_000;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public void Fuzz_MutatedAndGeneratedDocuments_FailOnlyWithGraphQLErrors()
    {
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        var count = Setting("FUZZ_INPUTS", DefaultInputs);
        var run = new FuzzRun(seed, count, workers: Math.Max(2, Environment.ProcessorCount), TimeSpan.FromSeconds(10));

        var elapsed = run.Execute();

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: seed {seed}, {run.Completed} inputs in {elapsed.TotalSeconds:F1} s ({run.Completed / elapsed.TotalSeconds:F0}/s): " +
            $"{run.Count(FuzzOutcome.ParseError)} parse errors, {run.Count(FuzzOutcome.ValidationErrors)} invalid, {run.Count(FuzzOutcome.Executed)} executed");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var finding in run.Findings)
        {
            output.WriteLine(finding);
        }

        Assert.True(run.Findings.Count == 0, summary + "\n" + string.Join("\n\n", run.Findings));
        Assert.Equal(count, run.Completed);
        Assert.True(run.Count(FuzzOutcome.Executed) > count / 100, "too few inputs reached execution: " + summary);
        Assert.True(run.Count(FuzzOutcome.ValidationErrors) > count / 100, "too few inputs reached validation: " + summary);
    }

    [Fact]
    public void Inputs_AreDeterministicForASeed()
    {
        var first = Enumerable.Range(0, 50).Select(i => FuzzInputs.Create(7, i)).ToList();
        var second = Enumerable.Range(0, 50).Select(i => FuzzInputs.Create(7, i)).ToList();

        Assert.Equal(first.Select(i => i.Text), second.Select(i => i.Text));
        Assert.Equal(first.Select(i => i.Variables?.GetRawText()), second.Select(i => i.Variables?.GetRawText()));
        Assert.NotEqual(first[0].Text, first[1].Text);
    }

    [Theory]
    [InlineData("{ dog { name } }", FuzzOutcome.Executed)]
    [InlineData("{ dog { nome } }", FuzzOutcome.ValidationErrors)]
    [InlineData("{ dog { name }", FuzzOutcome.ParseError)]
    public void Target_ClassifiesEachOutcome(string text, FuzzOutcome expected) =>
        Assert.Equal(expected, FuzzTarget.Run(text, null, TimeSpan.FromSeconds(10)));

    [Fact]
    public void Target_ExecutionPastItsTimeout_ThrowsSoTheRunReportsIt() =>
        Assert.ThrowsAny<OperationCanceledException>(() => FuzzTarget.Run("{ dog { name } }", null, TimeSpan.Zero));
}
