using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Spec 3.6 IsValidImplementation: every interface field present, covariant types, matching arguments.</summary>
internal static partial class SchemaValidator
{
    private static void ValidateInterfaces(ComplexType type, List<string> problems)
    {
        foreach (var interfaceType in type.Interfaces)
        {
            if (ReferenceEquals(interfaceType, type))
            {
                problems.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            foreach (var transitive in interfaceType.Interfaces)
            {
                if (!type.Implements(transitive) && !ReferenceEquals(transitive, type))
                {
                    problems.Add($"Type {type.Name} must implement {transitive.Name} because it is implemented by {interfaceType.Name}.");
                }
            }

            ValidateImplementation(type, interfaceType, problems);
        }
    }

    private static void ValidateImplementation(ComplexType type, InterfaceType interfaceType, List<string> problems)
    {
        foreach (var interfaceField in interfaceType.Fields.Values)
        {
            var name = interfaceField.Name;
            if (!type.Fields.TryGetValue(name, out var field))
            {
                problems.Add($"Interface field {interfaceType.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparison.IsSubType(field.Type, interfaceField.Type))
            {
                problems.Add($"Interface field {interfaceType.Name}.{name} expects type {interfaceField.Type} but {type.Name}.{name} is type {field.Type}.");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    problems.Add($"Interface field argument {interfaceType.Name}.{name}({interfaceArgument.Name}:) expected but {type.Name}.{name} does not provide it.");
                }
                else if (!argument.Type.Equals(interfaceArgument.Type))
                {
                    problems.Add($"Interface field argument {interfaceType.Name}.{name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{name}({argument.Name}:) is type {argument.Type}.");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                {
                    problems.Add($"Object field {type.Name}.{name} includes required argument {argument.Name} that is missing from the Interface field {interfaceType.Name}.{name}.");
                }
            }
        }
    }
}
