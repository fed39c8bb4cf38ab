using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Enums: the values of an enum, across its definition and extensions, have unique names, and an
/// extension adds no value the extended schema's enum already has.
/// </summary>
public sealed class UniqueEnumValueNamesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            var (typeName, values) = node switch
            {
                EnumTypeDefinitionNode definition => (definition.Name.Value, definition.Values),
                EnumTypeExtensionNode extension => (extension.Name.Value, extension.Values),
                _ => (null, null),
            };
            if (typeName is null || values is null)
            {
                return VisitAction.Continue;
            }

            if (!_known.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _known[typeName] = known;
            }

            var existing = context.SchemaToExtend?.GetType(typeName);
            foreach (var value in values)
            {
                var name = value.Name.Value;
                if (existing is { Kind: TypeKind.Enum } && existing.Members.Contains(name))
                {
                    context.ReportError(
                        $"Enum value \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.",
                        value.Name);
                }
                else if (known.TryGetValue(name, out var first))
                {
                    context.ReportError($"Enum value \"{typeName}.{name}\" can only be defined once.", first, value.Name);
                }
                else
                {
                    known[name] = value.Name;
                }
            }

            return VisitAction.Skip;
        }
    }
}
