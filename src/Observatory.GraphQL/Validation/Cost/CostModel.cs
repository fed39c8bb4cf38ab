namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// How operations are priced (IBM cost-spec flavoured). A field costs its weight: a declared
/// <see cref="FieldCost.Weight"/>, else <see cref="CompositeFieldWeight"/> for fields of object, interface or union
/// type and <see cref="ScalarFieldWeight"/> for leaves. A list field adds, per estimated item, one object (when its
/// items are composite) plus the cost of its sub-selection. The item count is the value of a slicing argument (the
/// field's declared ones, else <see cref="DefaultSlicingArguments"/>), else the declared assumed size, else
/// <see cref="DefaultListSize"/>. Introspection fields cost <see cref="IntrospectionFieldWeight"/> and are not
/// descended (MaxIntrospectionDepthRule bounds them).
/// </summary>
public sealed record CostModel
{
    /// <summary>The model with the defaults and no declared field costs.</summary>
    public static CostModel Default { get; } = new();

    private readonly Dictionary<string, FieldCost> _fields = new(StringComparer.Ordinal);

    /// <summary>Weight of a field whose type is an object, interface or union (default 1).</summary>
    public int CompositeFieldWeight { get; init; } = 1;

    /// <summary>Weight of a field whose type is a scalar or enum (default 0, as in the IBM spec).</summary>
    public int ScalarFieldWeight { get; init; }

    /// <summary>Weight of <c>__schema</c> and <c>__type</c> (default 1); <c>__typename</c> is free.</summary>
    public int IntrospectionFieldWeight { get; init; } = 1;

    /// <summary>Item count assumed for a list field without slicing argument nor declared size (default 10).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Argument names read as slicing arguments on list fields without a declaration.</summary>
    public IReadOnlyList<string> DefaultSlicingArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>The declared field costs, keyed by schema coordinate (<c>Type.field</c>).</summary>
    public IReadOnlyDictionary<string, FieldCost> Fields => _fields;

    /// <summary>A copy of this model with <paramref name="cost"/> declared for <paramref name="coordinate"/> (<c>Type.field</c>).</summary>
    public CostModel WithField(string coordinate, FieldCost cost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinate);
        ArgumentNullException.ThrowIfNull(cost);
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1)
        {
            throw new ArgumentException($"'{coordinate}' is not a field coordinate (Type.field).", nameof(coordinate));
        }

        var copy = this with { };
        copy._fields[coordinate] = cost;
        return copy;
    }

    /// <summary>A copy of this model with a weight and list sizing declared for <paramref name="coordinate"/>.</summary>
    public CostModel WithField(string coordinate, int? weight = null, IReadOnlyList<string>? slicingArguments = null, int? assumedSize = null) =>
        WithField(coordinate, new FieldCost { Weight = weight, SlicingArguments = slicingArguments ?? [], AssumedSize = assumedSize });

    private CostModel(CostModel original)
    {
        CompositeFieldWeight = original.CompositeFieldWeight;
        ScalarFieldWeight = original.ScalarFieldWeight;
        IntrospectionFieldWeight = original.IntrospectionFieldWeight;
        DefaultListSize = original.DefaultListSize;
        DefaultSlicingArguments = original.DefaultSlicingArguments;
        _fields = new Dictionary<string, FieldCost>(original._fields, StringComparer.Ordinal);
    }

    /// <summary>Creates a model with the defaults.</summary>
    public CostModel()
    {
    }
}
