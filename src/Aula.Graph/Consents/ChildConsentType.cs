using Aula.Graph.Access;
using Aula.Graph.AccessLogs;
using Aula.Graph.Data;
using Aula.Graph.People;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.Consents;

public sealed class ChildConsentType : ObjectGraphType<ChildConsent>
{
    public ChildConsentType()
    {
        Name = "ChildConsent";
        Description = "A consent that applies to a child, and how its guardians answered.";
        Field<NonNullGraphType<ConsentDefinitionType>>("definition").Resolve(c => c.Source.Definition);
        Field<ConsentAnswerType>("myAnswer")
            .Description("Your own answer as the child's guardian; null if you have not answered or are not a guardian.")
            .Resolve(c => c.Source.MyAnswer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentAnswerType>>>>("answers")
            .Description("Every guardian's current answer; seen by the child's guardians and the staff where the child is "
                + "enrolled. A staff read is written to the access log.")
            .ResolveAsync(async c =>
            {
                // Anyone but the child's guardians who sees answers sees them as staff (see VisibleConsentAnswers).
                if (c.Source.Answers.Count > 0 && !(await c.ViewerAsync()).GuardianOf.Contains(c.Source.ChildId))
                {
                    c.RequestServices!.GetRequiredService<AccessLog>().Record(AccessKind.Consents, childId: c.Source.ChildId);
                }
                return c.Source.Answers;
            });
    }
}

public sealed class ConsentAnswerType : ObjectGraphType<ConsentAnswer>
{
    public ConsentAnswerType()
    {
        Name = "ConsentAnswer";
        Description = "A guardian's current answer to a consent for one child. It takes effect at once.";
        Field<NonNullGraphType<PersonType>>("guardian").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.GuardianId));
        Field(a => a.Granted);
        Field<ConsentScopeType>("scope").Description("How widely a granted consent applies, for consents that have a scope.")
            .Resolve(c => c.Source.Scope);
        Field<NonNullGraphType<DateTimeGraphType>>("answeredAt").Description("When the answer last changed.")
            .Resolve(c => c.Source.AnsweredAt.UtcDateTime);
    }
}
