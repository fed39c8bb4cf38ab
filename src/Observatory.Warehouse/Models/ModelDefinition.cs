namespace Observatory.Warehouse.Models;

/// <summary>
/// One SQL model of <c>etl/models/&lt;layer&gt;/…/&lt;name&gt;.sql</c> with what its YAML declares.
/// </summary>
public sealed record ModelDefinition
{
    /// <summary>Model name = file name without <c>.sql</c> (<c>stg_bmo__projects</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The top folder under <c>models/</c>: <c>staging</c>, <c>intermediate</c>, <c>marts</c> or <c>publication</c>.</summary>
    public required string Layer { get; init; }

    /// <summary>The SQL file path.</summary>
    public required string Path { get; init; }

    /// <summary>The <c>select</c> that defines the model (no trailing semicolon).</summary>
    public required string Sql { get; init; }

    /// <summary>What one row is; ends with the grain sentence.</summary>
    public required string Description { get; init; }

    /// <summary>The columns that identify one row.</summary>
    public IReadOnlyList<string> Grain { get; init; } = [];

    /// <summary>Names of the models this one reads (declared or parsed from <c>from</c>/<c>join</c>).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>For an iterated model, the statement of <c>&lt;model&gt;.step.sql</c> run until it changes no row.</summary>
    public string? StepSql { get; init; }

    public ModelMaterialization Materialization { get; init; } = ModelMaterialization.View;

    /// <summary>The relation created: <c>publish_as</c> (e.g. <c>pub.indicators</c>) or the model name.</summary>
    public required string Relation { get; init; }

    public IReadOnlyList<ModelColumn> Columns { get; init; } = [];

    public IReadOnlyList<ModelTest> Tests { get; init; } = [];
}
