using GraphQL.Types;

namespace Aula.Graph.Contacts;

/// A person's phone, email and address, as stored; any of them may be missing.
public sealed record ContactDetails(string? Phone, string? Email, string? Address)
{
    public bool IsEmpty => Phone is null && Email is null && Address is null;
}

public sealed class ContactDetailsType : ObjectGraphType<ContactDetails>
{
    public ContactDetailsType()
    {
        Name = "ContactDetails";
        Description = "How to reach a person. Each detail is null when it is not stored.";
        Field(d => d.Phone, nullable: true).Description("Phone number.");
        Field(d => d.Email, nullable: true).Description("Email address.");
        Field(d => d.Address, nullable: true).Description("Postal address.");
    }
}
