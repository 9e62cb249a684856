using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0035: after "VT", the "Lưu:" line names the drafting unit by its abbreviation in capitals ("VHXH"), with an
/// optional number of copies ("02b") and the drafter's name ("KT/TH.Nam", "VP (Hùng)"); a lower-case personal id
/// ("ttcloan") does not belong on a signed document.
/// </summary>
internal sealed partial class ArchiveUnitRule : PlanRule
{
    public override string Code => "KH0035";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        for (var i = 0; i < plan.Archive.Count; i++)
        {
            var entry = plan.Archive[i].Trim();
            if (Copies().IsMatch(entry) || !LowerCaseWord().IsMatch(entry))
            {
                continue;
            }
            yield return At($"archive[{i}]",
                $"\"{entry}\" trong dòng \"Lưu:\" là mã cá nhân viết thường; ghi chữ viết tắt của đơn vị soạn thảo bằng chữ in hoa, ví dụ \"Lưu: VT, VHXH.\".");
        }
    }

    [GeneratedRegex(@"^\(?[0-9]+\s?b(ản)?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Copies();

    /// <summary>
    /// A word that starts in lower case ("ttcloan", "hung"). Unit codes with the drafter's name ("KT/TH.Nam",
    /// "VP (Hùng)") are normal practice: each word there starts with a capital.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();
}
