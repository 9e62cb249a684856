using System.CommandLine;
using CcHc.Docs.Cli.Commands;

namespace CcHc.Docs.Cli;

/// <summary>Builds the <c>cchc</c> command tree.</summary>
internal static class CliRoot
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand(
            "cchc — Kế hoạch (YAML/JSON) → văn bản Word theo Nghị định 30/2020/NĐ-CP.\n" +
            "Write, check and render Vietnamese administrative plans.\n\n" +
            "Example:\n  cchc new ke-hoach.yaml && cchc validate ke-hoach.yaml && cchc render ke-hoach.yaml")
        {
            RenderCommand.Create(console),
            ValidateCommand.Create(console),
            ImportCommand.Create(console),
            NewCommand.Create(console),
            TemplatesCommand.Create(console),
            FillCommand.Create(console),
            MarkupCommand.Create(console),
            PreviewCommand.Create(console),
            SchemaCommand.Create(console),
            TasksCommand.Create(console),
            ReportCommand.Create(console),
        };
        return root;
    }
}
