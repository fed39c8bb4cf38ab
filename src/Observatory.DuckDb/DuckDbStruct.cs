using System.Collections;

namespace Observatory.DuckDb;

/// <summary>A STRUCT value: its fields in declaration order, each a name and a (possibly NULL) value.</summary>
public sealed class DuckDbStruct : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _fields;

    public DuckDbStruct(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        _fields = [.. fields];
    }

    public int Count => _fields.Length;

    public KeyValuePair<string, object?> this[int index] => _fields[index];

    /// <summary>The value of the field named <paramref name="name"/> (exact, case-sensitive match).</summary>
    public object? this[string name]
    {
        get
        {
            foreach (var field in _fields)
            {
                if (string.Equals(field.Key, name, StringComparison.Ordinal))
                {
                    return field.Value;
                }
            }

            throw new KeyNotFoundException($"The struct has no field named '{name}'.");
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => DuckDbValueFormatter.Format(this) ?? "NULL";
}
