namespace CcHc.Docs.Rendering;

/// <summary>Thrown when a renderer is asked for a template that neither the user's folder nor the defaults hold.</summary>
public sealed class TemplateNotFoundException : Exception
{
    internal TemplateNotFoundException(string name, string? folder)
        : base(folder is null
            ? $"No template named '{name}'. Default templates: {string.Join(", ", TemplateSet.DefaultNames)}."
            : $"No template named '{name}' in '{folder}' nor among the defaults ({string.Join(", ", TemplateSet.DefaultNames)}). Add {name}{TemplateSet.Extension} to the folder.")
    {
        TemplateName = name;
    }

    /// <summary>The name that was asked for.</summary>
    public string TemplateName { get; }
}
