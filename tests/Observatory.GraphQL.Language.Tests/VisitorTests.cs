using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Language.Tests;

public class VisitorTests
{
    [Fact]
    public void Visit_Document_EntersAndLeavesInDocumentOrder()
    {
        var document = Parser.Parse("{ a(x: 1) @d b }");
        var events = new List<string>();
        Visitor.Visit(
            document,
            node =>
            {
                events.Add("enter " + Describe(node));
                return VisitAction.Continue;
            },
            node =>
            {
                events.Add("leave " + Describe(node));
                return VisitAction.Continue;
            });

        string[] expected =
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
            "enter Name a", "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue",
            "leave IntValue", "leave Argument", "enter Directive", "enter Name d", "leave Name d", "leave Directive",
            "leave Field", "enter Field", "enter Name b", "leave Name b", "leave Field", "leave SelectionSet",
            "leave OperationDefinition", "leave Document",
        ];
        Assert.Equal(expected, events);
    }

    [Fact]
    public void Visit_SkipOnEnter_SkipsChildrenAndLeave()
    {
        var document = Parser.Parse("{ a { b } c }");
        var names = new List<string>();
        var left = new List<string>();
        Visitor.Visit(
            document,
            node =>
            {
                if (node is NameNode name)
                {
                    names.Add(name.Value);
                }

                return node is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue;
            },
            node =>
            {
                if (node is FieldNode field)
                {
                    left.Add(field.Name.Value);
                }

                return VisitAction.Continue;
            });

        Assert.Equal(["c"], names);
        Assert.Equal(["c"], left);
    }

    [Fact]
    public void Visit_Break_StopsTraversal()
    {
        var document = Parser.Parse("{ a b c }");
        var names = new List<string>();
        var completed = Visitor.Visit(document, node =>
        {
            if (node is NameNode name)
            {
                names.Add(name.Value);
                return name.Value == "b" ? VisitAction.Break : VisitAction.Continue;
            }

            return VisitAction.Continue;
        });

        Assert.False(completed);
        Assert.Equal(["a", "b"], names);
    }

    [Fact]
    public void ParallelVisitor_SkipInOneVisitor_DoesNotAffectOthers()
    {
        var document = Parser.Parse("{ a { b } c }");
        var skipper = new FieldRecorder(skip: "a");
        var full = new FieldRecorder(skip: null);

        Visitor.Visit(document, new ParallelVisitor(skipper, full));

        Assert.Equal(["a", "c"], skipper.Entered);
        Assert.Equal(["c"], skipper.Left);
        Assert.Equal(["a", "b", "c"], full.Entered);
        Assert.Equal(["b", "a", "c"], full.Left);
    }

    [Fact]
    public void Children_Field_ListsChildrenInOrder()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ x: a(k: 1) @d { b } }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(
            [NodeKind.Name, NodeKind.Name, NodeKind.Argument, NodeKind.Directive, NodeKind.SelectionSet],
            Visitor.Children(field).Select(c => c.Kind));
    }

    private static string Describe(Node node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();

    private sealed class FieldRecorder(string? skip) : AstVisitor
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        public override VisitAction Enter(Node node)
        {
            if (node is not FieldNode field)
            {
                return VisitAction.Continue;
            }

            Entered.Add(field.Name.Value);
            return field.Name.Value == skip ? VisitAction.Skip : VisitAction.Continue;
        }

        public override VisitAction Leave(Node node)
        {
            if (node is FieldNode field)
            {
                Left.Add(field.Name.Value);
            }

            return VisitAction.Continue;
        }
    }
}
