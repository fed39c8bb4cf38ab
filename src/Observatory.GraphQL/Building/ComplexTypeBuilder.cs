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

    /// <summary>
    /// The field named <paramref name="name"/>, defined already (by SDL or an earlier call), to attach a resolver to:
    /// <c>q.Field("dog").Resolve(ctx =&gt; …)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The type has no such field.</exception>
    public FieldBuilder Field(string name) =>
        Fields.Find(field => string.Equals(field.Name, name, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Type \"{Name}\" has no field \"{name}\" to configure.");

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public FieldBuilder Field(string name, string type, Func<ResolveContext, object?> resolve)
    {
        var field = new FieldBuilder(this, name, type);
        field.Resolve(resolve);
        Fields.Add(field);
        return field;
    }
}
