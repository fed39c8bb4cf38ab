using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// The spec's FieldsInSetCanMerge and SameResponseShape (5.3.2), with graphql-js's memoisation: collected fields
/// per (type, selection set), fragment pairs compared once, field-pair reasons cached, and a work budget, so
/// fragments are never expanded and cycles terminate.
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext context)
{
    private const int MaxComplexityBudget = 500_000;

    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = new(new ReferencePairComparer());
    private readonly Dictionary<ValueNode, string> _stringified = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;

    /// <summary>Every conflict inside one selection set: among its fields, and between its fields and fragments.</summary>
    public List<FieldConflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Grouped);
        var names = collected.FragmentNames;
        if (names.Count != 0 && (collected.Grouped.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool areMutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.Grouped.Count == 0)
        {
            return;
        }

        fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames.ToList())
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool areMutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2 || _comparedFragmentPairs.Has(name1, name2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(name1, name2, areMutuallyExclusive);
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames.ToList())
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames.ToList())
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, name2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames.ToList())
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, name2);
        }

        foreach (var name1 in fields1.FragmentNames.ToList())
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, name1);
        }

        foreach (var name1 in fields1.FragmentNames.ToList())
        {
            foreach (var name2 in fields2.FragmentNames.ToList())
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, OrderedDictionary<string, List<FieldDetails>> grouped)
    {
        foreach (var (responseName, fields) in grouped)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool parentsAreMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0)
        {
            return;
        }

        foreach (var (responseName, list1, list2) in OverlappingFields(fields1, fields2))
        {
            foreach (var field1 in list1)
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(parentsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectedFields fields1, CollectedFields fields2)
    {
        fields1.Overlapping ??= new(ReferenceEqualityComparer.Instance);
        if (fields1.Overlapping.TryGetValue(fields2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, list1) in fields1.Grouped)
        {
            Spend(1);
            if (fields2.Grouped.TryGetValue(responseName, out var list2))
            {
                overlapping.Add((responseName, list1, list2));
            }
        }

        fields1.Overlapping[fields2] = overlapping;
        return overlapping;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException("Field merging budget exhausted.") { BudgetExhausted = true };
        }
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(obj.Item1 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
