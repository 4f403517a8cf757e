using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Widgets;

public sealed class WidgetType : ObjectGraphType<Widget>
{
    public WidgetType()
    {
        this.IsNode("Widget", w => w.Id);
        Description = "A third-party widget in the platform's registry: what its vendor's back end may read with a widget token.";
        Field(w => w.Name);
        Field(w => w.Vendor);
        Field<NonNullGraphType<EnumerationGraphType<WidgetAudience>>>("audience").Resolve(c => c.Source.Audience);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("What the widget may read, e.g. `plans:read`, `groups:read`, `presence:read`. No scope reaches messages, contact details, consents or notes.")
            .Resolve(c => WidgetScopes.Parse(c.Source.Scopes).Order(StringComparer.Ordinal));
        Field<StringGraphType>("consentKey")
            .Description("The consent a guardian must have granted for a child before the widget sees that child; null when none is asked.")
            .Resolve(c => c.Source.ConsentKey);
        Field(w => w.TrustedDocumentsOnly).Description("The widget may only run the operations it registered, by `documentId`.");
    }
}

/// One registry widget as an institution has it.
public sealed record InstitutionWidgetSetting(Widget Widget, DateTimeOffset? EnabledAt);

public sealed class InstitutionWidgetType : ObjectGraphType<InstitutionWidgetSetting>
{
    public InstitutionWidgetType()
    {
        Name = "InstitutionWidget";
        Description = "A widget of the registry, and whether the institution has enabled it.";
        Field<NonNullGraphType<WidgetType>>("widget").Resolve(c => c.Source.Widget);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(c => c.Source.EnabledAt is not null);
        Field<DateTimeGraphType>("enabledAt").Resolve(c => c.Source.EnabledAt?.UtcDateTime);
    }
}
