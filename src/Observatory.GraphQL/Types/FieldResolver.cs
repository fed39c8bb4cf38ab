using Observatory.GraphQL.Execution;

namespace Observatory.GraphQL.Types;

/// <summary>Resolves one field value. Synchronous resolvers return a completed <see cref="ValueTask{TResult}"/>.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Names the object type of a value returned for an interface or union field, or returns null to fall back.</summary>
public delegate string? TypeResolver(object value, ResolveContext context);
