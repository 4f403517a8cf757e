using Aula.Graph.Access;
using Aula.Graph.AccessLogs;
using Aula.Graph.Auth;
using Aula.Graph.CheckIn;
using Aula.Graph.CheckIn.Live;
using Aula.Graph.Data;
using Aula.Graph.Export;
using Aula.Graph.Http;
using Aula.Graph.Messaging;
using Aula.Graph.Messaging.Live;
using Aula.Graph.Retention;
using Aula.Graph.Schema;
using Aula.Graph.Widgets;
using Aula.Realtime;

namespace Aula.Graph;

public static class AulaServices
{
    /// <summary>Every service of the platform, in one list that the host and the schema command share. Each room
    /// registers its own services, and none depends on another's registering first.</summary>
    public static IServiceCollection AddAula(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddAulaData(configuration)
            .AddAulaAccess()
            .AddAulaAuth()
            .AddAulaGraphQL()
            .AddAulaAccessLogs()
            .AddAulaMessaging()
            .AddAulaLive()
            .AddAulaCheckIn()
            .AddAulaCheckInLive()
            .AddAulaRealtime(configuration)
            .AddAulaExport()
            .AddAulaRetention()
            .AddAulaWidgets()
            .AddAulaHttp();
}
