namespace CcHc.Docs.Templating.Conformance;

/// <summary>One template with its expected output.</summary>
/// <param name="IgnoreTrailingNewLines">Doc examples: an ```html block cannot show trailing new lines, so they are not compared.</param>
internal sealed record ConformanceCase(string Name, string Template, string Expected, bool IgnoreTrailingNewLines = false);
