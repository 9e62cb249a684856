using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// A script object: an insertion-ordered map of names to values, with per-member read-only flags.
/// Used for globals, built-in modules and object literals (<c>{ a: 1 }</c>).
/// </summary>
public class ScriptObject : IDictionary<string, object?>
{
    private readonly OrderedDictionary<string, object?> _members;
    private HashSet<string>? _readOnly;

    /// <summary>Creates an empty object.</summary>
    public ScriptObject() => _members = new OrderedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Creates an empty object with room for <paramref name="capacity"/> members.</summary>
    public ScriptObject(int capacity) => _members = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);

    /// <summary>When true, no member may be added, changed or removed (built-in modules are frozen).</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Forbids any further change to this object.</summary>
    public void Freeze() => IsFrozen = true;

    /// <summary>Sets a member, optionally marking it read-only for templates.</summary>
    public void SetValue(string name, object? value, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfFrozen();
        _members[name] = value;
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
        else
        {
            _readOnly?.Remove(name);
        }
    }

    /// <summary>True when the member <paramref name="name"/> is read-only (or the object is frozen).</summary>
    public bool IsReadOnly(string name) => IsFrozen || (_readOnly is not null && _readOnly.Contains(name));

    /// <summary>Marks or unmarks an existing or future member as read-only.</summary>
    public void SetReadOnly(string name, bool readOnly)
    {
        ThrowIfFrozen();
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
        else
        {
            _readOnly?.Remove(name);
        }
    }

    /// <summary>Adds a host function callable from templates as <paramref name="name"/>.</summary>
    public void Import(string name, Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        SetValue(name, Functions.DelegateFunction.Create(function, name), readOnly: false);
    }

    /// <summary>Gets a member or null when absent.</summary>
    public object? GetValue(string name) => _members.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc/>
    public object? this[string key]
    {
        get => _members[key];
        set => SetValue(key, value);
    }

    /// <inheritdoc/>
    public ICollection<string> Keys => _members.Keys;

    /// <inheritdoc/>
    public ICollection<object?> Values => _members.Values;

    /// <inheritdoc/>
    public int Count => _members.Count;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsFrozen;

    /// <inheritdoc/>
    public void Add(string key, object? value)
    {
        ThrowIfFrozen();
        _members.Add(key, value);
    }

    /// <inheritdoc/>
    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    /// <inheritdoc/>
    public void Clear()
    {
        ThrowIfFrozen();
        _members.Clear();
        _readOnly?.Clear();
    }

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, object?> item) =>
        _members.TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _members.ContainsKey(key);

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_members).CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public bool Remove(string key)
    {
        ThrowIfFrozen();
        _readOnly?.Remove(key);
        return _members.Remove(key);
    }

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, object?> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _members.TryGetValue(key, out value);

    /// <summary>Copies every member (values and read-only flags) of this object into <paramref name="target"/>.</summary>
    public void CopyTo(ScriptObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var pair in _members)
        {
            target.SetValue(pair.Key, pair.Value, IsReadOnly(pair.Key));
        }
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("This script object is frozen and cannot be changed.");
        }
    }
}
