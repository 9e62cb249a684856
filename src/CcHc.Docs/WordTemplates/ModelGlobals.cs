using System.Collections;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Rendering.TemplateModel;
using Scriban.Runtime;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// The global variables a render sees: a <see cref="Plan"/> as <c>plan</c> (the template model of the .sbn
/// templates), a dictionary or <see cref="ScriptObject"/> by its keys, any other object by its members in
/// snake_case; and always <c>vn.*</c>.
/// </summary>
internal static class ModelGlobals
{
    public static ScriptObject From(object? model)
    {
        var globals = new ScriptObject();
        switch (model)
        {
            case null:
                break;
            case Plan plan:
                globals["plan"] = new PlanView(plan);
                break;
            case PlanView view:
                globals["plan"] = view;
                break;
            case ScriptObject script:
                foreach (var (key, value) in script)
                {
                    globals[key] = value;
                }
                break;
            case IDictionary<string, object?> dictionary:
                foreach (var (key, value) in dictionary)
                {
                    globals[key] = value;
                }
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    globals[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] = entry.Value;
                }
                break;
            default:
                globals.Import(model);
                break;
        }
        if (!globals.ContainsKey("vn"))
        {
            globals["vn"] = VietnameseFunctions.Module;
        }
        return globals;
    }
}
