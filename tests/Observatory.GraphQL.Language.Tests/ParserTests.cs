using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Tests;

public partial class ParserTests
{
    [Fact]
    public void Parse_KitchenSink_ParsesEveryDefinition()
    {
        var document = Parser.Parse(TestFiles.KitchenSink);

        Assert.Collection(
            document.Definitions,
            d => Assert.Equal(OperationType.Query, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.Equal(OperationType.Mutation, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.Equal(OperationType.Subscription, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.Equal("DepartmentFields", Assert.IsType<FragmentDefinitionNode>(d).Name.Value),
            d => Assert.Null(Assert.IsType<OperationDefinitionNode>(d).Name),
            d => Assert.Null(Assert.IsType<OperationDefinitionNode>(d).Name));
    }

    [Fact]
    public void Parse_KitchenSink_KeepsDescriptionsAndVariables()
    {
        var document = Parser.Parse(TestFiles.KitchenSink);
        var query = (OperationDefinitionNode)document.Definitions[0];

        Assert.Equal("Lists the care job offers of a department.", query.Description?.Value);
        Assert.True(query.Description?.Block);
        Assert.Equal(["department", "first", "sectors", "period"], query.VariableDefinitions.Select(v => v.Variable.Name.Value));
        var department = query.VariableDefinitions[0];
        var nonNull = Assert.IsType<NonNullTypeNode>(department.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Assert.Equal("75", Assert.IsType<StringValueNode>(department.DefaultValue).Value);
        Assert.Equal("the period", query.VariableDefinitions[3].Description?.Value);
        Assert.Equal("tracked", Assert.Single(query.VariableDefinitions[2].Directives).Name.Value);
        Assert.Equal("Reusable department fields.", ((FragmentDefinitionNode)document.Definitions[3]).Description?.Value);
    }

    [Fact]
    public void Parse_KeywordsAsNames_AreFieldsAndAliases()
    {
        var document = Parser.Parse("query query { query: mutation on fragment subscription(on: on) }");
        var operation = (OperationDefinitionNode)Assert.Single(document.Definitions);
        Assert.Equal("query", operation.Name?.Value);
        var fields = operation.SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.Equal(["mutation", "on", "fragment", "subscription"], fields.Select(f => f.Name.Value));
        Assert.Equal("query", fields[0].Alias?.Value);
        Assert.Equal("on", Assert.IsType<EnumValueNode>(Assert.Single(fields[3].Arguments).Value).Value);
    }

    [Fact]
    public void Parse_Spread_DistinguishesSpreadsAndInlineFragments()
    {
        var document = Parser.Parse("{ ...Frag @d ... on T { a } ... @include(if: true) { b } ... { c } }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        Assert.Equal("Frag", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("include", Assert.Single(withDirective.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void Parse_Values_BuildsEveryValueKind()
    {
        var document = Parser.Parse("{ f(a: 1, b: -0.5e1, c: \"s\", d: \"\"\"b\"\"\", e: true, f: false, g: null, h: ENUM, i: [1, [2]], j: {k: $v}, l: \"null\") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var values = field.Arguments.Select(a => a.Value).ToList();

        Assert.Equal("1", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("-0.5e1", Assert.IsType<FloatValueNode>(values[1]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values[2]).Block);
        Assert.True(Assert.IsType<StringValueNode>(values[3]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(values[5]).Value);
        Assert.IsType<NullValueNode>(values[6]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(values[7]).Value);
        Assert.IsType<ListValueNode>(Assert.IsType<ListValueNode>(values[8]).Values[1]);
        var objectField = Assert.Single(Assert.IsType<ObjectValueNode>(values[9]).Fields);
        Assert.Equal("v", Assert.IsType<VariableNode>(objectField.Value).Name.Value);
        Assert.Equal("null", Assert.IsType<StringValueNode>(values[10]).Value);
    }

    [Fact]
    public void Parse_SchemaKitchenSink_ParsesEveryDefinitionKind()
    {
        var document = Parser.Parse(TestFiles.SchemaKitchenSink);
        var kinds = document.Definitions.Select(d => d.Kind).Distinct().ToHashSet();

        foreach (var kind in new[]
        {
            NodeKind.SchemaDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition,
            NodeKind.UnionTypeDefinition, NodeKind.ScalarTypeDefinition, NodeKind.EnumTypeDefinition,
            NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
            NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Fact]
    public void Parse_SchemaKitchenSink_ReadsTypeDetails()
    {
        var document = Parser.Parse(TestFiles.SchemaKitchenSink);
        var department = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        Assert.Equal("A department of the observatory.\n\nWith a multi-line description.", department.Description?.Value);
        Assert.Equal(["Node", "Located"], department.Interfaces.Select(i => i.Name.Value));
        var name = department.Fields[1];
        Assert.Equal("The spelling.", name.Arguments[1].Description?.Value);
        Assert.Equal("OFFICIAL", Assert.IsType<EnumValueNode>(name.Arguments[1].DefaultValue).Value);

        var union = document.Definitions.OfType<UnionTypeDefinitionNode>().First();
        Assert.Equal(["Department", "Offer"], union.Types.Select(t => t.Name.Value));

        var cost = document.Definitions.OfType<DirectiveDefinitionNode>().First();
        Assert.True(cost.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], cost.Locations.Select(l => l.Value));
        var tracked = document.Definitions.OfType<DirectiveDefinitionNode>().Last();
        Assert.False(tracked.Repeatable);
        Assert.Equal(16, tracked.Locations.Count);

        var spelling = document.Definitions.OfType<EnumTypeDefinitionNode>().Single();
        Assert.Equal(["OFFICIAL", "LOCAL", "on"], spelling.Values.Select(v => v.Name.Value));
        Assert.Empty(document.Definitions.OfType<ObjectTypeDefinitionNode>().Single(t => t.Name.Value == "Empty").Fields);
    }

    [Fact]
    public void Parse_DescriptionOnOperation_IsKept()
    {
        var document = Parser.Parse("\"Runs it.\" query Q { a }");
        Assert.Equal("Runs it.", ((OperationDefinitionNode)document.Definitions[0]).Description?.Value);
    }

    [Fact]
    public void ParseValue_Variables_AreAllowed()
    {
        var value = Parser.ParseValue("[123 \"abc\" $var]");
        var list = Assert.IsType<ListValueNode>(value);
        Assert.IsType<VariableNode>(list.Values[2]);
    }

    [Fact]
    public void ParseConstValue_Variable_ThrowsUnexpectedVariable()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("{a: $v}"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void ParseType_NestedListAndNonNull_BuildsTypeTree()
    {
        var type = Parser.ParseType("[[String!]]!");
        var outer = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(type).Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }

    [Fact]
    public void Parse_LegacyFragmentVariables_OnlyWhenAllowed()
    {
        const string text = "fragment F($v: Int = 1) on T { a }";
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        var document = Parser.Parse(text, new ParserOptions { AllowLegacyFragmentVariables = true });
        Assert.Single(((FragmentDefinitionNode)document.Definitions[0]).VariableDefinitions);
    }
}
