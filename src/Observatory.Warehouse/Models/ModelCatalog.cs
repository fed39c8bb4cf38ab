using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Observatory.Warehouse.Models;

/// <summary>
/// The SQL models of <c>etl/models/**/&lt;model&gt;.sql</c>, each with its <c>&lt;model&gt;.yml</c>
/// (description ending with the grain, <c>grain:</c>, optional <c>depends_on</c>,
/// <c>materialization</c>, <c>publish_as</c>, <c>columns</c>, <c>tests</c>), and the cross-model
/// assertions of <c>etl/tests/assert_*.sql</c>. Dependencies are the declared ones plus every
/// model named after a <c>from</c> or <c>join</c>.
/// </summary>
public sealed partial class ModelCatalog
{
    /// <summary>The file beside an iterated model holding the statement repeated until it changes nothing.</summary>
    public const string StepSuffix = ".step.sql";

    public static readonly IReadOnlyList<string> Layers = ["staging", "intermediate", "marts", "publication"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private ModelCatalog(IReadOnlyList<ModelDefinition> models, IReadOnlyList<ModelTest> assertions)
    {
        Models = models;
        Assertions = assertions;
    }

    /// <summary>Every model, in file order (use <see cref="ModelGraph.Order"/> for execution order).</summary>
    public IReadOnlyList<ModelDefinition> Models { get; }

    /// <summary>The <c>etl/tests/assert_*.sql</c> checks, run after every model.</summary>
    public IReadOnlyList<ModelTest> Assertions { get; }

    public ModelDefinition this[string name] => Models.First(m => m.Name == name);

    public static ModelCatalog Load(string etlDirectory)
    {
        var modelsRoot = Path.Combine(etlDirectory, "models");
        if (!Directory.Exists(modelsRoot))
        {
            throw new ModelCatalogException($"No models directory at {modelsRoot}.");
        }

        var files = Directory.EnumerateFiles(modelsRoot, "*.sql", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(StepSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parsed = files.Select(f => Read(modelsRoot, f)).ToList();
        var duplicate = parsed.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModelCatalogException($"Model '{duplicate.Key}' is defined twice.");
        }

        var byRelation = parsed.ToDictionary(m => m.Relation, m => m.Name, StringComparer.Ordinal);
        foreach (var model in parsed)
        {
            byRelation.TryAdd(model.Name, model.Name);
        }

        var models = parsed.Select(m => m with { DependsOn = Dependencies(m, byRelation) }).ToList();
        var assertions = LoadAssertions(Path.Combine(etlDirectory, "tests"));
        return new ModelCatalog(models, assertions);
    }

    private static ModelDefinition Read(string modelsRoot, string sqlFile)
    {
        var name = Path.GetFileNameWithoutExtension(sqlFile);
        var relative = Path.GetRelativePath(modelsRoot, sqlFile).Replace(Path.DirectorySeparatorChar, '/');
        var layer = relative.Split('/')[0];
        if (!Layers.Contains(layer))
        {
            throw new ModelCatalogException($"{relative}: models live under {string.Join(", ", Layers)}.");
        }

        var ymlFile = Path.ChangeExtension(sqlFile, ".yml");
        if (!File.Exists(ymlFile))
        {
            throw new ModelCatalogException($"{relative}: the model has no {Path.GetFileName(ymlFile)} stating its grain.");
        }

        ModelYaml yaml;
        try
        {
            yaml = Yaml.Deserialize<ModelYaml>(File.ReadAllText(ymlFile)) ?? new ModelYaml();
        }
        catch (YamlException ex)
        {
            throw new ModelCatalogException($"{Path.GetFileName(ymlFile)}: {ex.Message}", ex);
        }

        if (yaml.Model != name)
        {
            throw new ModelCatalogException($"{Path.GetFileName(ymlFile)}: 'model: {yaml.Model}' should be '{name}'.");
        }

        if (string.IsNullOrWhiteSpace(yaml.Description))
        {
            throw new ModelCatalogException($"{Path.GetFileName(ymlFile)}: a description ending with the grain is required.");
        }

        var materialization = yaml.Materialization switch
        {
            null or "view" => ModelMaterialization.View,
            "table" => ModelMaterialization.Table,
            "iterated" => ModelMaterialization.Iterated,
            var other => throw new ModelCatalogException($"{Path.GetFileName(ymlFile)}: unknown materialization '{other}'."),
        };
        var stepFile = Path.ChangeExtension(sqlFile, null) + StepSuffix;
        string? step = null;
        if (materialization == ModelMaterialization.Iterated)
        {
            step = File.Exists(stepFile)
                ? File.ReadAllText(stepFile).Trim().TrimEnd(';')
                : throw new ModelCatalogException($"{relative}: an iterated model needs its {Path.GetFileName(stepFile)}.");
        }
        else if (File.Exists(stepFile))
        {
            throw new ModelCatalogException($"{relative}: {Path.GetFileName(stepFile)} is only read for 'materialization: iterated'.");
        }

        var relation = yaml.PublishAs ?? name;
        var grain = yaml.Grain ?? [];
        return new ModelDefinition
        {
            Name = name,
            Layer = layer,
            Path = sqlFile,
            Sql = File.ReadAllText(sqlFile).Trim().TrimEnd(';'),
            Description = yaml.Description.Trim(),
            Grain = grain,
            DependsOn = yaml.DependsOn ?? [],
            Materialization = materialization,
            StepSql = step,
            Relation = relation,
            Columns = [.. (yaml.Columns ?? []).Select(c => new ModelColumn(c.Name ?? string.Empty, (c.Description ?? string.Empty).Trim()))],
            Tests = ModelTestFactory.Create(relation, grain, yaml.Tests ?? [], Path.GetFileName(ymlFile)),
        };
    }

    private static List<string> Dependencies(ModelDefinition model, Dictionary<string, string> byRelation)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var declared in model.DependsOn)
        {
            found.Add(byRelation.TryGetValue(declared, out var n)
                ? n
                : throw new ModelCatalogException($"{model.Name}: depends_on names unknown model '{declared}'."));
        }

        foreach (Match match in FromOrJoin().Matches(StripComments(model.Sql)))
        {
            if (byRelation.TryGetValue(match.Groups["name"].Value, out var n) && n != model.Name)
            {
                found.Add(n);
            }
        }

        return [.. found];
    }

    private static List<ModelTest> LoadAssertions(string testsDirectory) => !Directory.Exists(testsDirectory)
        ? []
        : [.. Directory.EnumerateFiles(testsDirectory, "assert_*.sql")
            .Order(StringComparer.Ordinal)
            .Select(f => new ModelTest(Path.GetFileNameWithoutExtension(f), ModelTestKind.Assertion, File.ReadAllText(f).Trim().TrimEnd(';')))];

    internal static string StripComments(string sql) => LineComment().Replace(sql, string.Empty);

    [GeneratedRegex(@"\b(?:from|join)\s+(?<name>[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromOrJoin();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();
}
