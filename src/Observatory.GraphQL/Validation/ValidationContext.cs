using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// What every executable rule sees during one validation run: the schema and document, the <see cref="TypeInfo"/>
/// at the current node, its ancestors, error reporting, and lookups shared by all rules (fragments, spreads,
/// variable usages), each computed once.
/// </summary>
public sealed partial class ValidationContext : AstValidationContext
{
    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
        : base(document, onError)
    {
        Schema = schema;
        TypeInfo = typeInfo;
    }

    public GraphQLSchema Schema { get; }

    public TypeInfo TypeInfo { get; }

    public GraphQLType? Type => TypeInfo.Type;

    public NamedType? ParentType => TypeInfo.ParentType;

    public GraphQLType? InputType => TypeInfo.InputType;

    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValueDefinition? Argument => TypeInfo.Argument;

    internal override IEnumerable<string> ExistingTypeNames => Schema.Types.Keys;

    private protected override object ExistingDirectivesKey => Schema;

    internal override bool IsExistingType(string name) => Schema.GetType(name) is not null;

    private protected override IEnumerable<DirectiveSignature> ExistingDirectives() =>
        Schema.Directives.Select(DirectiveSignature.FromDefinition);
}
