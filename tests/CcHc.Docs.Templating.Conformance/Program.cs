using System.Text;
using CcHc.Docs.Templating.Conformance;

// Judges our engine against the Scriban conformance corpus and the builtins documentation examples.
// Usage: dotnet run --project tests/CcHc.Docs.Templating.Conformance -- [path/to/shared/scriban] [--verbose] [--filter text]
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared", "scriban"));
var verbose = args.Contains("--verbose");
var filterIndex = Array.IndexOf(args, "--filter");
var filter = filterIndex >= 0 && filterIndex + 1 < args.Length ? args[filterIndex + 1] : null;
if (filter is not null)
{
    root = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != filterIndex + 1).FirstOrDefault() ?? root;
}

if (!Directory.Exists(root))
{
    Console.Error.WriteLine($"conformance: folder not found: {root}");
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
var cases = CorpusCases.Load(root).Concat(DocExampleCases.Load(root))
    .Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
    .ToList();
var passed = 0;
var failed = 0;
foreach (var testCase in cases)
{
    var actual = Runner.Run(testCase);
    if (testCase.IgnoreTrailingNewLines)
    {
        actual = actual.TrimEnd('\n');
    }

    if (string.Equals(actual, testCase.Expected, StringComparison.Ordinal))
    {
        passed++;
        if (verbose)
        {
            Console.WriteLine($"PASS {testCase.Name}");
        }

        continue;
    }

    failed++;
    Console.WriteLine($"FAIL {testCase.Name}: expected {Quote(testCase.Expected)} actual {Quote(actual)} first difference {FirstDifference(testCase.Expected, actual)}");
}

Console.WriteLine($"conformance: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

static string Quote(string text)
{
    const int max = 400;
    var shown = text.Length > max ? text[..max] + "…" : text;
    return "\"" + shown.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}

static string FirstDifference(string expected, string actual)
{
    var i = 0;
    while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
    {
        i++;
    }

    var line = 1 + expected.AsSpan(0, i).Count('\n');
    var e = i < expected.Length ? Quote(expected.Substring(i, Math.Min(20, expected.Length - i))) : "<end>";
    var a = i < actual.Length ? Quote(actual.Substring(i, Math.Min(20, actual.Length - i))) : "<end>";
    return $"at offset {i} (line {line}): expected {e}, actual {a}";
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CcHc.Docs.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
