namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// Sorts like V8's <c>Array.prototype.sort</c> for short arrays (a run detection then a binary insertion sort), so
/// comparators that are not a total order (graphql-js's type suggestions) give graphql-js's exact order.
/// </summary>
internal static class JsSort
{
    private const int MinMerge = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        if (items.Count >= MinMerge)
        {
            var sorted = items.Order(Comparer<T>.Create(compare)).ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, runLength, compare);
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count == 1)
        {
            return 1;
        }

        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int start, Comparison<T> compare)
    {
        for (; start < items.Count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
