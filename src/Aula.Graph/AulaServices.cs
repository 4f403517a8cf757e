using Aula.Graph.Auth;
using Aula.Graph.Data;
using Aula.Graph.Export;
using Aula.Graph.Http;
using Aula.Graph.Messaging;
using Aula.Graph.Messaging.Live;
using Aula.Graph.Presence;
using Aula.Graph.Presence.Live;
using Aula.Graph.Retention;
using Aula.Graph.Schema;
using Aula.Graph.Widgets;
using Aula.Realtime;

namespace Aula.Graph;

public static class AulaServices
{
    /// <summary>Every service of the platform, in one list that the host and the schema command share.</summary>
    public static IServiceCollection AddAula(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddAulaData(configuration)
            .AddAulaAuth()
            .AddAulaGraphQL()
            .AddAulaMessaging()
            .AddAulaPresence()
            .AddAulaRealtime(configuration)
            .AddAulaLive()
            .AddAulaPresenceLive()
            .AddAulaExport()
            .AddAulaRetention()
            .AddAulaWidgets()
            .AddAulaHttp();
}
