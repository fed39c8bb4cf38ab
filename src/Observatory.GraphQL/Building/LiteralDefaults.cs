using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Default values written as GraphQL literals (SDL), coerced to internal values once every type is filled: an enum or
/// input object default needs its type's values and fields.
/// </summary>
internal sealed class LiteralDefaults(List<string> problems)
{
    private readonly List<(InputValueDefinition Definition, ValueNode Literal, string Coordinate, bool IsArgument)> _pending = [];

    public void Add(InputValueDefinition definition, ValueNode literal, string coordinate, bool isArgument) =>
        _pending.Add((definition, literal, coordinate, isArgument));

    /// <summary>Coerces every pending default; input fields go first, since an object default takes their defaults.</summary>
    public void CoerceAll()
    {
        foreach (var (definition, literal, coordinate, _) in _pending.OrderBy(pending => pending.IsArgument))
        {
            if (ValueCoercion.TryValueFromAst(literal, definition.Type, null, out var value))
            {
                definition.DefaultValue = value;
            }
            else
            {
                problems.Add($"{coordinate} has invalid default value: {ValuePrinter.Print(literal)}.");
            }
        }

        _pending.Clear();
    }
}
