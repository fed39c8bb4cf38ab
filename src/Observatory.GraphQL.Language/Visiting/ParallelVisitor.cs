using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Visiting;

/// <summary>
/// Runs several visitors in one traversal (graphql-js <c>visitInParallel</c>): a visitor that skips a node is
/// paused until that node is left; one that breaks is stopped while the others go on.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private readonly AstVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private readonly bool[] _stopped;
    private int _running;

    public ParallelVisitor(params IReadOnlyList<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new Node?[_visitors.Length];
        _stopped = new bool[_visitors.Length];
        _running = _visitors.Length;
    }

    public override VisitAction Enter(Node node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_stopped[i] || _skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    Stop(i);
                    break;
                default:
                    break;
            }
        }

        return _running == 0 ? VisitAction.Break : VisitAction.Continue;
    }

    public override VisitAction Leave(Node node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_stopped[i])
            {
                continue;
            }

            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node) == VisitAction.Break)
                {
                    Stop(i);
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        return _running == 0 ? VisitAction.Break : VisitAction.Continue;
    }

    private void Stop(int index)
    {
        _stopped[index] = true;
        _running--;
    }
}
