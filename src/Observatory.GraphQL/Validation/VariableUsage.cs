using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the expected input type there (null when unknown), whether that
/// position has a default value, and the input type enclosing it (for OneOf checks).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
