using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Plans;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class PickupPersonType : ObjectGraphType<PickupPerson>
{
    public PickupPersonType()
    {
        Name = "PickupPerson";
        Description = "Someone other than a guardian whom the guardians allow to pick the child up.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID.").Resolve(c => GlobalId.Encode("PickupPerson", c.Source.Id));
        Field(p => p.Name);
        Field(p => p.Relation).Description("How the person knows the child, in the guardians' words (\"mormor\", \"nabo\").");
    }
}

public sealed class CheckInTemplateDayType : ObjectGraphType<CheckInTemplateDay>
{
    public CheckInTemplateDayType()
    {
        Name = "PresenceTemplateDay";
        Description = "A weekday of the child's usual week; each day starts from it.";
        Field<NonNullGraphType<WeekdayType>>("weekday").Resolve(c => c.Source.Weekday);
        Field<TimeOnlyGraphType>("plannedArrival").Resolve(c => c.Source.PlannedArrival);
        Field<TimeOnlyGraphType>("plannedPickup").Resolve(c => c.Source.PlannedPickup);
    }
}

public sealed class CheckInCapabilitiesType : ObjectGraphType<CheckInSettings>
{
    public CheckInCapabilitiesType()
    {
        Name = "PresenceCapabilities";
        Description = "What the institution lets guardians do in arrival and departure; staff can always do all of it. Clients show only what is on.";
        Field<NonNullGraphType<BooleanGraphType>>("reportSick").Description("Report the child sick, for today.").Resolve(c => c.Source.GuardiansReportSick);
        Field<NonNullGraphType<BooleanGraphType>>("registerHoliday").Description("Register holidays ahead of time.").Resolve(c => c.Source.GuardiansRegisterHoliday);
        Field<NonNullGraphType<BooleanGraphType>>("setPickup").Description("Set the pickup time and who picks up, and keep the pickup persons.").Resolve(c => c.Source.GuardiansSetPickup);
        Field<NonNullGraphType<BooleanGraphType>>("writeNote").Description("Write the daily note.").Resolve(c => c.Source.GuardiansWriteNote);
        Field<NonNullGraphType<BooleanGraphType>>("editTemplate").Description("Keep the weekly template of arrival and pickup times.").Resolve(c => c.Source.GuardiansEditTemplate);
    }
}
