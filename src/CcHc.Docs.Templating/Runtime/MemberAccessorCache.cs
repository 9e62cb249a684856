using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// Per-type cache of the public instance properties and fields of host objects, exposed under
/// snake_case names with compiled getters (reflection runs once per type, never per access).
/// </summary>
internal sealed class MemberAccessorCache
{
    private static readonly ConcurrentDictionary<Type, MemberAccessorCache> Cache = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    private MemberAccessorCache(Type type)
    {
        _getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            Add(names, ToSnakeCase(property.Name), BuildGetter(type, property));
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            Add(names, ToSnakeCase(field.Name), BuildGetter(type, field));
        }

        Names = names;
    }

    /// <summary>The exposed member names, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool HasMembers => Names.Count > 0;

    public static MemberAccessorCache Get(Type type) => Cache.GetOrAdd(type, static t => new MemberAccessorCache(t));

    public bool TryGet(object target, string name, out object? value)
    {
        if (_getters.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool Has(string name) => _getters.ContainsKey(name);

    /// <summary>Renames a .NET member to snake_case: <c>LegalBases</c> → <c>legal_bases</c>, <c>HTMLText</c> → <c>html_text</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_')
                {
                    var previous = name[i - 1];
                    var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        sb.Append('_');
                    }
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private void Add(List<string> names, string name, Func<object, object?> getter)
    {
        if (_getters.TryAdd(name, getter))
        {
            names.Add(name);
        }
    }

    private static Func<object, object?> BuildGetter(Type type, MemberInfo member)
    {
        try
        {
            var target = Expression.Parameter(typeof(object), "target");
            var typed = type.IsValueType ? Expression.Unbox(target, type) : (Expression)Expression.Convert(target, type);
            var access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
            var body = Expression.Convert(access, typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, target).Compile();
        }
        catch (Exception) when (member is PropertyInfo or FieldInfo)
        {
            return member is PropertyInfo property ? property.GetValue : ((FieldInfo)member).GetValue;
        }
    }
}
