using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Fills type shells from their builders, resolving type references by name and recording problems.</summary>
internal sealed class TypeResolution(OrderedDictionary<string, NamedType> types, List<string> problems)
{
    /// <summary>Defaults given as literals (SDL), coerced once every type is filled.</summary>
    public LiteralDefaults LiteralDefaults { get; } = new(problems);

    public void Fill(NamedType type, object definition)
    {
        switch (type, definition)
        {
            case (ObjectType objectType, ObjectTypeBuilder builder):
                objectType.Fields = BuildFields(builder);
                objectType.Interfaces = ResolveInterfaces(builder);
                objectType.IsTypeOf = builder.IsTypeOfPredicate;
                break;
            case (InterfaceType interfaceType, InterfaceTypeBuilder builder):
                interfaceType.Fields = BuildFields(builder);
                interfaceType.Interfaces = ResolveInterfaces(builder);
                interfaceType.ResolveType = builder.TypeResolver;
                break;
            case (UnionType union, UnionTypeBuilder builder):
                union.Types = ResolveMembers(builder);
                union.ResolveType = builder.TypeResolver;
                break;
            case (EnumType enumType, EnumTypeBuilder builder):
                enumType.SetValues(builder.Values
                    .Select(v => new EnumValueDefinition(v.Name, v.Value) { Description = v.Description, DeprecationReason = v.DeprecationReason })
                    .ToList());
                break;
            case (InputObjectType input, InputObjectTypeBuilder builder):
                var fields = new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);
                foreach (var field in BuildInputValues(builder.Fields, builder.Name, arguments: false))
                {
                    if (!fields.TryAdd(field.Name, field))
                    {
                        problems.Add($"Input field \"{builder.Name}.{field.Name}\" can only be defined once.");
                    }
                }

                input.Fields = fields;
                input.IsOneOf = builder.IsOneOf;
                break;
        }
    }

    public DirectiveDefinition BuildDirective(DirectiveBuilder builder) => new(builder.Name)
    {
        Description = builder.DescriptionText,
        IsRepeatable = builder.Repeatable,
        Locations = builder.LocationList.Distinct().ToList(),
        Arguments = BuildInputValues(builder.Arguments, $"@{builder.Name}", arguments: true),
    };

    private OrderedDictionary<string, FieldDefinition> BuildFields(ComplexTypeBuilder builder)
    {
        var fields = new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var fieldBuilder in builder.Fields)
        {
            var coordinate = $"{builder.Name}.{fieldBuilder.Name}";
            var type = Resolve(fieldBuilder.TypeReference, coordinate);
            if (type is null)
            {
                continue;
            }

            var field = new FieldDefinition(fieldBuilder.Name, type)
            {
                Description = fieldBuilder.DescriptionText,
                DeprecationReason = fieldBuilder.DeprecationReason,
                Resolver = fieldBuilder.Resolver,
                Arguments = BuildInputValues(fieldBuilder.Arguments, coordinate, arguments: true),
            };
            if (!fields.TryAdd(field.Name, field))
            {
                problems.Add($"Field \"{coordinate}\" can only be defined once.");
            }
        }

        return fields;
    }

    /// <summary>Arguments of <c>Type.field</c> or <c>@directive</c> (coordinates <c>owner(name:)</c>), or input fields (<c>Type.name</c>).</summary>
    private List<InputValueDefinition> BuildInputValues(List<InputValueBuilder> builders, string owner, bool arguments)
    {
        var values = new List<InputValueDefinition>();
        foreach (var builder in builders)
        {
            var coordinate = arguments ? $"{owner}({builder.Name}:)" : $"{owner}.{builder.Name}";
            var type = Resolve(builder.TypeReference, coordinate);
            if (type is null)
            {
                continue;
            }

            if (arguments && values.Any(existing => existing.Name == builder.Name))
            {
                problems.Add($"Argument \"{coordinate}\" can only be defined once.");
            }

            var value = new InputValueDefinition(builder.Name, type)
            {
                Description = builder.DescriptionText,
                HasDefaultValue = builder.HasDefault,
                DefaultValue = builder.Default,
                DeprecationReason = builder.DeprecationReason,
            };
            if (builder.DefaultLiteralNode is { } literal)
            {
                LiteralDefaults.Add(value, literal, coordinate, arguments);
            }

            values.Add(value);
        }

        return values;
    }

    private List<InterfaceType> ResolveInterfaces(ComplexTypeBuilder builder)
    {
        var result = new List<InterfaceType>();
        foreach (var name in builder.InterfaceNames)
        {
            switch (types.GetValueOrDefault(name))
            {
                case InterfaceType interfaceType:
                    if (result.Contains(interfaceType))
                    {
                        problems.Add($"Type {builder.Name} can only implement {name} once.");
                    }
                    else
                    {
                        result.Add(interfaceType);
                    }

                    break;
                case null:
                    problems.Add($"Unknown type \"{name}\" referenced by \"{builder.Name}\".");
                    break;
                default:
                    problems.Add($"Type {builder.Name} must only implement Interface types, it cannot implement {name}.");
                    break;
            }
        }

        return result;
    }

    private List<ObjectType> ResolveMembers(UnionTypeBuilder builder)
    {
        var result = new List<ObjectType>();
        foreach (var name in builder.MemberNames)
        {
            switch (types.GetValueOrDefault(name))
            {
                case ObjectType objectType:
                    if (result.Contains(objectType))
                    {
                        problems.Add($"Union type {builder.Name} can only include type {name} once.");
                    }
                    else
                    {
                        result.Add(objectType);
                    }

                    break;
                case null:
                    problems.Add($"Unknown type \"{name}\" referenced by \"{builder.Name}\".");
                    break;
                default:
                    problems.Add($"Union type {builder.Name} can only include Object types, it cannot include {name}.");
                    break;
            }
        }

        return result;
    }

    private GraphQLType? Resolve(string reference, string coordinate)
    {
        var parsed = TypeReferenceParser.Parse(reference);
        if (parsed is null)
        {
            problems.Add($"Type reference \"{reference}\" of \"{coordinate}\" is not valid SDL.");
            return null;
        }

        return Resolve(parsed, coordinate);
    }

    private GraphQLType? Resolve(TypeReferenceParser.TypeRef reference, string coordinate)
    {
        switch (reference)
        {
            case TypeReferenceParser.NonNullRef nonNull:
                return Resolve(nonNull.OfType, coordinate) is { } inner ? new NonNullType(inner) : null;
            case TypeReferenceParser.ListRef list:
                return Resolve(list.OfType, coordinate) is { } item ? new ListType(item) : null;
            default:
                var name = ((TypeReferenceParser.NamedRef)reference).Name;
                var found = types.GetValueOrDefault(name) ?? BuiltInScalars.All.FirstOrDefault(s => s.Name == name);
                if (found is null)
                {
                    problems.Add($"Unknown type \"{name}\" referenced by \"{coordinate}\".");
                }

                return found;
        }
    }
}
