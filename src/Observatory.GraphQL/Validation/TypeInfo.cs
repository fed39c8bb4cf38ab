using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// Tracks, during a traversal, the output type, parent composite type, field definition, input type, argument,
/// directive and enum value at the current node (graphql-js <c>TypeInfo</c>). Unknown positions are null.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current value position (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    /// <summary>Whether the current argument or input field position declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The directive being visited.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument definition being visited.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The enum value being visited.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the stacks on entering <paramref name="node"/>.</summary>
    internal void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.UnderlyingType is { IsCompositeType: true } composite ? composite : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? GetFieldDefinition(_schema, parent, field.Name.Value) : null;
                _fieldDefinitionStack.Add(definition);
                _typeStack.Add(definition?.Type is { IsOutputType: true } fieldType ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(OutputTypeOf(inline.TypeCondition));
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(OutputTypeOf(fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(TypeReferences.Resolve(_schema, variable.Type) is { IsInputType: true } variableType ? variableType : null);
                break;
            case ArgumentNode argument:
                IReadOnlyList<InputValueDefinition>? arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
                var argumentDefinition = arguments?.FirstOrDefault(a => string.Equals(a.Name, argument.Name.Value, StringComparison.Ordinal));
                Argument = argumentDefinition;
                _defaultValueStack.Add(argumentDefinition?.HasDefaultValue == true);
                _inputTypeStack.Add(argumentDefinition?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValueDefinition? inputField = null;
                if (InputType?.UnderlyingType is InputObjectType inputObject)
                {
                    inputField = inputObject.Fields.GetValueOrDefault(objectField.Name.Value);
                }

                _defaultValueStack.Add(inputField?.HasDefaultValue == true);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } inputFieldType ? inputFieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.UnderlyingType is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
            default:
                break;
        }
    }

    /// <summary>Restores the stacks on leaving <paramref name="node"/>.</summary>
    internal void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// The field named <paramref name="name"/> on <paramref name="parentType"/>, including the meta-fields:
    /// <c>__schema</c> and <c>__type</c> on the query root only, <c>__typename</c> on every composite type.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(GraphQLSchema schema, NamedType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (name == "__schema")
            {
                return IntrospectionTypes.SchemaMetaField;
            }

            if (name == "__type")
            {
                return IntrospectionTypes.TypeMetaField;
            }
        }

        if (name == "__typename" && parentType.IsCompositeType)
        {
            return IntrospectionTypes.TypeNameMetaField;
        }

        return parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(name) : null;
    }

    private GraphQLType? OutputTypeOf(NamedTypeNode? typeCondition)
    {
        GraphQLType? type = typeCondition is null ? Type?.UnderlyingType : _schema.GetType(typeCondition.Name.Value);
        return type is { IsOutputType: true } ? type : null;
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
