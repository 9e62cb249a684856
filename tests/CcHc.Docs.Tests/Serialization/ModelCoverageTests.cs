using System.Collections;
using System.Reflection;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>
/// Guards against a model property that the reader or writer forgets: <see cref="SamplePlans.Full"/> must set
/// every property of every model type to something other than its default, and it must round-trip.
/// </summary>
public sealed class ModelCoverageTests
{
    private static readonly Dictionary<Type, object> DefaultInstances = new()
    {
        [typeof(Plan)] = Defaults.Plan,
        [typeof(Letterhead)] = Defaults.Letterhead,
        [typeof(DocumentTitle)] = Defaults.Title,
        [typeof(Section)] = Defaults.Section,
        [typeof(Closing)] = Defaults.Closing,
        [typeof(Appendix)] = Defaults.Appendix,
        [typeof(AppendixTable)] = Defaults.AppendixTable,
    };

    [Fact]
    public void FullPlan_SetsEveryModelProperty()
    {
        var modelTypes = StoredTypes();
        var expected = modelTypes
            .SelectMany(t => Settable(t).Select(p => $"{t.Name}.{p.Name}"))
            .ToHashSet();
        Assert.Contains("BulletBlock.Style", expected);
        Assert.Contains("AuthorityLine.Kind", expected);
        Assert.Contains("TableColumn.Key", expected);
        var seen = new HashSet<string>();
        Visit(SamplePlans.Full, seen);
        Assert.Empty(expected.Except(seen).Order());
    }

    [Fact]
    public void FullPlan_RoundTripsThroughBothFormats()
    {
        var plan = SamplePlans.Full;
        Assert.Equal(plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(plan)));
        Assert.Equal(plan, PlanReader.ReadJson(PlanWriter.WriteJson(plan)));
    }

    // The model types a plan stores: those reachable from Plan through settable properties (list element
    // types included), and every concrete content block.
    private static HashSet<Type> StoredTypes()
    {
        var types = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Plan)]);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType)
            {
                type.GetGenericArguments().ToList().ForEach(pending.Push);
                continue;
            }
            if (type.Namespace != typeof(Plan).Namespace || type.IsEnum || !types.Add(type))
            {
                continue;
            }
            if (type.IsAbstract)
            {
                types.Remove(type);
                type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type) && !t.IsAbstract).ToList().ForEach(pending.Push);
            }
            foreach (var property in Settable(type))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }
        }
        return types;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null);

    private static void Visit(object? value, HashSet<string> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, seen);
            }
            return;
        }
        var type = value.GetType();
        if (type.Namespace != typeof(Plan).Namespace)
        {
            return;
        }
        DefaultInstances.TryGetValue(type, out var defaults);
        foreach (var property in Settable(type))
        {
            var current = property.GetValue(value);
            if (IsSet(current, defaults is null ? DefaultOf(property.PropertyType) : property.GetValue(defaults)))
            {
                seen.Add($"{type.Name}.{property.Name}");
            }
            Visit(current, seen);
        }
    }

    private static object? DefaultOf(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

    private static bool IsSet(object? value, object? defaultValue) => value switch
    {
        null => false,
        ICollection { Count: 0 } => false,
        IReadOnlyCollection<object> { Count: 0 } => false,
        _ => !Equals(value, defaultValue) && !(value is IEnumerable e and not string && !e.GetEnumerator().MoveNext()),
    };
}
