using Aula.Graph.Children;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;

namespace Aula.Graph.Contacts;

/// `Person.contact`.
internal sealed class PersonContactField : ITypeFields<PersonType>
{
    public void AddTo(PersonType type) =>
        type.Field<ContactDetailsType>("contact")
            .Description(ContactFieldText.Description)
            .Resolve(c => c.Loader<ContactLoader>().Load(c.Source.Id));
}

/// `Child.contact`: the same rule as for the child as a person.
internal sealed class ChildContactField : ITypeFields<ChildType>
{
    public void AddTo(ChildType type) =>
        type.Field<ContactDetailsType>("contact")
            .Description(ContactFieldText.Description)
            .Resolve(c => c.Loader<ContactLoader>().Load(c.Source.Id));
}

internal static class ContactFieldText
{
    public const string Description =
        "Phone, email and address; null when you may not see them. You see your own and your children's; other "
        + "guardians' while they share them through the `contact-sharing` consent with a class, year or institution one "
        + "of your children belongs to; teachers, pedagogues, leaders and administrative staff see those of the children "
        + "enrolled at their institution and of their guardians, and each such read is written to the access log.";
}
