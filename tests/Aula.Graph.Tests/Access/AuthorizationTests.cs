using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Access;

/// Who sees which children, groups, people and institutions, role by role, allowed and denied.
public sealed class AuthorizationTests : IDisposable
{
    private const string NodeName = "query($id: ID!) { node(id: $id) { __typename id } }";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<List<string>> ChildNamesAsync(string login)
    {
        var data = (await factory.GraphQL(login).PostAsync("{ children(first: 100) { nodes { firstName } } }")).Ok();
        return [.. data["children"]!["nodes"]!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).Order()];
    }

    private async Task<List<string>> GroupNamesAsync(string login)
    {
        var data = (await factory.GraphQL(login).PostAsync("{ groups(first: 100) { nodes { name } } }")).Ok();
        return [.. data["groups"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];
    }

    private async Task<bool> SeesNodeAsync(string login, string id)
    {
        var response = await factory.GraphQL(login).PostAsync(NodeName, new { id });
        return response.Ok()["node"] is not null;
    }

    [Fact]
    public async Task GuardianSeesExactlyTheChildrenInTheirCustody() =>
        Assert.Equal(["Oliver", "Sofie"], await ChildNamesAsync("mette.hansen"));

    [Fact]
    public async Task PupilSeesOnlyThemself() =>
        Assert.Equal(["Sofie"], await ChildNamesAsync("sofie.hansen"));

    [Fact]
    public async Task TeacherSeesTheSchoolsChildrenButNotTheDaycares()
    {
        var names = await ChildNamesAsync("lars.nielsen");
        Assert.Contains("Sofie", names);
        Assert.DoesNotContain("Oliver", names);
        Assert.False(await SeesNodeAsync("lars.nielsen", factory.Child("Oliver", "Hansen")));
    }

    [Fact]
    public async Task PedagogueSeesTheDaycaresChildrenButNotTheSchools()
    {
        Assert.True(await SeesNodeAsync("anne.pedersen", factory.Child("Oliver", "Hansen")));
        Assert.False(await SeesNodeAsync("anne.pedersen", factory.Child("Sofie", "Hansen")));
    }

    [Fact]
    public async Task GuardianOfAnotherChildCannotFetchSofie()
    {
        Assert.True(await SeesNodeAsync("mette.hansen", factory.Child("Sofie", "Hansen")));
        Assert.False(await SeesNodeAsync("peter.jensen", factory.Child("Sofie", "Hansen")));
        Assert.DoesNotContain("Sofie", await ChildNamesAsync("peter.jensen"));
    }

    [Fact]
    public async Task GuardianSeesTheirChildrensGroupsOnly()
    {
        var groups = await GroupNamesAsync("mette.hansen");
        Assert.Contains("3A", groups);
        Assert.Contains("Mariehønen", groups);
        Assert.DoesNotContain("3B", groups);
        Assert.False(await SeesNodeAsync("mette.hansen", factory.Group("3B")));
    }

    [Fact]
    public async Task EmployeeSeesEveryGroupOfTheirInstitutionOnly()
    {
        var groups = await GroupNamesAsync("lars.nielsen");
        Assert.Contains("3B", groups);
        Assert.Contains("0A", groups);
        Assert.DoesNotContain("Mariehønen", groups);
    }

    [Fact]
    public async Task GuardianSeesStaffAndOwnChildButNotClassmatesAmongGroupMembers()
    {
        var query = "query($id: ID!) { node(id: $id) { ... on Group { members { role person { firstName lastName } } } } }";
        var members = (await factory.GraphQL("mette.hansen").PostAsync(query, new { id = factory.Group("3A") })).Ok()["node"]!["members"]!.AsArray();
        var children = members.Where(m => m!["role"]!.GetValue<string>() == "CHILD").Select(m => m!["person"]!["firstName"]!.GetValue<string>()).ToList();
        Assert.Equal(["Sofie"], children);
        Assert.Contains(members, m => m!["role"]!.GetValue<string>() == "TEACHER" && m["person"]!["lastName"]!.GetValue<string>() == "Nielsen");

        var teacherView = (await factory.GraphQL("lars.nielsen").PostAsync(query, new { id = factory.Group("3A") })).Ok()["node"]!["members"]!.AsArray();
        Assert.True(teacherView.Count(m => m!["role"]!.GetValue<string>() == "CHILD") > 1);
    }

    [Fact]
    public async Task InvisibleIdsAnswerExactlyLikeIdsThatDoNotExist()
    {
        var client = factory.GraphQL("peter.jensen");
        var forbidden = await client.PostAsync(NodeName, new { id = factory.Child("Sofie", "Hansen") });
        var missing = await client.PostAsync(NodeName, new { id = GlobalId.Encode("Child", 987_654) });
        var malformed = await client.PostAsync(NodeName, new { id = "not-an-id" });
        var wrongType = await client.PostAsync(NodeName, new { id = GlobalId.Encode("Nope", 1) });

        Assert.Equal(missing.Status, forbidden.Status);
        Assert.Equal(missing.Body.ToJsonString(), forbidden.Body.ToJsonString());
        Assert.Equal(missing.Body.ToJsonString(), malformed.Body.ToJsonString());
        Assert.Equal(missing.Body.ToJsonString(), wrongType.Body.ToJsonString());
        Assert.Null(forbidden.Ok()["node"]);
    }

    [Fact]
    public async Task NodesKeepsOrderAndNullsWhatTheViewerMayNotSee()
    {
        var ids = new[] { factory.Child("Sofie", "Hansen"), factory.Group("3B"), factory.Group("3A") };
        var nodes = (await factory.GraphQL("mette.hansen").PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).Ok()["nodes"]!.AsArray();

        Assert.Equal(ids[0], nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal(ids[2], nodes[2]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GuardianSeesTheTeacherButNotAnUnrelatedParent()
    {
        Assert.True(await SeesNodeAsync("mette.hansen", factory.Person("lars.nielsen")));
        Assert.True(await SeesNodeAsync("mette.hansen", factory.Person("mette.hansen")));
        Assert.False(await SeesNodeAsync("peter.jensen", factory.Person("sara.madsen")));
    }

    [Fact]
    public async Task InstitutionsAreVisibleThroughWorkOrAChild()
    {
        Assert.True(await SeesNodeAsync("mette.hansen", factory.Institution("Børnehuset Mælkebøtten")));
        Assert.False(await SeesNodeAsync("peter.jensen", factory.Institution("Børnehuset Mælkebøtten")));
        Assert.True(await SeesNodeAsync("anne.pedersen", factory.Institution("Børnehuset Mælkebøtten")));
    }

    [Fact]
    public async Task MeListsTheViewersProfiles()
    {
        var me = (await factory.GraphQL("lars.nielsen", mfa: true).PostAsync(
            "{ me { person { displayName } assuranceLevel profiles { kind role institution { name } } } }")).Ok()["me"]!;

        Assert.Equal("Lars Nielsen", me["person"]!["displayName"]!.GetValue<string>());
        Assert.Equal("SECOND_FACTOR", me["assuranceLevel"]!.GetValue<string>());
        Assert.Contains(me["profiles"]!.AsArray(), p => p!["role"]?.GetValue<string>() == "TEACHER"
            && p["institution"]!["name"]!.GetValue<string>() == "Solby Skole");
    }

    [Fact]
    public async Task AnonymousCallersMayIntrospectAndNothingElse()
    {
        var anonymous = factory.GraphQL();
        var introspection = await anonymous.PostAsync("{ __schema { queryType { name } } }");
        var data = await anonymous.PostAsync("{ children { totalCount } }");

        Assert.Equal("Query", introspection.Ok()["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains("UNAUTHENTICATED", data.Codes);
        Assert.Null(data.Data?["children"]);
    }

    [Fact]
    public async Task ATokenForAnUnknownPersonSeesNothing()
    {
        var response = await factory.GraphQL("nobody.here").PostAsync("{ children { totalCount } }");
        Assert.Contains("UNAUTHENTICATED", response.Codes);
    }
}
