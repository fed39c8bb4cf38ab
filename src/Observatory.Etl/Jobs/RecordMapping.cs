using System.Globalization;
using Observatory.Etl.Contracts;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// How the cells of one header layout fill the canonical columns: plain bindings, constants,
/// derived vintage, and, for wide files, one group of cells per captured year (unpivot).
/// </summary>
internal sealed class RecordMapping
{
    private readonly ColumnLayout _layout;
    private readonly List<(int Cell, int Column, string Header)> _plain = [];
    private readonly SortedDictionary<int, List<(int Cell, int Column, string Header)>> _byYear = [];
    private readonly List<(int Column, string Text)> _constants = [];
    private readonly int _unpivotColumn = -1;
    private readonly bool[] _mapped;

    public RecordMapping(ColumnLayout layout, ContractVariant variant, IReadOnlyList<HeaderBinding> bindings, int? vintage)
    {
        _layout = layout;
        foreach (var b in bindings)
        {
            var entry = (b.Index, layout.IndexOf(b.Column), b.Header);
            if (b.Year is { } year)
            {
                if (!_byYear.TryGetValue(year, out var list))
                {
                    list = [];
                    _byYear[year] = list;
                }

                list.Add(entry);
            }
            else
            {
                _plain.Add(entry);
            }
        }

        var mapped = new HashSet<string>(bindings.Select(b => b.Column), StringComparer.Ordinal);
        _mapped = [.. layout.Columns.Select(c => mapped.Contains(c.Name) || variant.Constants.ContainsKey(c.Name) || c.Derive != ColumnDerivation.None)];
        foreach (var (column, text) in variant.Constants)
        {
            _constants.Add((layout.IndexOf(column), text));
        }

        for (var i = 0; i < layout.Count; i++)
        {
            var column = layout.Columns[i];
            if (mapped.Contains(column.Name))
            {
                continue;
            }

            if (column.Derive == ColumnDerivation.Vintage && vintage is { } v)
            {
                _constants.Add((i, v.ToString(CultureInfo.InvariantCulture)));
            }
            else if (column.Derive == ColumnDerivation.UnpivotKey)
            {
                _unpivotColumn = i;
            }
        }
    }

    /// <summary>True when one raw row yields one record per captured year (wide file, unpivoted).</summary>
    public bool IsWide => _byYear.Count > 0 && _unpivotColumn >= 0;

    /// <summary>Per canonical column: the index of the cell it is read from, or -1 (constant, derived or unmapped).</summary>
    public int[] CellIndexes()
    {
        var cells = new int[_layout.Count];
        Array.Fill(cells, -1);
        foreach (var (cell, column, _) in _plain)
        {
            cells[column] = cell;
        }

        return cells;
    }

    /// <summary>The record of one raw row of a narrow file.</summary>
    public TypedRecord Single(int line, IReadOnlyList<string?> cells) => Build(line, cells, null);

    /// <summary>Positional bindings of a headerless layout (FINESS): cell <c>i</c> is header <c>i</c>.</summary>
    public static IReadOnlyList<HeaderBinding> Positional(ContractVariant variant) =>
        [.. variant.Headers.Select((h, i) => new HeaderBinding(i, h.Name ?? h.Column, h.Column, null))];

    /// <summary>The records of one raw row: one, or one per year for a wide file.</summary>
    public IEnumerable<TypedRecord> Map(int line, IReadOnlyList<string?> cells)
    {
        if (_byYear.Count == 0 || _unpivotColumn < 0)
        {
            yield return Build(line, cells, null);
            yield break;
        }

        foreach (var (year, group) in _byYear)
        {
            var record = Build(line, cells, group);
            record.RawValues[_unpivotColumn] = year.ToString(CultureInfo.InvariantCulture);
            yield return record;
        }
    }

    private TypedRecord Build(int line, IReadOnlyList<string?> cells, List<(int Cell, int Column, string Header)>? yearGroup)
    {
        var record = new TypedRecord(line, _layout.Count);
        _mapped.CopyTo(record.Mapped, 0);
        foreach (var (column, text) in _constants)
        {
            record.RawValues[column] = text;
        }

        Fill(record, cells, _plain);
        if (yearGroup is not null)
        {
            Fill(record, cells, yearGroup);
        }

        return record;
    }

    private static void Fill(TypedRecord record, IReadOnlyList<string?> cells, List<(int Cell, int Column, string Header)> entries)
    {
        foreach (var (cell, column, header) in entries)
        {
            record.RawValues[column] = cell < cells.Count ? cells[cell] : null;
            record.Headers[column] = header;
        }
    }
}
