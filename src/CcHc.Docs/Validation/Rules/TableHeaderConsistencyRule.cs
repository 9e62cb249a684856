using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0048: the appendix tables of a plan give the same column the same header ("STT" everywhere, not "TT" in one).</summary>
internal sealed class TableHeaderConsistencyRule : PlanRule
{
    public override string Code => "KH0048";

    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var first = new Dictionary<(ColumnField, string?), string>();
        for (var a = 0; a < plan.Appendices.Count; a++)
        {
            var tables = plan.Appendices[a].Tables;
            for (var t = 0; t < tables.Count; t++)
            {
                for (var c = 0; c < tables[t].Columns.Count; c++)
                {
                    var column = tables[t].Columns[c];
                    var key = (column.Field, column.Field == ColumnField.Extra ? column.Key : null);
                    if (!first.TryGetValue(key, out var header))
                    {
                        first[key] = column.Header;
                    }
                    else if (header != column.Header)
                    {
                        yield return At($"appendices[{a}].tables[{t}].columns[{c}].header",
                            $"Tiêu đề cột \"{column.Header}\" khác với \"{header}\" của cùng cột ở bảng trước; thống nhất một cách ghi.");
                    }
                }
            }
        }
    }
}
