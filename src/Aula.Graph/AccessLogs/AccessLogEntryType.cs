using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.AccessLogs;

/// One entry. The actor comes as a name and roles (<see cref="AccessLogActorType"/>), not as a Person: whoever reads a log must learn who looked,
/// in what capacity, but an actor outside the reader's circle (a PPR specialist, a school leader) should not become
/// a person the reader can fetch and follow further. What was read links to objects the reader may see, else null:
/// `child`, `person` and `thread`, each added by its own feature.
public sealed class AccessLogEntryType : ObjectGraphType<AccessLogEntry>
{
    public AccessLogEntryType(IEnumerable<ITypeFields<AccessLogEntryType>> extensions)
    {
        Name = "AccessLogEntry";
        Description = "One read of protected data: who read what, when, through which client. Entries are never changed or removed "
            + "while the person they are about is kept.";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When it was read.").Resolve(c => c.Source.At.UtcDateTime);
        Field<NonNullGraphType<AccessKindType>>("kind").Description("What kind of data was read.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AccessLogActorType>>("actor").Description("Who read it.")
            .Resolve(c => c.Loader<AccessLogActorLoader>().Load(c.Source.ActorId));
        Field<StringGraphType>("client")
            .Description("The OAuth client the data was read through; null for the platform's own apps.")
            .Resolve(c => c.Source.ClientId);
        this.Extend(extensions);
    }
}

public sealed class AccessKindType : EnumerationGraphType
{
    public AccessKindType()
    {
        Name = "AccessKind";
        Description = "What kind of protected data a read touched.";
        Add("SENSITIVE_THREAD", AccessKind.SensitiveThread, "The subject or messages of a sensitive thread.");
        Add("CONTACT_DETAILS", AccessKind.ContactDetails, "A child's or guardian's contact details, read by staff.");
        Add("CONSENTS", AccessKind.Consents, "A child's consent answers, read by staff.");
        Add("THIRD_PARTY_CLIENT", AccessKind.ThirdPartyClient, "Data read through a client other than the platform's own apps.");
    }
}
