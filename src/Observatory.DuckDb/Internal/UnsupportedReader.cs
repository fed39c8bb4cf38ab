namespace Observatory.DuckDb.Internal;

/// <summary>Types the binding does not decode (BIT, TIME WITH TIME ZONE, UNION, BIGNUM…): NULLs read fine, values throw.</summary>
internal sealed class UnsupportedReader(DuckDbLogicalType type) : VectorReader
{
    protected override object ReadValid(ulong row) =>
        throw new NotSupportedException($"Reading DuckDB values of type {type} is not supported; cast the column to VARCHAR in SQL.");
}
