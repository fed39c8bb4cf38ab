using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed record Book(int Id, int AuthorId);

    private sealed record Author(int Id, string Name, int PublisherId);

    private static GraphQLSchema CreateSchema(List<IReadOnlyList<int>> authorBatches, List<IReadOnlyList<int>> publisherBatches, bool asyncBatch) =>
        new SchemaBuilder()
            .Query("Query", q => q.Field("books", "[Book!]!", _ => Enumerable.Range(1, 5).Select(i => new Book(i, i % 3)).ToList()))
            .Object("Book", t => t
                .Field("id", "Int!")
                .Field("author", "Author", async c =>
                {
                    var loader = c.DataLoader<int, Author>("authors", async (ids, ct) =>
                    {
                        lock (authorBatches)
                        {
                            authorBatches.Add(ids);
                        }

                        if (asyncBatch)
                        {
                            await Task.Delay(5, ct);
                        }

                        return ids.ToDictionary(id => id, id => new Author(id, $"A{id}", id % 2));
                    });
                    return await loader.LoadAsync(c.Parent<Book>().AuthorId);
                }))
            .Object("Author", t => t
                .Field("name", "String!")
                .Field("publisher", "String", async c =>
                {
                    var loader = c.DataLoader<int, string>("publishers", (ids, _) =>
                    {
                        lock (publisherBatches)
                        {
                            publisherBatches.Add(ids);
                        }

                        return Task.FromResult<IReadOnlyDictionary<int, string>>(ids.ToDictionary(id => id, id => $"P{id}"));
                    });
                    return await loader.LoadAsync(c.Parent<Author>().PublisherId);
                }))
            .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Execute_ListItemsLoadingChildren_CallBatchOncePerLevel(bool asyncBatch)
    {
        var authorBatches = new List<IReadOnlyList<int>>();
        var publisherBatches = new List<IReadOnlyList<int>>();
        var schema = CreateSchema(authorBatches, publisherBatches, asyncBatch);

        var json = await ExecuteJsonAsync(schema, "{ books { id author { name publisher } } }");

        Assert.True(authorBatches.Count == 1, string.Join(" | ", authorBatches.Select(b => string.Join(",", b))));
        var batch = authorBatches[0];
        Assert.Equal([1, 2, 0], batch);
        Assert.Equal([0, 1], Assert.Single(publisherBatches).Order());
        Assert.Equal(
            Json("{'data':{'books':[{'id':1,'author':{'name':'A1','publisher':'P1'}},{'id':2,'author':{'name':'A2','publisher':'P0'}},{'id':3,'author':{'name':'A0','publisher':'P0'}},{'id':4,'author':{'name':'A1','publisher':'P1'}},{'id':5,'author':{'name':'A2','publisher':'P0'}}]}}"),
            json);
    }

    [Fact]
    public async Task LoadAsync_OutsideExecutorScope_StillDispatches()
    {
        var calls = 0;
        var loader = new Observatory.GraphQL.Execution.DataLoader<string, int>((keys, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        });

        var values = await loader.LoadManyAsync(["a", "bbb", "a"]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 3, 1], values);
        Assert.Equal(1, calls);
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task LoadAsync_BatchThrows_FailsEveryWaitingLoad()
    {
        var loader = new Observatory.GraphQL.Execution.DataLoader<int, int>((_, _) => throw new InvalidOperationException("db down"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("db down", exception.Message);
    }
}
