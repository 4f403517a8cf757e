using Aula.Graph;
using Aula.Graph.Auth;
using Aula.Graph.Export;
using Aula.Graph.Http;
using Aula.Graph.Widgets;
using Aula.Realtime;

if (TokenCommand.TryRun(args, out var exitCode) || SchemaCommand.TryRun(args, out exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAula(builder.Configuration);

var app = builder.Build();
app.UseAulaHttp();
app.UseAuthentication();
app.UseAuthorization();
app.MapAulaGraphQL();
app.MapAulaRealtime();
app.MapAulaHealth();
app.MapAulaExport();
app.MapAulaWidgets();
app.MapAulaDevelopmentTokens(app.Environment);
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public for the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
