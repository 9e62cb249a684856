namespace CcHc.Docs.Tasks;

/// <summary>A unit and the tasks it leads, for the per-unit views (assignment sheet, `cchc tasks --by unit`).</summary>
/// <param name="Unit">The unit, named as the plan writes it most often.</param>
/// <param name="Tasks">Its tasks in plan order.</param>
public sealed record UnitTasks(UnitName Unit, IReadOnlyList<TaskItem> Tasks);
