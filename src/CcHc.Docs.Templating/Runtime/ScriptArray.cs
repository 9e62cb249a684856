using System.Collections;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// A script array (<c>[1, 2, 3]</c>): a list of values. Script code may also attach named members
/// (<c>x.a = "yes"</c>), kept in <see cref="Members"/>.
/// </summary>
public class ScriptArray : IList<object?>, IReadOnlyList<object?>, IList
{
    private readonly List<object?> _items;
    private ScriptObject? _members;

    /// <summary>Creates an empty array.</summary>
    public ScriptArray() => _items = new List<object?>();

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> items.</summary>
    public ScriptArray(int capacity) => _items = new List<object?>(capacity);

    /// <summary>Creates an array holding <paramref name="items"/>.</summary>
    public ScriptArray(IEnumerable<object?> items) => _items = new List<object?>(items);

    /// <summary>Named members attached to the array by script code (created on first use).</summary>
    public ScriptObject Members => _members ??= new ScriptObject();

    internal bool HasMembers => _members is { Count: > 0 };

    /// <inheritdoc cref="IList{T}.this"/>
    public object? this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <inheritdoc cref="ICollection{T}.Count"/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public void Add(object? item) => _items.Add(item);

    /// <summary>Adds every item of <paramref name="items"/>.</summary>
    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);

    /// <inheritdoc/>
    public void Clear() => _items.Clear();

    /// <inheritdoc/>
    public bool Contains(object? item) => _items.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public int IndexOf(object? item) => _items.IndexOf(item);

    /// <inheritdoc/>
    public void Insert(int index, object? item) => _items.Insert(index, item);

    /// <inheritdoc/>
    public bool Remove(object? item) => _items.Remove(item);

    /// <inheritdoc/>
    public void RemoveAt(int index) => _items.RemoveAt(index);

    /// <summary>Returns an enumerator without allocating (List enumerator).</summary>
    public List<object?>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    bool IList.IsFixedSize => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => ((ICollection)_items).SyncRoot;

    int IList.Add(object? value)
    {
        _items.Add(value);
        return _items.Count - 1;
    }

    void IList.Remove(object? value) => _items.Remove(value);

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);
}
