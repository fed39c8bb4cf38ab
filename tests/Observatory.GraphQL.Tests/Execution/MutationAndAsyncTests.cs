using System.Collections.Concurrent;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class MutationAndAsyncTests
{
    [Fact]
    public async Task Execute_MutationRootFields_RunSeriallyInDocumentOrder()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        var overlapped = false;
        async ValueTask<object?> Step(string name, int delay)
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            log.Enqueue("start " + name);
            await Task.Delay(delay);
            log.Enqueue("end " + name);
            Interlocked.Decrement(ref running);
            return name;
        }

        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("x", "Int"))
            .Mutation("Mutation", m => m
                .Field("first", "String", _ => Step("first", 30))
                .Field("second", "String", _ => Step("second", 1))
                .Field("fail", "String", (FieldResolver)(_ => throw new Errors.GraphQLException("nope"))))
            .Build();

        var json = await ExecuteJsonAsync(schema, "mutation { b: second a: first fail c: second }");

        Assert.False(overlapped);
        Assert.Equal(["start second", "end second", "start first", "end first", "start second", "end second"], log.ToArray());
        Assert.Equal(Json("{'errors':[{'message':'nope','locations':[{'line':1,'column':31}],'path':['fail']}],'data':{'b':'second','a':'first','fail':null,'c':'second'}}"), json);
    }

    [Fact]
    public async Task Execute_QuerySiblingFields_StartBeforeAnyCompletes()
    {
        var gate = new TaskCompletionSource();
        var started = 0;
        async ValueTask<object?> Wait()
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                gate.SetResult();
            }

            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return started;
        }

        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("a", "Int", _ => Wait()).Field("b", "Int", _ => Wait()))
            .Build();

        var json = await ExecuteJsonAsync(schema, "{ a b }");

        Assert.Equal(Json("{'data':{'a':2,'b':2}}"), json);
    }

    [Fact]
    public async Task Execute_AsyncResolversAtSeveralLevels_CompleteInOrder()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("items", "[Item!]!", async _ =>
            {
                await Task.Yield();
                return new[] { 3, 1, 2 };
            }))
            .Object("Item", t => t
                .Field("id", "Int!", c => c.Source)
                .Field("slow", "String", async c =>
                {
                    await Task.Delay((int)c.Source! * 10);
                    return $"s{c.Source}";
                }))
            .Build();

        var json = await ExecuteJsonAsync(schema, "{ items { id slow } }");

        Assert.Equal(Json("{'data':{'items':[{'id':3,'slow':'s3'},{'id':1,'slow':'s1'},{'id':2,'slow':'s2'}]}}"), json);
    }

    [Fact]
    public async Task Execute_ResolverReturningTask_IsAwaited()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("n", "Int", _ => Task.FromResult(41 + 1)))
            .Build();

        Assert.Equal(Json("{'data':{'n':42}}"), await ExecuteJsonAsync(schema, "{ n }"));
    }
}
