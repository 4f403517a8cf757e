using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Aula.Graph.Auth;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Tests.Export;

/// Who gets the export, through the download and through GraphQL alike, and what taking it leaves in the log.
public sealed class ExportAccessTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task DownloadIsAJsonAttachmentNamedAfterToday()
    {
        var before = Today();
        using var response = await factory.DownloadAsync("mette.hansen");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.GetValues("Content-Disposition").Single(),
            new[] { before, Today() }.Select(d => $"attachment; filename=\"aula-export-{d}.json\""));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("aula-export", body["format"]!.GetValue<string>());
        Assert.True(DateTimeOffset.UtcNow - body["generatedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task GraphQLFieldAnswersTheSameDocumentAsAnObject()
    {
        var field = (await factory.GraphQL("thomas.hansen", mfa: true).PostAsync(ExportRequests.Query)).Ok()["exportMyData"]!.AsObject();
        var download = await factory.ExportAsync("thomas.hansen");

        field.Remove("generatedAt");
        download.Remove("generatedAt");
        Assert.Equal(download.ToJsonString(), field.ToJsonString());
        Assert.NotEmpty(field.Rows("consentAnswers"));
    }

    [Fact]
    public async Task WithoutSecondFactorBothAreRefusedWithStepUpRequired()
    {
        using var response = await factory.DownloadAsync("mette.hansen", mfa: false);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        var field = await factory.GraphQL("mette.hansen").PostAsync(ExportRequests.Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("STEP_UP_REQUIRED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("SECOND_FACTOR", error["extensions"]!["requiredLevel"]!.GetValue<string>());
        Assert.Equal(["STEP_UP_REQUIRED"], field.Codes);
        Assert.Equal("SECOND_FACTOR", field.Errors[0]!["extensions"]!["requiredLevel"]!.GetValue<string>());
        Assert.Null(field.Data);
    }

    [Fact]
    public async Task AnonymousCallersAreUnauthenticated()
    {
        using var response = await factory.DownloadAsync(login: null);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        var field = await factory.GraphQL().PostAsync(ExportRequests.Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(401, field.Status);
        Assert.Equal(["UNAUTHENTICATED"], field.Codes);
    }

    [Fact]
    public async Task ThirdPartyClientIsForbiddenEvenWithSecondFactor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me/export");
        request.Headers.Authorization = new("Bearer", ClientToken("mette.hansen", "widget-vendor"));
        using var response = await factory.CreateClient().SendAsync(request);
        var field = await new GraphQLClient(factory.CreateClient(), ClientToken("mette.hansen", "widget-vendor")).PostAsync(ExportRequests.Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("FORBIDDEN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["FORBIDDEN"], field.Codes);
    }

    [Fact]
    public async Task TakingTheExportLogsTheSensitiveThreadsItHolds()
    {
        var mette = factory.LoginId("mette.hansen");
        var allergy = factory.Query(db => db.Threads.Single(t => t.Subject == "Sofies allergi").Id);

        var first = await factory.ExportAsync("mette.hansen");
        var logged = factory.Query(db => db.AccessLog.Where(e => e.ActorId == mette).ToList());
        var second = await factory.ExportAsync("mette.hansen");

        Assert.Empty(first.Rows("accessLog"));
        var entry = Assert.Single(logged);
        Assert.Equal((AccessKind.SensitiveThread, allergy), (entry.Kind, entry.ThreadId));
        Assert.Contains(second.Rows("accessLog"), e => e["threadId"]?.GetValue<int>() == allergy && e["kind"]!.GetValue<string>() == "SensitiveThread");
        Assert.Empty(await RefusedExportLogs());
    }

    private static string Today() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// A refused export reads nothing, so it logs nothing.
    private async Task<List<AccessLogEntry>> RefusedExportLogs()
    {
        var sofie = factory.LoginId("sofie.hansen");
        using var _ = await factory.DownloadAsync("sofie.hansen", mfa: false);
        return factory.Query(db => db.AccessLog.Where(e => e.ActorId == sofie).ToList());
    }

    /// A token as the identity provider issues it to another OAuth client, with the second factor.
    private string ClientToken(string login, string clientId)
    {
        var options = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.DevelopmentIssuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([new("sub", login), new("amr", "pwd"), new("amr", "mfa"), new("client_id", clientId)]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(factory.Services.GetRequiredService<DevelopmentKeyHolder>().Key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
