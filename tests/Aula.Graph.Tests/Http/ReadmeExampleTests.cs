using Aula.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Aula.Graph.Tests.Http;

/// The README's example queries, answered as mette.hansen sees them: the whole response is the contract.
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly AulaFactory factory = ContractSnapshot.FixedApp();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task WhoAmIAndWhichChildrenMayISee()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL("mette.hansen").PostAsync(
            "{ me { person { displayName } profiles { kind role institution { name } } } children { totalCount nodes { id displayName groups { name } } } }");

        ContractSnapshot.Match(response, name);
    }

    [Fact]
    public async Task MyChildrensGroupsWithThisWeeksPlan()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL("mette.hansen").PostAsync(
            "{ children { nodes { firstName groups { name weeklyPlan { week publishAt entries { day subject text } } } } } }");

        ContractSnapshot.Match(response, name);
    }

    [Fact]
    public async Task MyUnreadThreadsNewestActivityFirst()
    {
        var name = Snapshot.FullName();

        var response = await factory.GraphQL("mette.hansen").PostAsync(
            "{ threads(first: 10, filter: { unread: true }) { totalCount nodes { id subject sensitive unreadCount lastMessage { body author { displayName } } } pageInfo { hasNextPage endCursor } } }");

        ContractSnapshot.Match(response, name);
    }
}
