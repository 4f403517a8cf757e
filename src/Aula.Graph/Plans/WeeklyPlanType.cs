using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Groups;
using Aula.Graph.People;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Aula.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Aula.Graph.Plans;

public sealed class WeeklyPlanType : ObjectGraphType<WeeklyPlan>
{
    public WeeklyPlanType(AulaClock clock)
    {
        this.IsNode("WeeklyPlan", p => p.Id);
        Description = "A group's plan for one ISO week. Parents and pupils see it from its publish time, the group's staff at once.";
        Field<NonNullGraphType<GroupType>>("group").Resolve(c => c.Loader<GroupByIdLoader>().Load(c.Source.GroupId));
        Field<NonNullGraphType<IsoWeekGraphType>>("week").Resolve(c => new IsoWeek(c.Source.Year, c.Source.Week));
        Field<NonNullGraphType<DateTimeGraphType>>("publishAt")
            .Description("When parents and pupils get to see the plan (UTC).")
            .Resolve(c => c.Source.PublishAt.UtcDateTime);
        Field<NonNullGraphType<BooleanGraphType>>("isPublished")
            .Description("Whether the publish time has passed.")
            .Resolve(c => c.Source.PublishAt <= clock.Now);
        Field<NonNullGraphType<PersonType>>("author")
            .Description("Who saved the plan last.")
            .Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.AuthorId));
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyPlanEntryType>>>>("entries")
            .Description("The plan's entries by day, then in the order the author gave them.")
            // A plan that a mutation just saved carries its new entries; a plan that was read has none loaded.
            .Resolve(c => c.Source.Entries.Count > 0
                ? WeeklyPlanEntriesLoader.Ordered(c.Source.Entries)
                : c.Loader<WeeklyPlanEntriesLoader>().Load(c.Source.Id));
    }
}

public sealed class WeeklyPlanEntryType : ObjectGraphType<WeeklyPlanEntry>
{
    public WeeklyPlanEntryType()
    {
        Name = "WeeklyPlanEntry";
        Description = "One item of a weekly plan: a subject's lesson, or a note for the day.";
        Field<NonNullGraphType<WeekdayType>>("day").Resolve(c => c.Source.Day);
        Field<StringGraphType>("subject").Description("The subject, or null for a note about the day.").Resolve(c => c.Source.Subject);
        Field(e => e.Text);
    }
}
