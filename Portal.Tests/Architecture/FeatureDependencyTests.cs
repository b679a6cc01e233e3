using System.Reflection;
using System.Reflection.Emit;
using AppRoot = Portal.App.Components.App;

namespace Portal.Tests.Architecture;

/// <summary>
/// Dependencies between features run one way. A feature (Portal.App.Features.{Area}.{Feature}, or a one-level
/// feature such as Features.Home) may use its own types, its area's Shared, and the two shared kernels every area
/// builds on: Cases.Shared (the case view, access rule, payments) and Accounts.Shared (the account's records and
/// links); never another feature's insides. A Shared folder uses only Shared folders. An area's root namespace (its AddX/MapX) composes its features and may use all of them. The references are
/// read from the compiled app: member signatures, [Inject] properties, base types, and every type, method and field
/// the IL names (components a page renders are OpenComponent&lt;T&gt; calls there).
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Features = "Portal.App.Features.";

    [Fact]
    public void No_feature_reaches_into_another_features_insides()
    {
        var violations = typeof(AppRoot).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Features, StringComparison.Ordinal) == true)
            .SelectMany(t => References(t).Select(r => (From: t, To: r)))
            .Where(p => p.To.Namespace?.StartsWith(Features, StringComparison.Ordinal) == true && !Allowed(p.From.Namespace!, p.To.Namespace!))
            .Select(p => $"{Outer(p.From).FullName} -> {p.To.FullName}")
            .Distinct()
            .Order()
            .ToList();

        Assert.True(violations.Count == 0, "Features reaching into other features:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_rule_sees_a_page_rendering_another_features_component()
    {
        // The test above is only as good as what References finds: a page's child components come from its IL.
        var dashboardPage = typeof(AppRoot).Assembly.GetType("Portal.App.Features.Cases.Dashboard.DashboardPage")!;
        Assert.Contains(References(dashboardPage), t => t.Name == "CaseDashboard");
        Assert.False(Allowed("Portal.App.Features.Staff.Search", "Portal.App.Features.Cases.Dashboard"));
        Assert.True(Allowed("Portal.App.Features.Staff.Search", "Portal.App.Features.Cases.Shared"));
        Assert.True(Allowed("Portal.App.Features.Accounts.Recovery", "Portal.App.Features.Accounts.Shared"));
        Assert.False(Allowed("Portal.App.Features.Accounts.Recovery", "Portal.App.Features.Accounts.Registration"));
        Assert.True(Allowed("Portal.App.Features.Staff", "Portal.App.Features.Staff.Search"));
        Assert.False(Allowed("Portal.App.Features.Accounts.Shared", "Portal.App.Features.Accounts.Registration"));
    }

    private static bool Allowed(string from, string to)
    {
        var (fromArea, fromFeature) = Split(from);
        var (toArea, toFeature) = Split(to);
        if (fromArea == toArea && (fromFeature == toFeature || toFeature is "Shared" or null || fromFeature is null)) return true;
        return toFeature == "Shared" && toArea is "Cases" or "Accounts";
    }

    /// <summary>"Portal.App.Features.Cases.Shared" → ("Cases", "Shared"); "Portal.App.Features.Home" → ("Home", null).</summary>
    private static (string Area, string? Feature) Split(string ns)
    {
        var parts = ns[Features.Length..].Split('.');
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }

    private static Type Outer(Type type) => type.DeclaringType is { } outer ? Outer(outer) : type;

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static HashSet<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var argument in t.GetGenericArguments()) Add(argument);
                t = t.GetGenericTypeDefinition();
            }
            if (!t.IsGenericParameter) found.Add(t);
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var field in type.GetFields(Everything)) Add(field.FieldType);
        foreach (var property in type.GetProperties(Everything)) Add(property.PropertyType);
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) Add(info.ReturnType);
            foreach (var parameter in method.GetParameters()) Add(parameter.ParameterType);
            foreach (var named in IlReferences(method)) Add(named);
        }
        foreach (var nested in type.GetNestedTypes(Everything)) foreach (var r in References(nested)) Add(r);
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types the method's IL names: calls, constructions, field accesses, casts, typeof and generic arguments.</summary>
    private static IEnumerable<Type> IlReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var code = OpCodesByValue[value];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    var member = module.ResolveMember(token, typeArgs, methodArgs);
                    if (member is Type t) yield return t;
                    else if (member is not null)
                    {
                        if (member.DeclaringType is { } declaring) yield return declaring;
                        if (member is MethodInfo { IsGenericMethod: true } generic) foreach (var a in generic.GetGenericArguments()) yield return a;
                        if (member is FieldInfo fieldInfo) yield return fieldInfo.FieldType;
                    }
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
