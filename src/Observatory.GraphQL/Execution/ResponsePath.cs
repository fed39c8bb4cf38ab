namespace Observatory.GraphQL.Execution;

/// <summary>An immutable linked response path: each segment is a response key (string) or a list index (int).</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A string response key or an int list index.</summary>
    public object Key { get; }

    public static ResponsePath Root(string key) => new(null, key);

    public ResponsePath Append(string key) => new(this, key);

    public ResponsePath Append(int index) => new(this, index);

    /// <summary>The segments from the root.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new List<object>();
        for (var current = this; current is not null; current = current.Previous)
        {
            segments.Add(current.Key);
        }

        segments.Reverse();
        return segments;
    }

    public override string ToString() => string.Join(".", ToList());
}
