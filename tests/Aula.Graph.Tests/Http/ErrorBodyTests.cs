using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Snapshooter.Xunit;

namespace Aula.Graph.Tests.Http;

/// The error bodies clients program against: status, `errors` with their stable `extensions.code`, and what data
/// there is beside them.
public sealed class ErrorBodyTests : IDisposable
{
    private readonly AulaFactory factory = ContractSnapshot.FixedApp();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AnAnonymousCallerIsUnauthenticated()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL().PostAsync("{ me { person { displayName } } }");

        ContractSnapshot.Match(response, name);
    }

    [Fact]
    public async Task AnUnknownFieldIsAValidationError()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL("mette.hansen").PostAsync("{ me { person { displayName shoeSize } } }");

        ContractSnapshot.Match(response, name);
    }

    [Fact]
    public async Task SendingToAThreadOneDoesNotTakePartInIsNotFound()
    {
        var name = Snapshot.FullName();
        var input = MessagingData.SendInput(factory.Thread("Noahs trivsel"), "Hej", "snapshot-1");

        var response = await factory.GraphQL("mette.hansen").PostAsync(MessagingData.SendMessage, input);

        ContractSnapshot.Match(response, name);
    }

    [Fact]
    public async Task ASensitiveThreadsSubjectWithoutASecondFactorRequiresStepUp()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { sensitive unreadCount subject } } }", new { id = factory.Thread("Sofies allergi") });

        ContractSnapshot.Match(response, name);
    }
}
