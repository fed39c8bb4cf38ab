namespace Observatory.Core.Periods;

/// <summary>Granularity of a <see cref="Period"/> (<c>dim_period.period_type</c>).</summary>
public enum PeriodType
{
    Year,
    Quarter,
}
