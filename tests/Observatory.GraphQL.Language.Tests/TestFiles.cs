namespace Observatory.GraphQL.Language.Tests;

internal static class TestFiles
{
    public static string KitchenSink => Read("KitchenSink.graphql");

    public static string SchemaKitchenSink => Read("SchemaKitchenSink.graphql");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
