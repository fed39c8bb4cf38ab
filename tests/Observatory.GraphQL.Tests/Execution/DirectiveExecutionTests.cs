using Observatory.GraphQL.Tests.Fixtures;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class DirectiveExecutionTests
{
    private static readonly Observatory.GraphQL.Types.GraphQLSchema Schema = PetSchema.Create();

    [Theory]
    [InlineData("{'s':true,'i':true}", "{'data':{'dog':{'b':3}}}")]
    [InlineData("{'s':false,'i':true}", "{'data':{'dog':{'name':'Rex','b':3}}}")]
    [InlineData("{'s':false,'i':false}", "{'data':{'dog':{'name':'Rex'}}}")]
    public async Task Execute_SkipAndIncludeWithVariables_FilterSelections(string variables, string expected)
    {
        var json = await ExecuteJsonAsync(Schema, """
            query($s: Boolean!, $i: Boolean!) {
              dog { name @skip(if: $s) ... on Dog @include(if: $i) { b: barkVolume } }
            }
            """, Json(variables));

        Assert.Equal(Json(expected), json);
    }

    [Fact]
    public async Task Execute_SkipAndIncludeOnSameField_IncludedOnlyWhenNotSkippedAndIncluded()
    {
        var json = await ExecuteJsonAsync(Schema, "{ dog { a: name @skip(if: false) @include(if: true) b: name @skip(if: true) @include(if: true) c: name @skip(if: false) @include(if: false) } }");

        Assert.Equal(Json("{'data':{'dog':{'a':'Rex'}}}"), json);
    }

    [Fact]
    public async Task Execute_SkippedFragmentSpread_IsNotCollected()
    {
        var json = await ExecuteJsonAsync(Schema, "{ dog { ...F @skip(if: true) nickname } } fragment F on Dog { name }");

        Assert.Equal(Json("{'data':{'dog':{'nickname':'Rexy'}}}"), json);
    }
}
