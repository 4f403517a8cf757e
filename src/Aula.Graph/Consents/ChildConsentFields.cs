using Aula.Graph.Children;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.Consents;

/// `Child.consents` and `Child.consentHistory`, kept beside the rest of consents.
internal sealed class ChildConsentFields : ITypeFields<ChildType>
{
    public void AddTo(ChildType type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildConsentType>>>>("consents")
            .Description("The consents that apply to the child: the municipality's, and those of the institutions where the child is enrolled.")
            .Resolve(c => c.Loader<ChildConsentsLoader>().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentChangeType>>>>("consentHistory")
            .Description("Every change of the guardians' consent answers for the child, newest first; only the child's guardians see it.")
            .Resolve(c => c.Loader<ChildConsentHistoryLoader>().Load(c.Source.Id));
    }
}
