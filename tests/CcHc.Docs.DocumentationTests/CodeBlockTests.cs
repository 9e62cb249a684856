namespace CcHc.Docs.DocumentationTests;

/// <summary>
/// Issue 15: a newcomer copies the README's example first, so every C# block in the documentation must compile as
/// written, with its own <c>using</c> lines. Blocks are found anew on every run, so new pages are covered.
/// </summary>
public sealed class CodeBlockTests
{
    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in CodeBlock.Find(RepositoryRoot.Path))
        {
            data.Add(block.ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Compiles_as_written(string block)
    {
        var code = CodeBlock.Find(RepositoryRoot.Path).Single(b => b.ToString() == block).Code;

        var errors = SnippetCompiler.Errors(code);

        Assert.True(errors.Count == 0, $"{block} does not compile:\n{string.Join('\n', errors)}\n--- code ---\n{code}");
    }

    [Fact]
    public void The_README_example_is_among_the_blocks()
    {
        Assert.Contains(CodeBlock.Find(RepositoryRoot.Path), b => b.File == "README.md" && b.Code.Contains("PlanRenderer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_without_its_usings_fails()
    {
        var errors = SnippetCompiler.Errors("var plan = PlanReader.ReadFile(\"ke-hoach.yaml\");");

        Assert.Contains(errors, e => e.Contains("CS0103", StringComparison.Ordinal));
    }
}
