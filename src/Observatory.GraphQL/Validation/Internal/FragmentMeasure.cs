using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// Folds a measure over selection sets with fragments resolved through a memo: each fragment is measured once,
/// and a fragment met again while being measured (a cycle, reported by NoFragmentCycles) counts as zero.
/// </summary>
internal sealed class FragmentMeasure(ValidationContext context, Func<FragmentMeasure, SelectionSetNode, long> measureSet)
{
    private readonly Dictionary<string, long> _memo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public long Measure(SelectionSetNode selectionSet) => measureSet(this, selectionSet);

    public long MeasureFragment(string name)
    {
        if (_memo.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!_inProgress.Add(name) || context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        var value = measureSet(this, fragment.SelectionSet);
        _inProgress.Remove(name);
        _memo[name] = value;
        return value;
    }
}
