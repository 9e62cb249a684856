// QuickStart: renders every plan in examples/plans to out/*.docx with the default NĐ30 templates.
// Run from the repository root: dotnet run --project examples/QuickStart
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;

var root = FindRepositoryRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var plans = Path.Combine(root, "examples", "plans");
var output = Path.Combine(root, "out");

var files = Directory.GetFiles(plans, "*.yaml").Order(StringComparer.Ordinal).ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine($"No plans found in {plans}.");
    return 2;
}

foreach (var file in files)
{
    var plan = PlanReader.ReadFile(file);
    var target = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".docx");
    PlanRenderer.Default.RenderToFile(plan, target);
    Console.WriteLine($"{Path.GetFileName(file)} -> {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}");
}

Console.WriteLine($"Rendered {files.Length} plan(s) into {output}");
return 0;

static string? FindRepositoryRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "CcHc.Docs.sln")))
        {
            return dir.FullName;
        }
    }
    return null;
}
