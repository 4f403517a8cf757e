using Aula.Graph.Data;
using Aula.Graph.Data.Seed;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Widgets;

/// The day widget runs only the operation it registered, addressed by `documentId: "sha256:…"`.
public sealed class TrustedDocumentTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ARegisteredDocumentRunsByItsHash()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Day);

        var response = await vendor.PostDocumentAsync(DemoWidgets.DayDocument);

        Assert.Equal([factory.Child("Oliver", "Hansen")], response.Ok()["children"]!["nodes"].Ids());
    }

    [Fact]
    public async Task AnyOtherQueryIsRefusedBeforeItRuns()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Day);

        // Even the registered text itself, sent as a query: the point is that nothing unregistered can be sent.
        var response = await vendor.PostAsync(DemoWidgets.DayDocument);

        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], response.Codes);
    }

    [Fact]
    public async Task AnUnknownHashIsNotFoundAndAMalformedOneABadRequest()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Day);

        var unknown = await vendor.PostDocumentAsync("{ children { totalCount } }");
        var malformed = await vendor.SendAsync(Request("""{"documentId":"md5:abc"}"""));
        var both = await vendor.SendAsync(Request($$"""{"documentId":"sha256:{{WidgetManifest.HashOf(DemoWidgets.DayDocument)}}","query":"{ __typename }"}"""));

        Assert.Equal(["DOCUMENT_NOT_FOUND"], unknown.Codes);
        Assert.Equal(["BAD_REQUEST"], malformed.Codes);
        Assert.Equal(["BAD_REQUEST"], both.Codes);
    }

    [Fact]
    public async Task AnotherWidgetsDocumentsAreNotFound()
    {
        // The plans widget may send queries, but the day widget's documents are not its own.
        var plans = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        var person = factory.GraphQL("mette.hansen");

        Assert.Equal(["DOCUMENT_NOT_FOUND"], (await plans.PostDocumentAsync(DemoWidgets.DayDocument)).Codes);
        Assert.Equal(["DOCUMENT_NOT_FOUND"], (await person.PostDocumentAsync(DemoWidgets.DayDocument)).Codes);
        Assert.Equal(200, (await plans.PostAsync("{ children { totalCount } }")).Status);
    }

    [Fact]
    public async Task ADocumentRunsByGetToo()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Day);
        var id = Uri.EscapeDataString("sha256:" + WidgetManifest.HashOf(DemoWidgets.DayDocument));

        var response = await vendor.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={id}"));

        Assert.Equal([factory.Child("Oliver", "Hansen")], response.Ok()["children"]!["nodes"].Ids());
    }

    private static HttpRequestMessage Request(string json) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
}
