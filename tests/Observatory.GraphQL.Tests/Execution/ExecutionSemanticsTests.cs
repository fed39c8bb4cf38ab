using Observatory.GraphQL.Building;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class ExecutionSemanticsTests
{
    [Fact]
    public async Task Execute_SameResponseNameSelectedTwice_ResolvesOnce()
    {
        var calls = 0;
        var schema = new SchemaBuilder()
            .Query(q => q.Field("node", "Node", _ =>
            {
                Interlocked.Increment(ref calls);
                return new Dictionary<string, object?> { ["id"] = "1", ["label"] = "L" };
            }))
            .Object("Node", t => t.Field("id", "ID!").Field("label", "String"))
            .Build();

        var json = await ExecuteJsonAsync(schema, "{ node { id } ... on Query { node { label } } node { id } }");

        Assert.Equal(1, calls);
        Assert.Equal(Json("{'data':{'node':{'id':'1','label':'L'}}}"), json);
    }

    [Fact]
    public async Task Execute_InterfaceImplementingInterface_FragmentsOnBothApply()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("resource", "Resource", _ => new Dictionary<string, object?> { ["__typename"] = "File", ["id"] = "f1", ["url"] = "/f1" }))
            .Interface("Node", t => t.Field("id", "ID!"))
            .Interface("Resource", t => t.Implements("Node").Field("id", "ID!").Field("url", "String"))
            .Object("File", t => t.Implements("Resource", "Node").Field("id", "ID!").Field("url", "String"))
            .Build();

        var json = await ExecuteJsonAsync(schema, "{ resource { ... on Node { id } ... on Resource { url } } }");

        Assert.Equal(Json("{'data':{'resource':{'id':'f1','url':'/f1'}}}"), json);
    }

    [Fact]
    public async Task Execute_TokenCancelledDuringExecution_Throws()
    {
        using var source = new CancellationTokenSource();
        var schema = new SchemaBuilder()
            .Query(q => q.Field("a", "A", _ =>
            {
                source.Cancel();
                return new object();
            }))
            .Object("A", t => t.Field("b", "Int", _ => 1))
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(schema, "{ a { b } }", cancellationToken: source.Token));
    }

    [Fact]
    public async Task Execute_RootDirectiveWithMissingVariable_IsRequestError()
    {
        var schema = new SchemaBuilder().Query(q => q.Field("a", "Int", _ => 1)).Build();

        var result = await ExecuteAsync(schema, "query($s: Boolean) { a @skip(if: $s) }");

        Assert.False(result.HasData);
        Assert.Equal("Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Execute_ServicesAndUserContext_ReachResolvers()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("who", "String", c => $"{c.UserContext}/{c.RootValue}/{c.Path}"))
            .Build();

        var result = await Observatory.GraphQL.Execution.GraphQLExecutor.ExecuteAsync(new Observatory.GraphQL.Execution.ExecutionRequest
        {
            Schema = schema,
            Document = Language.Parser.Parse("{ x: who }"),
            UserContext = "analyst",
            RootValue = "root",
        });

        Assert.Equal("analyst/root/x", result.Data!["x"]);
    }

    [Fact]
    public async Task Execute_TypedResolver_ReceivesParentValue()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("dog", "Dog", _ => Fixtures.PetSchema.Rex))
            .Object("Dog", t => t.Field("shout", "String").Resolve<Fixtures.Dog>(d => d.Name.ToUpperInvariant()))
            .Build();

        Assert.Equal(Json("{'data':{'dog':{'shout':'REX'}}}"), await ExecuteJsonAsync(schema, "{ dog { shout } }"));
    }
}
