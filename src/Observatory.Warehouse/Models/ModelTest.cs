namespace Observatory.Warehouse.Models;

/// <summary>
/// One data test of a model, reduced to the SQL that returns the offending rows: the test
/// passes when that query returns nothing.
/// </summary>
/// <param name="Name">Readable name, e.g. <c>not_null(metier_code)</c>.</param>
/// <param name="Kind">What the test checks.</param>
/// <param name="FailingRowsSql">A query over the model's relation returning the offending rows.</param>
/// <param name="Blocking">A blocking failure fails the build; otherwise it is reported as a warning.</param>
public sealed record ModelTest(string Name, ModelTestKind Kind, string FailingRowsSql, bool Blocking = true);
