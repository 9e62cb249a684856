namespace CcHc.Docs.Cli.Commands;

/// <summary>Decides where each rendered plan goes: beside the plan, to the file named by -o, or into the folder named by -o.</summary>
internal static class OutputPaths
{
    /// <summary>
    /// The output file of each plan, in order, or null with <paramref name="problem"/> set when the request
    /// cannot be met (several plans but -o names a file, two plans writing the same file, a plan overwritten).
    /// </summary>
    public static IReadOnlyList<string>? Resolve(IReadOnlyList<string> plans, string? output, string extension, out string? problem)
    {
        problem = null;
        var targets = new List<string>(plans.Count);
        var intoFolder = output is not null && (plans.Count > 1 || Directory.Exists(output)
            || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar));
        if (output is not null && plans.Count > 1 && File.Exists(output))
        {
            problem = $"-o '{output}' is a file; with several plans -o must name a folder.";
            return null;
        }
        foreach (var plan in plans)
        {
            var name = Path.GetFileNameWithoutExtension(plan) + extension;
            targets.Add(output is null
                ? Path.Combine(Path.GetDirectoryName(plan) ?? "", name)
                : intoFolder ? Path.Combine(output, name) : output);
        }
        var full = targets.Select(Path.GetFullPath).ToList();
        var duplicate = full.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problem = $"two plans would both be written to '{duplicate.Key}'; give them different names or render them separately.";
            return null;
        }
        var overwritten = plans.Select(Path.GetFullPath).Intersect(full, StringComparer.OrdinalIgnoreCase).FirstOrDefault();
        if (overwritten is not null)
        {
            problem = $"the output '{overwritten}' is a plan file; it would be overwritten.";
            return null;
        }
        return targets;
    }
}
