using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Objects, Interfaces and Input Objects: the fields of a type, across its definition and extensions,
/// have unique names, and an extension adds no field the extended schema's type already has.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            var (typeName, fieldNames) = node switch
            {
                ObjectTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                ObjectTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InterfaceTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InterfaceTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InputObjectTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InputObjectTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                _ => (null, null),
            };
            if (typeName is null || fieldNames is null)
            {
                return VisitAction.Continue;
            }

            if (!_known.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _known[typeName] = known;
            }

            var existing = context.SchemaToExtend?.GetType(typeName);
            var existingHasFields = existing?.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.InputObject;
            foreach (var fieldName in fieldNames)
            {
                var name = fieldName.Value;
                if (existingHasFields && existing!.Members.Contains(name))
                {
                    context.ReportError(
                        $"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.",
                        fieldName);
                }
                else if (known.TryGetValue(name, out var first))
                {
                    context.ReportError($"Field \"{typeName}.{name}\" can only be defined once.", first, fieldName);
                }
                else
                {
                    known[name] = fieldName;
                }
            }

            return VisitAction.Skip;
        }
    }
}
