using Aula.Graph.Schema;
using Aula.Graph.Schema.Evolution;
using Aula.Graph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Schema;

/// The built schema against the last released one (schema/aula.released.graphql): every breaking change must be
/// recorded in schema/CHANGELOG.md.
public sealed class SchemaEvolutionTests
{
    private const string Released = """
        type Query { a: String! b(x: ID!, y: Int): [Item] c: Kind old: String @deprecated(reason: "Use a.") }
        type Item implements Node { id: ID! }
        interface Node { id: ID! }
        enum Kind { ONE TWO }
        input Filter { name: String! limit: Int }
        union Any = Item | Other
        type Other { id: ID }
        directive @tag(name: String) repeatable on FIELD_DEFINITION | FIELD
        type Mutation { run: String }
        """;

    [Fact]
    public void TheBuiltSchemaBreaksNothingTheChangelogDoesNotRecord()
    {
        using var factory = new AulaFactory();
        var built = AulaSchema.Print(factory.Services.GetRequiredService<ISchema>());

        var unrecorded = SchemaChangelog.UnrecordedIn(SchemaFolder.Above(AppContext.BaseDirectory), built);

        Assert.True(unrecorded.Count == 0, "Record these in schema/CHANGELOG.md under Unreleased: " + string.Join(", ", unrecorded));
    }

    public static TheoryData<string, string, string> Breaking() => new()
    {
        { "type Item implements Node { id: ID! }", "type Item2 implements Node { id: ID! }", "TYPE_REMOVED Item" },
        { "enum Kind { ONE TWO }", "input Kind { one: Int }", "TYPE_KIND_CHANGED Kind" },
        { "a: String! b(", "b(", "FIELD_REMOVED Query.a" },
        { "old: String @deprecated(reason: \"Use a.\")", "", "FIELD_REMOVED Query.old" },
        { "a: String!", "a: String", "FIELD_TYPE_CHANGED Query.a" },
        { "a: String!", "a: [String!]!", "FIELD_TYPE_CHANGED Query.a" },
        { "b(x: ID!, y: Int)", "b(x: ID!)", "ARGUMENT_REMOVED Query.b(y:)" },
        { "b(x: ID!, y: Int)", "b(x: ID!, y: Int!)", "ARGUMENT_TYPE_CHANGED Query.b(y:)" },
        { "b(x: ID!, y: Int)", "b(x: ID!, y: Int, z: String!)", "REQUIRED_ARGUMENT_ADDED Query.b(z:)" },
        { "input Filter { name: String! limit: Int }", "input Filter { name: String! }", "INPUT_FIELD_REMOVED Filter.limit" },
        { "input Filter { name: String! limit: Int }", "input Filter { name: Int! limit: Int }", "INPUT_FIELD_TYPE_CHANGED Filter.name" },
        { "input Filter { name: String! limit: Int }", "input Filter { name: String! limit: Int max: Int! }", "REQUIRED_INPUT_FIELD_ADDED Filter.max" },
        { "enum Kind { ONE TWO }", "enum Kind { ONE }", "ENUM_VALUE_REMOVED Kind.TWO" },
        { "type Item implements Node { id: ID! }", "type Item { id: ID! }", "INTERFACE_REMOVED Item.Node" },
        { "union Any = Item | Other", "union Any = Item", "UNION_MEMBER_REMOVED Any.Other" },
        { "directive @tag(name: String) repeatable on FIELD_DEFINITION | FIELD", "", "DIRECTIVE_REMOVED @tag" },
        { "on FIELD_DEFINITION | FIELD", "on FIELD", "DIRECTIVE_LOCATION_REMOVED @tag.FIELD_DEFINITION" },
        { "@tag(name: String) repeatable", "@tag(name: String)", "DIRECTIVE_REPEATABLE_REMOVED @tag" },
        { "@tag(name: String)", "@tag", "ARGUMENT_REMOVED @tag(name:)" },
        { "@tag(name: String)", "@tag(name: String, level: Int!)", "REQUIRED_ARGUMENT_ADDED @tag(level:)" },
        { "type Mutation { run: String }", "type Mutation { run: String } schema { query: Query mutation: Other }", "ROOT_TYPE_CHANGED schema.mutation" },
    };

    [Theory]
    [MemberData(nameof(Breaking))]
    public void ABreakingChangeIsFound(string before, string after, string expected)
    {
        var changes = SchemaDiff.Compare(Released, Released.Replace(before, after, StringComparison.Ordinal));

        Assert.Equal([expected], changes.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("a: String!", "a: String! d: Int e(x: Int!): String")]        // new fields, even with required arguments
    [InlineData("c: Kind", "c: Kind @deprecated(reason: \"Use a.\")")]       // a deprecation
    [InlineData("b(x: ID!, y: Int)", "b(x: ID, y: Int, z: Int = 3, w: Int)")] // looser and optional arguments
    [InlineData("c: Kind", "c: Kind!")]                                        // a stricter result
    [InlineData("enum Kind { ONE TWO }", "enum Kind { ONE TWO THREE }")]
    [InlineData("input Filter { name: String! limit: Int }", "input Filter { name: String limit: Int max: Int! = 5 }")]
    [InlineData("type Other { id: ID }", "\"Described.\" type Other { id: ID name: String }")]
    [InlineData("on FIELD_DEFINITION | FIELD", "on FIELD_DEFINITION | FIELD | OBJECT")]  // a directive in more places
    [InlineData("type Mutation { run: String }", "type Mutation { run: String } schema { query: Query mutation: Mutation }")]
    public void ANonBreakingChangePasses(string before, string after) =>
        Assert.Empty(SchemaDiff.Compare(Released, Released.Replace(before, after, StringComparison.Ordinal)));

    [Fact]
    public void AnUnrecordedBreakingChangeFailsAndTheSameChangeRecordedPasses()
    {
        var current = Released.Replace("old: String @deprecated(reason: \"Use a.\")", "", StringComparison.Ordinal);
        const string Recorded = "# Schema changelog\n\n## Unreleased\n\n- `FIELD_REMOVED Query.old`: deprecated for two releases.\n\n## 2026.11\n";
        const string RecordedBefore = "# Schema changelog\n\n## Unreleased\n\nNothing yet.\n\n## 2026.11\n\n- `FIELD_REMOVED Query.old`\n";

        Assert.Equal(["FIELD_REMOVED Query.old"], SchemaChangelog.Unrecorded(Released, current, "# Schema changelog\n").Select(c => c.ToString()));
        Assert.Empty(SchemaChangelog.Unrecorded(Released, current, Recorded));
        Assert.Single(SchemaChangelog.Unrecorded(Released, current, RecordedBefore));
    }
}
