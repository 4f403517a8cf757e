using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;

namespace Aula.Graph.Tests.Contacts;

/// The documents the contact tests send, and the demo facts they pick people by.
internal static class ContactRequests
{
    public const string PersonContact = "query($id: ID!) { node(id: $id) { ... on Person { displayName contact { phone email address } } } }";

    public const string ChildContact = """
        query($id: ID!) { node(id: $id) { ... on Child { contact { phone email address } guardians { id displayName contact { phone email address } } } } }
        """;

    /// The person's contact details as the client sees them; null when hidden (or the person is not visible at all).
    public static async Task<JsonNode?> ContactAsync(GraphQLClient client, string personId) =>
        (await client.PostAsync(PersonContact, new { id = personId })).Ok()["node"]?["contact"];

    /// Mette answers contact sharing for one of her children: a scope grants, null declines.
    public static async Task ShareAsync(AulaFactory factory, string child, string? scope)
    {
        var (first, last) = (child.Split(' ')[0], child.Split(' ')[1]);
        var payload = await AnswerAsync(factory.GraphQL("mette.hansen"),
            Input(factory.Child(first, last), factory.Definition("contact-sharing"), granted: scope is not null, scope));
        Assert.Empty(payload["errors"]!.AsArray());
    }

    /// The login of a guardian with a child in <paramref name="group"/> whose children are in no groups but
    /// <paramref name="group"/> and <paramref name="allowed"/>; found by structure, not by generated names.
    public static string GuardianOnlyIn(this AulaFactory factory, string group, params string[] allowed) =>
        factory.Query(db =>
        {
            var groupsOf = db.GroupMemberships.Where(m => m.Role == GroupRole.Child)
                .Select(m => new { m.PersonId, m.Group.Name }).ToList()
                .ToLookup(m => m.PersonId, m => m.Name);
            return db.Custodies.Where(c => c.Guardian.Login != null)
                .Select(c => new { c.Guardian.Login, c.ChildId }).ToList()
                .GroupBy(c => c.Login!)
                .Where(g => g.Any(c => groupsOf[c.ChildId].Contains(group))
                    && g.All(c => groupsOf[c.ChildId].All(n => n == group || allowed.Contains(n))))
                .Select(g => g.Key).Order(StringComparer.Ordinal).First();
        });

    public static int Key(string globalId) =>
        GlobalId.TryDecode(globalId, out _, out var key) ? (int)key : throw new ArgumentException(globalId);

    public static List<AccessLogEntry> AccessLog(this AulaFactory factory) =>
        factory.Query(db => db.AccessLog.OrderBy(e => e.Id).ToList());
}
