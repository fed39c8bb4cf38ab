using Observatory.Warehouse.Models;

namespace Observatory.Warehouse.Tests.Models;

public sealed class ModelGraphTests
{
    private static ModelDefinition Model(string name, string layer, params string[] dependsOn) => new()
    {
        Name = name,
        Layer = layer,
        Path = name + ".sql",
        Sql = "select 1",
        Description = "test. One row.",
        Relation = name,
        DependsOn = dependsOn,
    };

    [Fact]
    public void Order_DependenciesDeclaredOutOfOrder_RunsEachModelAfterWhatItReads()
    {
        var models = new[]
        {
            Model("pub_x__y", "publication", "fct_b"),
            Model("fct_b", "marts", "int_a", "stg_s__a"),
            Model("int_a", "intermediate", "stg_s__a"),
            Model("stg_s__a", "staging"),
        };

        var order = ModelGraph.Order(models).Select(m => m.Name).ToList();

        Assert.Equal(["stg_s__a", "int_a", "fct_b", "pub_x__y"], order);
    }

    [Fact]
    public void Order_Cycle_ThrowsNamingTheCycle()
    {
        var models = new[] { Model("int_a", "intermediate", "int_b"), Model("int_b", "intermediate", "int_c"), Model("int_c", "intermediate", "int_a") };

        var ex = Assert.Throws<ModelCatalogException>(() => ModelGraph.Order(models));

        Assert.Contains("int_a → int_b → int_c → int_a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_UnknownDependency_Throws()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelGraph.Order([Model("int_a", "intermediate", "int_missing")]));

        Assert.Contains("int_missing", ex.Message, StringComparison.Ordinal);
    }
}
