using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Shared configuration of object and interface types: description, interfaces, fields.</summary>
public abstract class ComplexTypeBuilder
{
    private protected ComplexTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; set; }

    internal List<string> InterfaceNames { get; } = [];

    internal List<FieldBuilder> Fields { get; } = [];

    /// <summary>Adds a field; a null resolver means the default resolver (dictionary key or property of the source).</summary>
    public FieldBuilder Field(string name, string type, FieldResolver? resolve = null)
    {
        var field = new FieldBuilder(this, name, type);
        if (resolve is not null)
        {
            field.Resolve(resolve);
        }

        Fields.Add(field);
        return field;
    }

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public FieldBuilder Field(string name, string type, Func<ResolveContext, object?> resolve)
    {
        var field = new FieldBuilder(this, name, type);
        field.Resolve(resolve);
        Fields.Add(field);
        return field;
    }
}
