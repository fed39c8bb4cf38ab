using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types;

/// <summary>
/// A leaf type. Subclass it for custom scalars. Each method throws
/// <see cref="Errors.GraphQLException"/> with a client-safe message when the value cannot be coerced.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy(url:)</c> of a custom scalar, or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>
    /// Result coercion: turns a non-null resolved value into a JSON-writable value (string, bool, int, long,
    /// double, decimal, or lists and string-keyed dictionaries of those).
    /// </summary>
    public abstract object Serialize(object value);

    /// <summary>
    /// Input coercion of a variable value, given as a <see cref="System.Text.Json.JsonElement"/> or as the CLR
    /// value read from JSON (string, bool, long, double, lists, dictionaries). Never called with null.
    /// </summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable or <c>null</c> literal).</summary>
    public abstract object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>The GraphQL literal of an internal value, used to print default values.</summary>
    public virtual ValueNode ToLiteral(object value) => Utilities.ValueLiterals.FromJsonValue(Serialize(value));
}
