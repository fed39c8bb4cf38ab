using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Type-system validation (spec Section 3, graphql-js <c>validateSchema</c>): names, fields, interface
/// implementations, unions, enums, input objects (OneOf, non-null cycles) and directive definitions.
/// </summary>
internal static partial class SchemaValidator
{
    public static List<string> Validate(IEnumerable<NamedType> userTypes, IReadOnlyList<DirectiveDefinition> directives)
    {
        var problems = new List<string>();
        foreach (var directive in directives.Where(d => !d.IsBuiltIn))
        {
            ValidateDirective(directive, problems);
        }

        foreach (var type in userTypes)
        {
            ValidateName(type.Name, problems);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields((ComplexType)type, problems);
                    ValidateInterfaces((ComplexType)type, problems);
                    break;
                case UnionType union when union.Types.Count == 0:
                    problems.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, problems);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, problems);
                    break;
            }
        }

        var checkedInputs = new HashSet<InputObjectType>();
        foreach (var input in userTypes.OfType<InputObjectType>())
        {
            FindNonNullCycles(input, checkedInputs, problems);
        }

        return problems;
    }

    private static void ValidateName(string name, List<string> problems)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            problems.Add($"Names must start with [_a-zA-Z] but \"{name}\" does not.");
        }
        else if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            problems.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static void ValidateDirective(DirectiveDefinition directive, List<string> problems)
    {
        ValidateName(directive.Name, problems);
        if (directive.Locations.Count == 0)
        {
            problems.Add($"Directive @{directive.Name} must include 1 or more locations.");
        }

        foreach (var argument in directive.Arguments)
        {
            ValidateArgument(argument, $"@{directive.Name}({argument.Name}:)", problems);
        }
    }

    private static void ValidateArgument(InputValueDefinition argument, string coordinate, List<string> problems)
    {
        ValidateName(argument.Name, problems);
        if (!argument.Type.IsInputType)
        {
            problems.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.");
        }

        if (argument.IsRequired && argument.IsDeprecated)
        {
            problems.Add($"Required argument {coordinate} cannot be deprecated.");
        }

        ValidateDefaultValue(argument, coordinate, problems);
    }

    /// <summary>A default must be printable as a literal of its type (introspection and SDL print it).</summary>
    private static void ValidateDefaultValue(InputValueDefinition value, string coordinate, List<string> problems)
    {
        if (!value.HasDefaultValue || !value.Type.IsInputType)
        {
            return;
        }

        if (value.DefaultValue is null && value.Type.IsNonNull)
        {
            problems.Add($"Default value of {coordinate} cannot be null for type {value.Type}.");
            return;
        }

        try
        {
            ValueLiterals.FromValue(value.DefaultValue, value.Type);
        }
        catch (GraphQLException exception)
        {
            problems.Add($"Default value of {coordinate} is invalid: {exception.Message}");
        }
    }

    private static void ValidateFields(ComplexType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, problems);
            if (!field.Type.IsOutputType)
            {
                problems.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(argument, $"{type.Name}.{field.Name}({argument.Name}:)", problems);
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> problems)
    {
        if (enumType.Values.Count == 0)
        {
            problems.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, problems);
            if (value.Name is "true" or "false" or "null")
            {
                problems.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }

            if (!seen.Add(value.Name))
            {
                problems.Add($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.");
            }
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> problems)
    {
        if (input.Fields.Count == 0)
        {
            problems.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, problems);
            if (!field.Type.IsInputType)
            {
                problems.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                problems.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            ValidateDefaultValue(field, $"{input.Name}.{field.Name}", problems);

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    problems.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    problems.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    /// <summary>Spec 3.10.1: an input object cannot reach itself through non-null singular fields only.</summary>
    private static void FindNonNullCycles(InputObjectType start, HashSet<InputObjectType> checkedInputs, List<string> problems)
    {
        if (!checkedInputs.Add(start))
        {
            return;
        }

        var path = new List<string>();
        var onPath = new Dictionary<InputObjectType, int> { [start] = 0 };
        Visit(start);

        void Visit(InputObjectType current)
        {
            foreach (var field in current.Fields.Values)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType target })
                {
                    continue;
                }

                path.Add(field.Name);
                if (onPath.TryGetValue(target, out var index))
                {
                    problems.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", path.Skip(index))}\".");
                }
                else if (checkedInputs.Add(target))
                {
                    onPath[target] = path.Count;
                    Visit(target);
                    onPath.Remove(target);
                }

                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
