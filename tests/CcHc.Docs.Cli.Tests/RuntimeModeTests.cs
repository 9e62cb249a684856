using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CcHc.Docs.Cli.Tests;

/// <summary>
/// The tool runs without code generated at run time (a runtimeconfig switch, for its one-shot speed), and the CLI
/// tests run the commands the same way, so they show that every command works without it.
/// </summary>
public sealed class RuntimeModeTests
{
    private const string Switch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    [Fact]
    public void The_tool_and_these_tests_run_without_runtime_code_generation()
    {
        Assert.False(RuntimeFeature.IsDynamicCodeSupported);

        var toolConfig = Path.Combine(AppContext.BaseDirectory, "CcHc.Docs.Cli.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(toolConfig));
        var setting = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(Switch);
        Assert.Equal(JsonValueKind.False, setting.ValueKind);
    }
}
