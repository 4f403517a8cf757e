using Aula.Graph.Data;
using GraphQL;
using GraphQL.Instrumentation;

namespace Aula.Graph.AccessLogs;

/// Notes, for an execution through a third-party client, each child whose data the response holds: a field
/// resolved on a child, or on data about one, puts that child's data in the response. Other objects, and every
/// field of a first-party execution, pass straight through.
internal sealed class ThirdPartyReads : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var (childId, personId) = About(context.Source);
        if ((childId ?? personId) is not null
            && context.RequestServices?.GetService<AccessLog>() is { } log
            && log.ThroughThirdParty(context.User))
        {
            if (childId is { } child)
            {
                log.Record(AccessKind.ThirdPartyClient, childId: child);
            }
            else
            {
                log.RecordPersonThroughClient(personId!.Value);
            }
        }
        return next(context);
    }

    /// The child a source object is about, or a person who may be a child (decided when the log is written).
    private static (int? ChildId, int? PersonId) About(object? source) => source switch
    {
        IAboutChild about => (about.ChildId, null),
        ConsentAnswer answer => (answer.ChildId, null),
        ConsentAnswerChange change => (change.ChildId, null),
        GroupMembership { Role: GroupRole.Child } member => (member.PersonId, null),
        Person person => (null, person.Id),
        _ => (null, null),
    };
}
