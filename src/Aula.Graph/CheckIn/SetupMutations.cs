using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// What a child's days start from: the weekly template and the pickup persons. Guardians change them where the
/// institution of the child's place today lets them (`editTemplate`, `setPickup`); its staff always may.
internal sealed class SetupMutations(DayChanger changer, WriteRetry writes, AulaClock clock) : IMutationFields
{
    private const string Errors = " Errors: NOT_FOUND, FORBIDDEN, VALIDATION, UNAVAILABLE.";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SaveCheckInTemplatePayloadType>>("savePresenceTemplate")
            .Description("Replaces the child's usual week of planned arrival and pickup times; every day not yet changed follows it." + Errors)
            .Argument<NonNullGraphType<SaveCheckInTemplateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SaveCheckInTemplateInput>("input");
                var (target, error) = await TargetAsync(c, input.ChildId, GuardianFeature.EditTemplate);
                if ((error ?? CheckInRules.Template(input.Days)) is { } refused)
                {
                    return new SaveCheckInTemplatePayload { Errors = [refused] };
                }
                var viewer = await c.ViewerAsync();
                var saved = await writes.RunAsync(async (db, ct) =>
                {
                    await db.CheckInTemplates.Where(t => t.ChildId == target!.ChildId).ExecuteDeleteAsync(ct);
                    List<CheckInTemplateDay> days = [.. input.Days.Select(d => new CheckInTemplateDay
                    {
                        ChildId = target!.ChildId, Weekday = d.Weekday, PlannedArrival = d.PlannedArrival, PlannedPickup = d.PlannedPickup,
                        UpdatedById = viewer.PersonId, UpdatedAt = clock.Now,
                    })];
                    db.CheckInTemplates.AddRange(days);
                    await db.SaveChangesAsync(ct);
                    return days;
                }, c.CancellationToken);
                return saved is null ? new SaveCheckInTemplatePayload { Errors = [UserError.Busy] } : new SaveCheckInTemplatePayload { Template = CheckInRules.InWeekOrder(saved) };
            });
        mutation.Field<NonNullGraphType<PickupPersonPayloadType>>("addPickupPerson")
            .Description("Adds someone who may pick the child up." + Errors)
            .Argument<NonNullGraphType<AddPickupPersonInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddPickupPersonInput>("input");
                var (target, error) = await TargetAsync(c, input.ChildId, GuardianFeature.SetPickup);
                if ((error ?? CheckInRules.PickupPerson(input)) is { } refused)
                {
                    return new PickupPersonPayload { Errors = [refused] };
                }
                var viewer = await c.ViewerAsync();
                var added = await writes.RunAsync(async (db, ct) =>
                {
                    var person = new PickupPerson { ChildId = target!.ChildId, Name = input.Name.Trim(), Relation = input.Relation.Trim(), AddedById = viewer.PersonId, AddedAt = clock.Now };
                    db.PickupPersons.Add(person);
                    await db.SaveChangesAsync(ct);
                    return person;
                }, c.CancellationToken);
                return added is null ? new PickupPersonPayload { Errors = [UserError.Busy] } : new PickupPersonPayload { PickupPerson = added };
            });
        mutation.Field<NonNullGraphType<PickupPersonPayloadType>>("removePickupPerson")
            .Description("Removes a pickup person: they may no longer be named. Days that already name them keep the name." + Errors)
            .Argument<NonNullGraphType<RemovePickupPersonInputType>>("input")
            .ResolveAsync(async c => await RemoveAsync(c, c.GetArgument<RemovePickupPersonInput>("input")));
    }

    /// The child's day today decides: whoever may change it with this feature may change what it starts from.
    private async Task<(DayTarget? Target, UserError? Error)> TargetAsync(IResolveFieldContext c, string childId, GuardianFeature feature) =>
        await changer.Targets.OneAsync(await c.ViewerAsync(), GlobalId.Decode(childId, "Child"), null, feature, c.CancellationToken);

    private async Task<PickupPersonPayload> RemoveAsync(IResolveFieldContext c, RemovePickupPersonInput input)
    {
        var notFound = new UserError(ErrorCodes.NotFound, "There is no pickup person with this ID.", ["input", "pickupPersonId"]);
        var id = GlobalId.Decode(input.PickupPersonId, "PickupPerson");
        var childId = id is null ? null : await writes.RunAsync(async (db, ct) =>
            await db.PickupPersons.Where(p => p.Id == id && p.RemovedAt == null).Select(p => (int?)p.ChildId).SingleOrDefaultAsync(ct) is { } child
                ? GlobalId.Encode("Child", child) : "", c.CancellationToken);
        if (string.IsNullOrEmpty(childId))
        {
            return new PickupPersonPayload { Errors = [notFound] };
        }
        var (_, error) = await TargetAsync(c, childId, GuardianFeature.SetPickup);
        if (error is not null)
        {
            return new PickupPersonPayload { Errors = [error.Code == ErrorCodes.NotFound ? notFound : error] };
        }
        var removed = await writes.RunAsync(async (db, ct) =>
        {
            var person = await db.PickupPersons.AsTracking().SingleAsync(p => p.Id == id, ct);
            person.RemovedAt ??= clock.Now;
            await db.SaveChangesAsync(ct);
            return person;
        }, c.CancellationToken);
        return removed is null ? new PickupPersonPayload { Errors = [UserError.Busy] } : new PickupPersonPayload { PickupPerson = removed };
    }
}
