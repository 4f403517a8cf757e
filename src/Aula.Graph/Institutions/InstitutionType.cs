using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Institutions;

public sealed class InstitutionType : ObjectGraphType<Institution>
{
    public InstitutionType(IEnumerable<ITypeFields<InstitutionType>> extensions)
    {
        this.IsNode("Institution", i => i.Id);
        Description = "A school, SFO, daycare, club or municipal service.";
        Field(i => i.Name);
        Field<NonNullGraphType<EnumerationGraphType<InstitutionKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Source.Municipality);
        this.Extend(extensions);
    }
}

public sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "The municipality that runs the institution and controls its data.";
        Field(m => m.Code).Description("The municipality's official code.");
        Field(m => m.Name);
    }
}
