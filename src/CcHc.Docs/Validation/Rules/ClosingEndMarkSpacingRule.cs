using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0023: the end mark is attached to the last sentence, with no space before "/." or "./.".</summary>
internal sealed class ClosingEndMarkSpacingRule : PlanRule
{
    public override string Code => "KH0023";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Closing is not { } closing)
        {
            yield break;
        }
        var line = PlanText.ClosingLine(closing);
        if (line.EndsWith("/.", StringComparison.Ordinal))
        {
            var body = line[..^2];
            if (body.EndsWith('.'))
            {
                body = body[..^1];
            }
            if (body.Length > 0 && char.IsWhiteSpace(body[^1]))
            {
                var tail = line.Length <= 30 ? line : "…" + TextElements.Tail(line, 30);
                yield return At("closing.text", $"Dấu kết thúc trong \"{tail}\" có dấu cách phía trước; viết liền: \"…{Tail(body.TrimEnd().TrimEnd('.'))}./.\".");
            }
        }
    }

    private static string Tail(string text) => TextElements.Tail(text, 20);
}
