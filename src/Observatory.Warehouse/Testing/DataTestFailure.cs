namespace Observatory.Warehouse.Testing;

/// <summary>A data test that found offending rows (up to five shown as text).</summary>
public sealed record DataTestFailure(string Model, string Test, long OffendingRows, bool Blocking, IReadOnlyList<string> SampleRows)
{
    public override string ToString() =>
        $"{Model}: {Test} — {OffendingRows} ligne(s) en défaut" +
        (SampleRows.Count > 0 ? Environment.NewLine + string.Join(Environment.NewLine, SampleRows.Select(r => "    " + r)) : string.Empty);
}
