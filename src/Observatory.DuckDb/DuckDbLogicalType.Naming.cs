using System.Globalization;
using System.Text;

namespace Observatory.DuckDb;

public sealed partial class DuckDbLogicalType
{
    /// <summary>DuckDB's name of the type, as <c>typeof(x)</c> prints it.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendName(builder);
        return builder.ToString();
    }

    private void AppendName(StringBuilder builder)
    {
        if (Alias is not null)
        {
            builder.Append(Alias);
            return;
        }

        switch (Id)
        {
            case DuckDbTypeId.Decimal:
                builder.Append(CultureInfo.InvariantCulture, $"DECIMAL({DecimalWidth},{DecimalScale})");
                break;
            case DuckDbTypeId.List:
                ElementType!.AppendName(builder);
                builder.Append("[]");
                break;
            case DuckDbTypeId.Array:
                ElementType!.AppendName(builder);
                builder.Append(CultureInfo.InvariantCulture, $"[{ArraySize}]");
                break;
            case DuckDbTypeId.Struct or DuckDbTypeId.Union:
                builder.Append(Id == DuckDbTypeId.Struct ? "STRUCT(" : "UNION(");
                for (var i = 0; i < Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(QuoteIdentifier(Fields[i].Name)).Append(' ');
                    Fields[i].Type.AppendName(builder);
                }

                builder.Append(')');
                break;
            case DuckDbTypeId.Map:
                builder.Append("MAP(");
                KeyType!.AppendName(builder);
                builder.Append(", ");
                ValueType!.AppendName(builder);
                builder.Append(')');
                break;
            case DuckDbTypeId.Enum:
                builder.Append("ENUM(");
                builder.AppendJoin(", ", EnumValues.Select(v => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'"));
                builder.Append(')');
                break;
            default:
                builder.Append(SimpleName(Id));
                break;
        }
    }

    private static string QuoteIdentifier(string name)
    {
        var plain = name.Length > 0
            && (char.IsAsciiLetterLower(name[0]) || name[0] == '_')
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
        return plain ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string SimpleName(DuckDbTypeId id) => id switch
    {
        DuckDbTypeId.Boolean => "BOOLEAN",
        DuckDbTypeId.TinyInt => "TINYINT",
        DuckDbTypeId.SmallInt => "SMALLINT",
        DuckDbTypeId.Integer => "INTEGER",
        DuckDbTypeId.BigInt => "BIGINT",
        DuckDbTypeId.UTinyInt => "UTINYINT",
        DuckDbTypeId.USmallInt => "USMALLINT",
        DuckDbTypeId.UInteger => "UINTEGER",
        DuckDbTypeId.UBigInt => "UBIGINT",
        DuckDbTypeId.HugeInt => "HUGEINT",
        DuckDbTypeId.UHugeInt => "UHUGEINT",
        DuckDbTypeId.Float => "FLOAT",
        DuckDbTypeId.Double => "DOUBLE",
        DuckDbTypeId.Varchar => "VARCHAR",
        DuckDbTypeId.Blob => "BLOB",
        DuckDbTypeId.Date => "DATE",
        DuckDbTypeId.Time => "TIME",
        DuckDbTypeId.TimeNs => "TIME_NS",
        DuckDbTypeId.TimeTz => "TIME WITH TIME ZONE",
        DuckDbTypeId.Timestamp => "TIMESTAMP",
        DuckDbTypeId.TimestampS => "TIMESTAMP_S",
        DuckDbTypeId.TimestampMs => "TIMESTAMP_MS",
        DuckDbTypeId.TimestampNs => "TIMESTAMP_NS",
        DuckDbTypeId.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDbTypeId.Interval => "INTERVAL",
        DuckDbTypeId.Uuid => "UUID",
        DuckDbTypeId.Bit => "BIT",
        DuckDbTypeId.BigNum => "BIGNUM",
        DuckDbTypeId.SqlNull => "\"NULL\"",
        _ => id.ToString().ToUpperInvariant(),
    };
}
