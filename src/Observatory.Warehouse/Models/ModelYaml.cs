namespace Observatory.Warehouse.Models;

/// <summary>The shape of a model's <c>.yml</c> file, as YamlDotNet reads it.</summary>
internal sealed class ModelYaml
{
    public string? Model { get; set; }

    public string? Description { get; set; }

    public List<string>? Grain { get; set; }

    public string? Materialization { get; set; }

    public List<string>? DependsOn { get; set; }

    public string? PublishAs { get; set; }

    public List<ModelColumnYaml>? Columns { get; set; }

    public List<Dictionary<string, object>>? Tests { get; set; }
}

/// <summary>A <c>columns:</c> entry.</summary>
internal sealed class ModelColumnYaml
{
    public string? Name { get; set; }

    public string? Description { get; set; }
}
