using Observatory.Core.Periods;
using Observatory.Core.Values;
using Observatory.Etl.Contracts;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Typing;

/// <summary>
/// Turns the raw text of a record into typed values: masks first (measures only: <c>*</c>,
/// <c>n.d.</c>, blank → NULL with a status, never 0), then the column's normalisation, then
/// the type. A cell that does not parse gets an error issue naming the column and raw value.
/// </summary>
public sealed class CellTyper(ColumnLayout layout)
{
    private readonly SourceContract _contract = layout.Contract;

    public void Type(TypedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        for (var i = 0; i < layout.Count; i++)
        {
            TypeCell(record, i);
        }
    }

    private void TypeCell(TypedRecord record, int index)
    {
        var column = layout.Columns[index];
        var raw = record.RawValues[index];
        if (layout.IsMeasure[index])
        {
            var mask = _contract.MaskStatus(column, raw ?? string.Empty);
            if (mask is { } status || string.IsNullOrWhiteSpace(raw))
            {
                record.Statuses[index] = mask ?? ValueStatus.Missing;
                return;
            }

            record.Statuses[index] = ValueStatus.Ok;
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        var text = column.ApplyNormalization(raw);
        switch (column.Type)
        {
            case ColumnType.Int:
                Set(record, index, NumberCellParser.ParseInt(text, _contract.DecimalSeparator).TryGetValue(out var l) ? l : null,
                    EtlIssueCodes.UnparseableNumber, EtlMessages.UnparseableNumber);
                break;
            case ColumnType.Decimal:
                Set(record, index, NumberCellParser.ParseDecimal(text, _contract.DecimalSeparator).TryGetValue(out var d) ? d : null,
                    EtlIssueCodes.UnparseableNumber, EtlMessages.UnparseableNumber);
                break;
            case ColumnType.Date:
                Set(record, index, DateCellParser.Parse(text, column.Format).TryGetValue(out var date) ? date : null,
                    EtlIssueCodes.UnparseableDate, EtlMessages.UnparseableDate);
                break;
            case ColumnType.Period:
                Set(record, index, Period.Parse(text).TryGetValue(out var period) ? period.Code : null,
                    EtlIssueCodes.UnparseablePeriod, EtlMessages.UnparseablePeriod);
                break;
            default:
                record.Values[index] = text.Length == 0 ? null : text;
                break;
        }
    }

    private void Set(TypedRecord record, int index, object? value, string code, string template)
    {
        if (value is not null)
        {
            record.Values[index] = value;
            return;
        }

        var column = layout.Columns[index];
        var raw = record.RawValues[index];
        if (layout.IsMeasure[index])
        {
            record.Statuses[index] = null;
        }

        record.Add(new RowIssue(code, RuleSeverity.Error, column.Name, raw,
            EtlMessages.Format(template, record.Headers[index] ?? column.Name, raw, column.Format ?? "AAAA-MM-JJ")));
    }
}
