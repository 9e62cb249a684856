namespace CcHc.Docs.Rendering;

/// <summary>Thrown when a renderer is asked for a template that neither the user's folder nor the defaults hold.</summary>
public sealed class TemplateNotFoundException : Exception
{
    internal TemplateNotFoundException(string name, string? folder)
        : base(folder is null
            ? $"No template '{name}{TemplateSet.Extension}' among the defaults ({Names})."
            : $"No template '{name}{TemplateSet.Extension}' in '{folder}' nor among the defaults ({Names}). Add {name}{TemplateSet.Extension} to the folder.")
    {
        TemplateName = name;
    }

    private static string Names => string.Join(", ", TemplateSet.DefaultNames.Select(n => n + TemplateSet.Extension));

    /// <summary>The name that was asked for.</summary>
    public string TemplateName { get; }
}
