using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CcHc.Docs.Testing.Approval;

/// <summary>
/// Finds the test class that called a snapshot method. The compiler gives the method name
/// ([CallerMemberName]) and the source file ([CallerFilePath]); the class comes from the call stack: the
/// first frame outside this library whose method is the caller — looking through the compiler-generated
/// classes of async methods, lambdas and local functions to the class the test author wrote. Only when
/// the stack says nothing useful does the source file name stand in for the class name.
/// </summary>
internal static class TestIdentity
{
    private static readonly Assembly ThisAssembly = typeof(TestIdentity).Assembly;

    /// <param name="stack">The stack captured synchronously in the public entry point.</param>
    /// <param name="memberName">The caller's [CallerMemberName].</param>
    /// <param name="sourceFile">The caller's [CallerFilePath].</param>
    public static (Type? Type, string TypeName) Resolve(StackTrace stack, string memberName, string sourceFile)
    {
        Type? firstOutside = null;
        foreach (var frame in stack.GetFrames())
        {
            var method = frame.GetMethod();
            var declaring = method?.DeclaringType;
            if (method is null || declaring is null || declaring.Assembly == ThisAssembly || IsFramework(declaring)) continue;
            var userType = UserType(declaring);
            firstOutside ??= userType;
            if (string.Equals(UserMethodName(method), memberName, StringComparison.Ordinal)) return (userType, TypeName(userType));
        }
        if (firstOutside is not null) return (firstOutside, TypeName(firstOutside));
        return (null, Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]));
    }

    /// <summary>Verify's class naming: nested classes as <c>Outer.Inner</c>, generic arity removed.</summary>
    public static string TypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        return type.DeclaringType is { } outer ? TypeName(outer) + "." + name : name;
    }

    /// <summary>The class the author wrote, above compiler-generated state machines and closures.</summary>
    private static Type UserType(Type type)
    {
        while (type.DeclaringType is { } outer && IsGenerated(type)) type = outer;
        return type;
    }

    /// <summary>
    /// The source method a frame belongs to: <c>MoveNext</c> of <c>&lt;Renders&gt;d__3</c> → <c>Renders</c>;
    /// <c>&lt;Renders&gt;b__0</c> (lambda) or <c>&lt;Renders&gt;g__Local|0_0</c> (local function) → <c>Renders</c>.
    /// </summary>
    private static string UserMethodName(MethodBase method)
    {
        if (GeneratedOwner(method.Name) is { } fromMethod) return fromMethod;
        if (method.DeclaringType is { } type && GeneratedOwner(type.Name) is { } fromType) return fromType;
        return method.Name;
    }

    private static string? GeneratedOwner(string name)
    {
        if (!name.StartsWith('<')) return null;
        var close = name.IndexOf('>');
        return close > 1 ? name[1..close] : null;
    }

    private static bool IsGenerated(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal) || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    /// <summary>Runtime, async machinery and test-runner frames never name the test class.</summary>
    private static bool IsFramework(Type type)
    {
        var name = type.Assembly.GetName().Name ?? "";
        return name is "mscorlib" or "netstandard" or "System"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("xunit.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("nunit.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.TestPlatform.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.VisualStudio.TestPlatform.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.VisualStudio.TestTools.", StringComparison.Ordinal)
            || name.StartsWith("MSTest.", StringComparison.Ordinal);
    }
}
