using System.Globalization;
using System.Text;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>
/// Generates operations from the schema: fields with aliases, arguments with literals of every kind or variables,
/// inline fragments, named fragments, <c>@skip</c>/<c>@include</c> on variables. A strict document is valid (each
/// variable declared with exactly its position's type, required arguments given, response names unique); a sloppy one
/// adds unknown fields, wrong literals, undefined or cyclic fragments and mistyped variables.
/// </summary>
public sealed class RandomDocumentGenerator(GraphQLSchema schema, Random random)
{
    private readonly bool _strict = random.Next(10) < 7;
    private readonly List<(string Name, string Type)> _variables = [];
    private readonly SortedSet<int> _usedFragments = [];
    private int _names;

    public string Generate()
    {
        var kind = random.Next(10);
        var root = kind == 0 ? schema.MutationType! : kind == 1 ? schema.SubscriptionType! : schema.QueryType;
        var keyword = kind == 0 ? "mutation" : kind == 1 ? "subscription" : "query";
        var body = new StringBuilder();
        SelectionSet(body, root, random.Next(1, 6), kind == 1 ? 1 : random.Next(1, 5));

        var fragments = new StringBuilder();
        for (var defined = new HashSet<int>(); _usedFragments.Except(defined).FirstOrDefault(-1) is var next && next >= 0;)
        {
            defined.Add(next);
            if (!_strict && random.Next(4) == 0)
            {
                continue; // undefined fragment
            }

            fragments.Append("\nfragment F").Append(next).Append(" on Dog ");
            SelectionSet(fragments, (ComplexType)schema.GetType("Dog")!, random.Next(1, 4), random.Next(1, 4));
        }

        var text = new StringBuilder(keyword).Append(" Op");
        if (_variables.Count > 0)
        {
            text.Append('(').AppendJoin(", ", _variables.Select(v => $"${v.Name}: {v.Type}")).Append(')');
        }

        return text.Append(' ').Append(body).Append(fragments).ToString();
    }

    private string NewName(string prefix) => prefix + (_names++).ToString(CultureInfo.InvariantCulture);

    private void SelectionSet(StringBuilder text, ComplexType type, int depth, int count)
    {
        text.Append("{ ");
        for (var i = 0; i < count; i++)
        {
            var choice = random.Next(10);
            if (choice == 0 && type.Name is "Dog" or "Pet")
            {
                var id = random.Next(3);
                _usedFragments.Add(id);
                text.Append("...F").Append(id).Append(' ');
            }
            else if (choice == 1 && depth > 0)
            {
                var target = type.Name == "Pet" ? (random.Next(2) == 0 ? "Dog" : "Cat") : type.Name;
                text.Append("... on ").Append(!_strict && random.Next(3) == 0 ? "Human" : target).Append(' ');
                SelectionSet(text, (ComplexType)schema.GetType(target)!, depth - 1, random.Next(1, 3));
            }
            else
            {
                Field(text, type, depth);
            }
        }

        text.Append("} ");
    }

    private void Field(StringBuilder text, ComplexType type, int depth)
    {
        if (!_strict && random.Next(10) == 0)
        {
            text.Append("unknownField ");
            return;
        }

        var fields = type.Fields.Values.ToList();
        var field = fields[random.Next(fields.Count)];
        text.Append(_strict || random.Next(2) == 0 ? NewName("a") : "a" + random.Next(2)).Append(": ").Append(field.Name);
        var arguments = field.Arguments.Where(a => a.IsRequired || random.Next(2) == 0).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments.Select(a => a.Name + ": " + Value(a.Type, 3))).Append(')');
        }

        if (random.Next(6) == 0)
        {
            text.Append(random.Next(2) == 0 ? " @skip(if: " : " @include(if: ").Append(Value(new NonNullType(schema.GetType("Boolean")!), 0)).Append(')');
        }

        if (field.Type.UnderlyingType is ComplexType complex && depth > 0)
        {
            text.Append(' ');
            SelectionSet(text, complex, depth - 1, random.Next(1, 4));
        }
        else if (field.Type.UnderlyingType.IsCompositeType)
        {
            text.Append(" { __typename }");
        }

        text.Append(' ');
    }

    private string Value(GraphQLType type, int depth)
    {
        if (random.Next(4) == 0)
        {
            var name = NewName("v");
            _variables.Add((name, _strict || random.Next(2) == 0 ? type.ToString()! : "String"));
            return "$" + name;
        }

        if (!_strict && random.Next(6) == 0)
        {
            return random.Next(3) switch { 0 => "null", 1 => "SIT", _ => "{a: 1}" };
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Value(nonNull.OfType, depth);
            case ListType list:
                return depth <= 0 ? "[]" : "[" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Value(list.OfType, depth - 1))) + "]";
            case InputObjectType input when input.IsOneOf:
                var one = input.Fields.Values.ElementAt(random.Next(input.Fields.Count));
                return "{" + one.Name + ": " + Value(new NonNullType(one.Type.Nullable), depth - 1) + "}";
            case InputObjectType input:
                var fields = input.Fields.Values.Where(f => f.IsRequired || random.Next(2) == 0).Select(f => f.Name + ": " + Value(f.Type, depth - 1));
                return "{" + string.Join(", ", fields) + "}";
            case EnumType enumType:
                return enumType.Values[random.Next(enumType.Values.Count)].Name;
            default:
                return type.UnderlyingType.Name switch
                {
                    "Int" => random.Next(-10, 1_000).ToString(CultureInfo.InvariantCulture),
                    "Float" => "1.5",
                    "Boolean" => random.Next(2) == 0 ? "true" : "false",
                    _ => "\"2026-11-22\"",
                };
        }
    }
}
