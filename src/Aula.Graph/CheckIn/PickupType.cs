using Aula.Graph.Children;
using Aula.Graph.People;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// How the child gets home, read off the day: exactly one of guardian, pickup person, other child or time window.
public sealed class PickupType : ObjectGraphType<ChildDay>
{
    public PickupType()
    {
        Name = "Pickup";
        Description = "How the child gets home: picked up by a guardian or a pickup person, with another child, or alone within a time window.";
        Field<NonNullGraphType<PickupKindType>>("kind").Resolve(c => c.Source.Pickup);
        Field<PersonType>("guardian").Description("The guardian who picks up (GUARDIAN).")
            .Resolve(c => c.Source.PickupGuardianId is { } id ? c.Loader<PersonByIdLoader>().Load(id) : null);
        Field<PickupPersonType>("pickupPerson").Description("The pickup person who picks up (PICKUP_PERSON).")
            .Resolve(c => c.Source.PickupPersonId is { } id ? c.Loader<PickupPersonLoader>().Load(id) : null);
        Field<ChildType>("goesHomeWith").Description("The child this child goes home with (GOES_HOME_WITH); null when you may not see that child.")
            .Resolve(c => c.Source.GoesHomeWithId is { } id ? c.Loader<ChildByIdLoader>().Load(id) : null);
        Field<TimeOnlyGraphType>("aloneFrom").Description("Goes home alone from this time (GOES_HOME_ALONE).").Resolve(c => c.Source.AloneFrom);
        Field<TimeOnlyGraphType>("aloneUntil").Description("... and no later than this.").Resolve(c => c.Source.AloneUntil);
    }
}
