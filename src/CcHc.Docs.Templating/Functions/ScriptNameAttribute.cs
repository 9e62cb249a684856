namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// Gives a built-in function a template name other than the snake_case of its .NET name
/// (e.g. <c>capitalizewords</c>, <c>typeof</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class ScriptNameAttribute(string name) : Attribute
{
    /// <summary>The name the function has in templates.</summary>
    public string Name { get; } = name;
}
