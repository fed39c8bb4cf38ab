using Observatory.GraphQL.Types.Scalars;

namespace Observatory.GraphQL.Types;

/// <summary>The five specified scalars, shared by every schema.</summary>
public static class BuiltInScalars
{
    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static StringType String { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True for the name of a specified scalar.</summary>
    public static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
