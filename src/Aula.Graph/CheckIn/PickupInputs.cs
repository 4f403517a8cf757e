using Aula.Graph.Data;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class SetPickupInput
{
    public string ChildId { get; init; } = "";
    public DateOnly? Date { get; init; }
    public TimeOnly? PlannedPickup { get; init; }
    public PickupKind? Kind { get; init; }
    public string? GuardianId { get; init; }
    public string? PickupPersonId { get; init; }
    public string? GoesHomeWithId { get; init; }
    public TimeOnly? AloneFrom { get; init; }
    public TimeOnly? AloneUntil { get; init; }
}

public sealed class SetPickupInputType : InputObjectGraphType<SetPickupInput>
{
    public SetPickupInputType()
    {
        Name = "SetPickupInput";
        Description = "When and how the child gets home on one day, today or later. Replaces the day's pickup as a whole: "
            + "give only the ID that `kind` needs.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<DateOnlyGraphType>("date").Description("Default: today where the child is checked in.");
        Field<TimeOnlyGraphType>("plannedPickup").Description("Null: the weekly template's time.");
        Field<PickupKindType>("kind").Description("Null: nobody named yet.");
        Field<IdGraphType>("guardianId").Description("With GUARDIAN, optionally: which of the child's guardians.");
        Field<IdGraphType>("pickupPersonId").Description("With PICKUP_PERSON: one of the child's current pickup persons.");
        Field<IdGraphType>("goesHomeWithId").Description("With GOES_HOME_WITH: a child at the same institution that day whom you may see.");
        Field<TimeOnlyGraphType>("aloneFrom").Description("With GOES_HOME_ALONE: the start of the window.");
        Field<TimeOnlyGraphType>("aloneUntil").Description("With GOES_HOME_ALONE: the end of the window, after its start.");
    }
}

public sealed class PickupKindType : EnumerationGraphType<PickupKind>
{
    public PickupKindType()
    {
        Name = "PickupKind";
        Description = "How the child gets home.";
    }
}

public sealed class AddPickupPersonInput
{
    public string ChildId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Relation { get; init; } = "";
}

public sealed class AddPickupPersonInputType : InputObjectGraphType<AddPickupPersonInput>
{
    public AddPickupPersonInputType()
    {
        Name = "AddPickupPersonInput";
        Description = "Someone the guardians allow to pick the child up.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {CheckInRules.MaxName} characters.");
        Field<NonNullGraphType<StringGraphType>>("relation").Description($"How the person knows the child (\"mormor\"); at most {CheckInRules.MaxRelation} characters.");
    }
}

public sealed class RemovePickupPersonInput
{
    public string PickupPersonId { get; init; } = "";
}

public sealed class RemovePickupPersonInputType : InputObjectGraphType<RemovePickupPersonInput>
{
    public RemovePickupPersonInputType()
    {
        Name = "RemovePickupPersonInput";
        Description = "A pickup person who may no longer pick the child up; days already planned keep naming them until changed.";
        Field<NonNullGraphType<IdGraphType>>("pickupPersonId");
    }
}
