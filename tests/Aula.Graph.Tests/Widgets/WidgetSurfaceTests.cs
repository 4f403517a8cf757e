using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Widgets;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Widgets;

/// The widget surface is a promise: every coordinate in it exists in the schema (a rename cannot silently widen or
/// narrow it), it reaches none of the types that hold messages or sensitive data, and it writes nothing.
public sealed class WidgetSurfaceTests
{
    private static readonly HashSet<string> Reachable =
    [
        "Query", "Node", "Child", "ChildConnection", "ChildEdge", "PageInfo", "Group", "GroupConnection", "GroupEdge",
        "Institution", "WeeklyPlan", "WeeklyPlanEntry", "ChildDay",
    ];

    [Fact]
    public void EveryCoordinateExistsAndReachesOnlyTheTypesAWidgetMaySee()
    {
        using var factory = new AulaFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        foreach (var (scope, coordinates) in WidgetSurface.ByScope)
        {
            Assert.True(scope.Length == 0 || WidgetScopes.All.Contains(scope), scope);
            foreach (var coordinate in coordinates)
            {
                var (type, field) = (coordinate.Split('.')[0], coordinate.Split('.')[1]);
                Assert.True(Reachable.Contains(type), $"{coordinate}: a widget may not reach {type}");
                var complex = Assert.IsAssignableFrom<IComplexGraphType>(schema.AllTypes[type]);
                var fields = field == "*" ? complex.Fields.ToList() : [complex.GetField(field) ?? throw new InvalidOperationException($"{coordinate} is not in the schema")];
                foreach (var found in fields)
                {
                    var returns = found.ResolvedType!.GetNamedType();
                    Assert.True(returns is ScalarGraphType or EnumerationGraphType || Reachable.Contains(returns.Name),
                        $"{type}.{found.Name} returns {returns.Name}, which a widget may not see");
                }
            }
        }
    }

    [Fact]
    public void NoScopeOpensMessagesContactsConsentsNotesOrWrites()
    {
        var all = WidgetSurface.ByScope.Values.SelectMany(c => c).ToList();

        Assert.DoesNotContain(all, c => c.StartsWith("Mutation.", StringComparison.Ordinal) || c.StartsWith("Subscription.", StringComparison.Ordinal));
        Assert.DoesNotContain(all, c => c is "Query.threads" or "Query.me" or "Child.contact" or "Child.consents" or "Child.guardians"
            or "ChildDay.note" or "ChildDay.pickup" or "ChildDay.history" or "Group.members" or "WeeklyPlan.author");
    }
}
