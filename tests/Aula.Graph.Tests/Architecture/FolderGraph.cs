using Mono.Cecil;

namespace Aula.Graph.Tests.Architecture;

/// Which folder of an assembly uses which, read from the compiled IL: every type a folder's types name in their
/// signatures, attributes and method bodies. A folder is the first namespace segment below the assembly's root
/// namespace; "(root)" is the root namespace itself (and the global one: top-level statements).
internal sealed class FolderGraph
{
    public const string Root = "(root)";

    private FolderGraph(string assembly, IReadOnlyDictionary<string, SortedSet<string>> edges)
    {
        Assembly = assembly;
        Edges = edges;
    }

    public string Assembly { get; }

    /// Folder → the folders (of this assembly) and other project assemblies ("Aula.Realtime") it uses.
    public IReadOnlyDictionary<string, SortedSet<string>> Edges { get; }

    public static FolderGraph Of(System.Reflection.Assembly assembly, string rootNamespace, params string[] projectAssemblies)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes().Where(t => IsProjects(t, rootNamespace)))
        {
            var from = FolderOf(type, rootNamespace);
            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedBy(type))
            {
                var scope = used.Scope.Name.Replace(".dll", "", StringComparison.Ordinal);
                if (used.Scope == module || used.Scope is ModuleDefinition)
                {
                    if (!IsProjects(used, rootNamespace))
                    {
                        continue;
                    }
                    var to = FolderOf(used, rootNamespace);
                    if (to != from)
                    {
                        targets.Add(to);
                    }
                }
                else if (projectAssemblies.Contains(scope, StringComparer.Ordinal))
                {
                    targets.Add(scope);
                }
            }
        }
        return new FolderGraph(module.Assembly.Name.Name, edges);
    }

    /// Each cycle between folders, as the folders in it.
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's strongly connected components; a component of more than one folder is a cycle.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in Edges.GetValueOrDefault(node) ?? [])
            {
                if (!Edges.ContainsKey(next))
                {
                    continue;
                }
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }
            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
        foreach (var node in Edges.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return cycles;
    }

    public override string ToString() =>
        string.Join('\n', Edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} -> {string.Join(", ", e.Value)}"));

    /// The project's own types: not those the compiler adds (embedded attributes, private implementation details).
    private static bool IsProjects(TypeReference type, string rootNamespace)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type.Namespace.StartsWith(rootNamespace, StringComparison.Ordinal) || (type.Namespace.Length == 0 && type.Name == "Program");
    }

    private static string FolderOf(TypeReference type, string rootNamespace)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        var ns = type.Namespace;
        if (ns.Length == 0 || ns == rootNamespace || !ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return Root;
        }
        return ns[(rootNamespace.Length + 1)..].Split('.')[0];
    }

    private static List<TypeReference> UsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void Attributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments)
                {
                    Add(argument.Type);
                    Add(argument.Value as TypeReference);
                }
            }
        }
        void Method(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        Attributes(type);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            Attributes(field);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            Attributes(property);
        }
        foreach (var method in type.Methods)
        {
            Method(method);
            Attributes(method);
            method.GenericParameters.SelectMany(g => g.Constraints).ToList().ForEach(c => Add(c.ConstraintType));
            if (!method.HasBody)
            {
                continue;
            }
            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference m:
                        Method(m);
                        break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }
        return found;
    }
}
