using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>
/// What a .NET method needs to be called from a template, computed once per method and cached:
/// one <see cref="ParameterSlot"/> per parameter and a compiled invoker (no reflection per call).
/// </summary>
internal sealed class MethodBinding
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, Type? DelegateType), MethodBinding> Cache = new();

    private readonly MethodInfo _method;
    private readonly Type? _delegateType;
    private Func<object?, object?[], object?>? _invoker;

    private MethodBinding(MethodInfo method, Type? delegateType)
    {
        var parameters = method.GetParameters();
        var slots = new ParameterSlot[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            slots[i] = ParameterSlot.Create(parameters[i], isLast: i == parameters.Length - 1);
            if (slots[i].Kind == ParameterKind.Value)
            {
                ValueCount++;
                if (!slots[i].IsOptional)
                {
                    RequiredCount = ValueCount;
                }
            }
            else if (slots[i].Kind == ParameterKind.Params)
            {
                HasParams = true;
            }
        }

        Slots = slots;
        _method = method;
        _delegateType = delegateType;
    }

    /// <summary>The parameters in declaration order.</summary>
    public ParameterSlot[] Slots { get; }

    /// <summary>How many parameters take script arguments (injected ones and the params array excluded).</summary>
    public int ValueCount { get; }

    /// <summary>How many leading value parameters must be given (the last non-optional one's position).</summary>
    public int RequiredCount { get; }

    /// <summary>True when the last parameter collects the remaining arguments.</summary>
    public bool HasParams { get; }

    /// <summary>Gets the binding of a static or instance method.</summary>
    public static MethodBinding For(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return Cache.GetOrAdd((method, null), static key => new MethodBinding(key.Method, null));
    }

    /// <summary>Gets the binding of a delegate: parameters from its method, called through <c>Invoke</c>.</summary>
    public static MethodBinding For(Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var type = function.GetType();
        var method = function.Method;
        var invoke = type.GetMethod("Invoke")!;
        var source = method.GetParameters().Length == invoke.GetParameters().Length ? method : invoke;
        return Cache.GetOrAdd((source, type), static key => new MethodBinding(key.Method, key.DelegateType));
    }

    /// <summary>Calls the method with already converted arguments (one per slot). The invoker is compiled on first use.</summary>
    public object? Invoke(object? target, object?[] arguments) =>
        (_invoker ??= CompileInvoker(_method, _delegateType, _method.GetParameters()))(target, arguments);

    private static Func<object?, object?[], object?> CompileInvoker(MethodInfo method, Type? delegateType, ParameterInfo[] parameters)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var callArguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var item = Expression.ArrayIndex(arguments, Expression.Constant(i));
            callArguments[i] = Expression.Convert(item, parameters[i].ParameterType);
        }

        Expression call;
        if (delegateType is not null)
        {
            var invoke = delegateType.GetMethod("Invoke")!;
            call = Expression.Call(Expression.Convert(target, delegateType), invoke, callArguments);
        }
        else if (method.IsStatic)
        {
            call = Expression.Call(method, callArguments);
        }
        else
        {
            call = Expression.Call(Expression.Convert(target, method.DeclaringType!), method, callArguments);
        }

        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?, object?[], object?>>(body, target, arguments).Compile();
    }
}

/// <summary>How a parameter gets its value.</summary>
internal enum ParameterKind
{
    /// <summary>From a script argument (positional or named).</summary>
    Value,

    /// <summary>The <see cref="TemplateContext"/>, injected.</summary>
    Context,

    /// <summary>The call site <see cref="SourceSpan"/>, injected.</summary>
    Span,

    /// <summary>A trailing <c>params</c> array collecting the remaining positional arguments.</summary>
    Params,
}

/// <summary>One parameter of a bound method: its script name, kind, default and conversion.</summary>
internal sealed class ParameterSlot
{
    private ParameterSlot(string clrName, ParameterKind kind, Type type)
    {
        ClrName = clrName;
        Name = ScriptNaming.ToSnakeCase(clrName);
        Kind = kind;
        Type = type;
    }

    /// <summary>The .NET parameter name.</summary>
    public string ClrName { get; }

    /// <summary>The snake_case name used by named arguments.</summary>
    public string Name { get; }

    /// <summary>How the value is obtained.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The declared type (for <see cref="ParameterKind.Params"/>, the element type).</summary>
    public Type Type { get; }

    /// <summary>True when the parameter may be omitted.</summary>
    public bool IsOptional { get; private init; }

    /// <summary>The value used when the parameter is omitted.</summary>
    public object? DefaultValue { get; private init; }

    /// <summary>Converts a script value to <see cref="Type"/>.</summary>
    public ArgumentConversion Convert { get; private init; } = static (_, _, value) => value;

    /// <summary>Describes <paramref name="parameter"/>.</summary>
    public static ParameterSlot Create(ParameterInfo parameter, bool isLast)
    {
        var type = parameter.ParameterType;
        var name = parameter.Name ?? $"arg{parameter.Position}";
        if (type == typeof(TemplateContext))
        {
            return new ParameterSlot(name, ParameterKind.Context, type);
        }

        if (type == typeof(SourceSpan))
        {
            return new ParameterSlot(name, ParameterKind.Span, type);
        }

        if (isLast && type.IsArray && parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
        {
            var element = type.GetElementType()!;
            return new ParameterSlot(name, ParameterKind.Params, element) { Convert = ArgumentConverter.For(element) };
        }

        var optional = parameter.IsOptional;
        object? defaultValue = null;
        if (optional)
        {
            defaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : null;
            if (defaultValue is null or DBNull or Missing)
            {
                defaultValue = type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
            }
            else if (type.IsEnum && defaultValue.GetType() != type)
            {
                defaultValue = Enum.ToObject(type, defaultValue);
            }
        }

        return new ParameterSlot(name, ParameterKind.Value, type)
        {
            IsOptional = optional,
            DefaultValue = defaultValue,
            Convert = ArgumentConverter.For(type),
        };
    }
}
