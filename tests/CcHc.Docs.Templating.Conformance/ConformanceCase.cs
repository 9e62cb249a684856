namespace CcHc.Docs.Templating.Conformance;

/// <summary>One template with its expected output.</summary>
internal sealed record ConformanceCase(string Name, string Template, string Expected);
