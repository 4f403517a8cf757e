using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class ChildDayPayload : Payload
{
    public ChildDay? Day { get; init; }
}

public sealed class ChildDayPayloadType() : PayloadType<ChildDayPayload>(
    "ChildDayPayload", "The day as it now stands, or why it was not changed.",
    t => t.Field<ChildDayType>("day").Description("The day as it now stands; null when nothing was done.").Resolve(c => c.Source.Day));

public sealed class ChildDaysPayload : Payload
{
    public IReadOnlyList<ChildDay>? Days { get; init; }
}

public sealed class ChildDaysPayloadType() : PayloadType<ChildDaysPayload>(
    "ChildDaysPayload", "The days as they now stand, or why none was changed.",
    t => t.Field<ListGraphType<NonNullGraphType<ChildDayType>>>("days")
        .Description("Every day of the range with a check-in place you may act at, in date order; null when nothing was done.")
        .Resolve(c => c.Source.Days));

public sealed class SaveCheckInTemplatePayload : Payload
{
    public IReadOnlyList<CheckInTemplateDay>? Template { get; init; }
}

public sealed class SaveCheckInTemplatePayloadType() : PayloadType<SaveCheckInTemplatePayload>(
    "SavePresenceTemplatePayload", "The saved week, or why it was not saved.",
    t => t.Field<ListGraphType<NonNullGraphType<CheckInTemplateDayType>>>("template")
        .Description("The weekdays with planned times, Monday first; null when nothing was saved.").Resolve(c => c.Source.Template));

public sealed class PickupPersonPayload : Payload
{
    public PickupPerson? PickupPerson { get; init; }
}

public sealed class PickupPersonPayloadType() : PayloadType<PickupPersonPayload>(
    "PickupPersonPayload", "The pickup person added or removed, or why not.",
    t => t.Field<PickupPersonType>("pickupPerson").Resolve(c => c.Source.PickupPerson));

public sealed class SetCheckInCapabilitiesPayload : Payload
{
    public CheckInSettings? Capabilities { get; init; }
}

public sealed class SetCheckInCapabilitiesPayloadType() : PayloadType<SetCheckInCapabilitiesPayload>(
    "SetPresenceCapabilitiesPayload", "What guardians may now do at the institution, or why it was not changed.",
    t => t.Field<CheckInCapabilitiesType>("capabilities").Resolve(c => c.Source.Capabilities));
