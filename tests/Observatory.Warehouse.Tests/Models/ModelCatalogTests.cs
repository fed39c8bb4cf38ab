using Observatory.Warehouse.Models;

namespace Observatory.Warehouse.Tests.Models;

public sealed class ModelCatalogTests : IDisposable
{
    private readonly string _etl = Path.Combine(Path.GetTempPath(), "obs-etl-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_etl))
        {
            Directory.Delete(_etl, recursive: true);
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_etl, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Load_FromAndJoinNames_BecomeDependencies()
    {
        Write("models/staging/s/stg_s__rows.sql", "select 1 as id from raw_s");
        Write("models/staging/s/stg_s__rows.yml", "model: stg_s__rows\ndescription: Rows. One row per id.\ngrain: [id]\n");
        Write("models/marts/fct_rows.sql", "with a as (select * from stg_s__rows) select a.id from a join dim_x on true");
        Write("models/marts/fct_rows.yml", "model: fct_rows\ndescription: Facts. One row per id.\ngrain: [id]\n");
        Write("models/marts/dim_x.sql", "select 1 as x");
        Write("models/marts/dim_x.yml", "model: dim_x\ndescription: X. One row per x.\ngrain: [x]\nmaterialization: table\n");

        var catalog = ModelCatalog.Load(_etl);

        Assert.Equal(["dim_x", "stg_s__rows"], catalog["fct_rows"].DependsOn);
        Assert.Empty(catalog["stg_s__rows"].DependsOn);
        Assert.Equal(ModelMaterialization.Table, catalog["dim_x"].Materialization);
        Assert.Contains(catalog["fct_rows"].Tests, t => t.Kind == ModelTestKind.UniqueGrain);
    }

    [Fact]
    public void Load_ModelWithoutYaml_Throws()
    {
        Write("models/marts/fct_lonely.sql", "select 1");

        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Load(_etl));

        Assert.Contains("fct_lonely", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepositoryModels_EveryModelStatesItsGrainAndLayerPrefix()
    {
        var catalog = ModelCatalog.Load(EtlDirectory.Locate());

        Assert.NotEmpty(catalog.Models);
        foreach (var model in catalog.Models)
        {
            Assert.True(model.Grain.Count > 0, $"{model.Name} has no grain");
            var prefix = model.Layer switch
            {
                "staging" => "stg_",
                "intermediate" => "int_",
                "publication" => "pub_",
                _ => model.Name.StartsWith("dim_", StringComparison.Ordinal) ? "dim_" : "fct_",
            };
            Assert.StartsWith(prefix, model.Name, StringComparison.Ordinal);
        }

        Assert.Equal(catalog.Models.Count, ModelGraph.Order(catalog.Models).Count);
    }
}
