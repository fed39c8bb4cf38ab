namespace Observatory.DuckDb;

public sealed partial class DuckDbStatement
{
    /// <summary>
    /// Binds every parameter of the statement (<c>$name</c>) to the value of that name in
    /// <paramref name="values"/>; names the statement does not use are ignored.
    /// </summary>
    /// <exception cref="InvalidOperationException">A parameter of the statement has no value.</exception>
    public DuckDbStatement BindAll(IReadOnlyDictionary<string, object?>? values)
    {
        for (var index = 1; index <= ParameterCount; index++)
        {
            var name = GetParameterName(index) ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (values is null || !values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"SQL parameter ${name} has no value.");
            }

            Bind(index, value);
        }

        return this;
    }
}
