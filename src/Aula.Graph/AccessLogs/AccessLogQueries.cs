using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.AccessLogs;

/// `accessLog`: who read protected data, newest first. Nothing in the schema changes or removes an entry.
internal sealed class AccessLogQueries(IDbContextFactory<AulaDbContext> factory) : IQueryFields
{
    /// Ids grow with time, and unlike instants they order the same on both providers.
    private static readonly Keyset<AccessLogEntry, long> Newest = new(
        e => e.Id,
        q => q.OrderByDescending(e => e.Id),
        q => q.OrderBy(e => e.Id),
        k => e => e.Id < k,
        k => e => e.Id > k);

    public void AddTo(ObjectGraphType query) =>
        query.Field<ConnectionType<AccessLogEntryType, AccessLogEntry>>("accessLog")
            .Description("Who read protected data, through which client, newest first. With `childId`: reads of your child's data "
                + "(staff reads of contact details and consents, reads through third-party clients); only the child's guardians see it, "
                + "for anyone else it is null with NOT_FOUND. Without: reads of data about you, and of the sensitive threads you take part in.")
            .Paged()
            .Argument<IdGraphType>("childId", "A child in your custody.")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var childArgument = c.GetArgument<string?>("childId");
                if (childArgument is null)
                {
                    return await Newest.PageAsync(factory, db => db.OwnAccessLog(viewer), PageArgs.From(c), c.CancellationToken);
                }
                if (GlobalId.Decode(childArgument, "Child") is not { } childId || !viewer.GuardianOf.Contains(childId))
                {
                    throw new AulaError(ErrorCodes.NotFound, "No child with this ID.");
                }
                return await Newest.PageAsync(factory, db => db.ChildAccessLog(viewer, childId), PageArgs.From(c), c.CancellationToken);
            });
}
