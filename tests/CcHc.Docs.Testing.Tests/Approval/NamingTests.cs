namespace CcHc.Docs.Testing.Tests.Approval;

/// <summary>Snapshot files are named <c>{TestClass}.{TestMethod}_{Parameters}</c>, as Verify names them.</summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("ke-hoach", 2)]
    public void TheoryCase_GetsVerifyStyleParameterSuffix(string template, int plan)
    {
        using var folder = new TempFolder();

        var name = ReceivedName(() => MarkupSnapshot.Verify("x", folder.Settings.UseParameters(template, plan)));

        Assert.Equal("NamingTests.TheoryCase_GetsVerifyStyleParameterSuffix_template=ke-hoach_plan=2.received.txt", name);
    }

    [Theory]
    [InlineData("a/b")]
    public void ParameterTextWithPathCharacters_IsMadeSafeForAFileName(string value)
    {
        using var folder = new TempFolder();

        var name = ReceivedName(() => MarkupSnapshot.Verify("x", folder.Settings.UseTextForParameters(value)));

        Assert.Equal("NamingTests.ParameterTextWithPathCharacters_IsMadeSafeForAFileName_a-b.received.txt", name);
    }

    [Fact]
    public void MoreParameterValuesThanTheMethodHas_IsAnErrorThatSaysSo()
    {
        using var folder = new TempFolder();

        var exception = Assert.Throws<ArgumentException>(() => MarkupSnapshot.Verify("x", folder.Settings.UseParameters(1)));

        Assert.Contains("UseParameters got 1 values", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsyncTestAfterAnAwait_IsNamedAfterItsClassAndMethod()
    {
        using var folder = new TempFolder();
        await Task.Yield();

        var exception = await Assert.ThrowsAsync<SnapshotMismatchException>(async () =>
        {
            await Task.Delay(1);
            MarkupSnapshot.Verify("x", folder.Settings);
        });

        Assert.Equal("NamingTests.AsyncTestAfterAnAwait_IsNamedAfterItsClassAndMethod.received.txt", Path.GetFileName(exception.ReceivedPath));
    }

    [Fact]
    public void HelperInAnotherClass_PassingTheTestName_StillNamesTheTestClass()
    {
        using var folder = new TempFolder();

        var name = ReceivedName(() => SnapshotHelper.Check("x", folder.Settings));

        Assert.Equal("NamingTests.HelperInAnotherClass_PassingTheTestName_StillNamesTheTestClass.received.txt", name);
    }

    [Fact]
    public void ExplicitNames_ReplaceTheDiscoveredOnes()
    {
        using var folder = new TempFolder();

        Assert.Equal("Custom.HelperMethod.received.txt",
            ReceivedName(() => MarkupSnapshot.Verify("x", folder.Settings.UseTypeName("Custom").UseMethodName("HelperMethod"))));
        Assert.Equal("whole-name.received.txt",
            ReceivedName(() => MarkupSnapshot.Verify("x", folder.Settings.UseFileName("whole-name"))));
    }

    [Fact]
    public void RelativeDirectory_IsTakenFromTheTestSourceFolder()
    {
        var relative = "snapshots-" + Guid.NewGuid().ToString("N");
        var settings = new SnapshotSettings().UseDirectory(relative).WithAcceptAll(false);
        string? receivedPath = null;
        try
        {
            receivedPath = Assert.Throws<SnapshotMismatchException>(() => MarkupSnapshot.Verify("x", settings)).ReceivedPath;

            Assert.Equal(Path.Combine(ThisSourceFolder(), relative), Path.GetDirectoryName(receivedPath));
        }
        finally
        {
            if (receivedPath is not null) Directory.Delete(Path.GetDirectoryName(receivedPath)!, recursive: true);
        }
    }

    [Fact]
    public void SourcePathMappedByADeterministicBuild_IsFoundAgainFromTheTestBinariesFolder()
    {
        using var folder = new TempFolder();
        var project = Directory.CreateDirectory(Path.Combine(folder.Path, "tests", "Plans.Tests")).FullName;
        var binaries = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net10.0")).FullName;

        Assert.Equal(project, CcHc.Docs.Testing.Approval.SnapshotTarget.Unmap("/_/tests/Plans.Tests", binaries));
        Assert.Equal(project, CcHc.Docs.Testing.Approval.SnapshotTarget.Unmap("/_1/tests/Plans.Tests", binaries));
        Assert.Null(CcHc.Docs.Testing.Approval.SnapshotTarget.Unmap("/_/tests/Missing", binaries));
        Assert.Null(CcHc.Docs.Testing.Approval.SnapshotTarget.Unmap("/home/tests/Plans.Tests", binaries));
    }

    public sealed class Nested
    {
        [Fact]
        public void NestedClass_IsNamedOuterDotInner()
        {
            using var folder = new TempFolder();

            var name = ReceivedName(() => MarkupSnapshot.Verify("x", folder.Settings));

            Assert.Equal("NamingTests.Nested.NestedClass_IsNamedOuterDotInner.received.txt", name);
        }
    }

    private static string ReceivedName(Action verify) =>
        Path.GetFileName(Assert.Throws<SnapshotMismatchException>(verify).ReceivedPath);

    private static string ThisSourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>A shared helper as test authors write them: it forwards the test's name but lives in another class.</summary>
internal static class SnapshotHelper
{
    public static void Check(string markup, SnapshotSettings settings, [System.Runtime.CompilerServices.CallerMemberName] string testMethod = "") =>
        MarkupSnapshot.Verify(markup.Trim(), settings, testMethod: testMethod);
}
