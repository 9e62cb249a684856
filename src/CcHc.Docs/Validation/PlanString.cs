namespace CcHc.Docs.Validation;

/// <summary>A string of a plan with its plan path and role.</summary>
/// <param name="Path">Where it is, e.g. <c>sections[1].content[0].section.content[2].bullet</c>.</param>
/// <param name="Text">The text as stored.</param>
/// <param name="Role">What the string is.</param>
internal sealed record PlanString(string Path, string Text, TextRole Role)
{
    /// <summary>True for running text a user typed: body, targets, tasks, preamble, closing, group titles.</summary>
    public bool IsProse => Role is TextRole.Body or TextRole.Target or TextRole.Task or TextRole.Preamble
        or TextRole.Closing or TextRole.Heading or TextRole.GroupTitle or TextRole.Title;
}
