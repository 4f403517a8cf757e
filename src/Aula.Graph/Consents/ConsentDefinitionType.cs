using Aula.Graph.Data;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Consents;

public sealed class ConsentDefinitionType : ObjectGraphType<ConsentDefinition>
{
    public ConsentDefinitionType()
    {
        this.IsNode("ConsentDefinition", d => d.Id);
        Description = "A consent that guardians answer per child, asked by the municipality or by one institution.";
        Field(d => d.Key).Description("A stable key, such as `photos-website`.");
        Field(d => d.Title);
        Field(d => d.Description);
        Field(d => d.HasScope).Description("Whether a granted answer says how widely it applies (a ConsentScope).");
    }
}

public sealed class ConsentScopeType : EnumerationGraphType<ConsentScope>
{
    public ConsentScopeType()
    {
        Name = "ConsentScope";
        Description = "How widely a granted consent applies: the child's class, year, or whole institution.";
    }
}
