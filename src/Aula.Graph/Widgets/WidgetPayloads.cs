using Aula.Graph.Children;
using Aula.Graph.Schema.Errors;
using GraphQL.Types;

namespace Aula.Graph.Widgets;

public sealed class SetWidgetEnabledInput
{
    public string InstitutionId { get; init; } = "";
    public string WidgetId { get; init; } = "";
    public bool Enabled { get; init; }
}

public sealed class SetWidgetEnabledInputType : InputObjectGraphType<SetWidgetEnabledInput>
{
    public SetWidgetEnabledInputType()
    {
        Name = "SetWidgetEnabledInput";
        Description = "Turns one widget on or off at one institution.";
        Field<NonNullGraphType<IdGraphType>>("institutionId");
        Field<NonNullGraphType<IdGraphType>>("widgetId");
        Field<NonNullGraphType<BooleanGraphType>>("enabled");
    }
}

public sealed class SetWidgetEnabledPayload : Payload
{
    public InstitutionWidgetSetting? Widget { get; init; }
}

public sealed class SetWidgetEnabledPayloadType() : PayloadType<SetWidgetEnabledPayload>(
    "SetWidgetEnabledPayload", "The widget as the institution now has it, or why it was not changed.",
    t => t.Field<InstitutionWidgetType>("widget").Resolve(c => c.Source.Widget));

public sealed class WidgetTokenPayload : Payload
{
    public string? Token { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public IReadOnlyList<Child> Children { get; init; } = [];
}

public sealed class WidgetTokenPayloadType() : PayloadType<WidgetTokenPayload>(
    "WidgetTokenPayload", "A short-lived token for the widget's vendor, and what it grants.",
    t =>
    {
        t.Field<StringGraphType>("token").Description("A JWT signed by the platform (ES256); verify it with `/.well-known/jwks.json`.").Resolve(c => c.Source.Token);
        t.Field<DateTimeGraphType>("expiresAt").Resolve(c => c.Source.ExpiresAt?.UtcDateTime);
        t.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(c => c.Source.Scopes);
        t.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildType>>>>("children")
            .Description("The children the token lets the widget see: yours (a pupil: you) at institutions that enabled it.")
            .Resolve(c => c.Source.Children);
    });
