using System.Globalization;
using CcHc.Docs.Markup;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Cli.Output;

/// <summary>
/// Prints the errors a user can cause to stderr as compilers do (<c>file(line,col): error: message</c>)
/// and tells which exit code they mean. Unknown exceptions are bugs: printed whole, exit 3.
/// </summary>
internal sealed class ErrorReporter(TextWriter error, Action? beforeWrite = null)
{
    /// <summary>Prints <paramref name="exception"/>, raised while working on <paramref name="file"/>; returns the exit code.</summary>
    public int Report(Exception exception, string? file)
    {
        switch (exception)
        {
            case PlanReadException read:
                foreach (var item in read.Errors)
                {
                    var path = item.Path.Length == 0 ? "" : item.Path + ": ";
                    Located(item.File ?? file, item.Line, item.Column, path + item.Message);
                }
                return ExitCodes.PlanErrors;
            case TemplateException template:
                Located(template.TemplateName, template.Line, template.Column,
                    template.Reason + (file is null ? "" : $" (while rendering {file})"));
                return ExitCodes.PlanErrors;
            case MarkupException markup:
                var producedBy = markup.TemplateLocation is null ? "" : $" (produced by template {markup.TemplateLocation})";
                var element = markup.ElementName is null ? "" : $"<{markup.ElementName}>: ";
                Located(markup.SourceName, markup.Line, markup.Column,
                    element + markup.Problem + producedBy + (file is null ? "" : $" (while rendering {file})"));
                return ExitCodes.PlanErrors;
            case Import.PlanImportException import:
                Unlocated(file, import.Message);
                return ExitCodes.PlanErrors;
            case CcHc.Docs.WordTemplates.DocxTemplateException word:
                Line(word.Message + (file is null ? "" : $" (while rendering {file})"));
                return ExitCodes.PlanErrors;
            case TemplateNotFoundException notFound:
                Unlocated(file, notFound.Message);
                return ExitCodes.Usage;
            case ReadOnlyOutputException readOnly:
                Unlocated(file, readOnly.Message + " Pass --force to replace it.");
                return ExitCodes.Usage;
            case FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException:
                Unlocated(file, exception.Message);
                return ExitCodes.Usage;
            default:
                beforeWrite?.Invoke();
                error.WriteLine($"cchc: internal error{(file is null ? "" : $" while working on {file}")}: {exception}");
                error.WriteLine("Please report this with the plan that caused it.");
                return ExitCodes.Failure;
        }
    }

    /// <summary>Prints a line that is already formatted, such as a validation diagnostic.</summary>
    public void Line(string text)
    {
        beforeWrite?.Invoke();
        error.WriteLine(text);
    }

    /// <summary>Prints a problem with a file (or with the command when <paramref name="file"/> is null).</summary>
    public void Unlocated(string? file, string message)
    {
        beforeWrite?.Invoke();
        error.WriteLine(file is null ? $"cchc: error: {message}" : $"{file}: error: {message}");
    }

    /// <summary>Prints a problem at a line and column.</summary>
    public void Located(string? file, int line, int column, string message)
    {
        beforeWrite?.Invoke();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file ?? "(input)"}({line},{column}): error: {message}"));
    }
}
