using Aula.Graph.Schema;
using GraphQL.Types;

namespace Aula.Graph;

/// `dotnet run --project src/Aula.Graph -- schema [file]` prints the SDL, or writes it to a file;
/// `-- schema check` compares it with schema/aula.released.graphql and fails on a breaking change that
/// schema/CHANGELOG.md does not record (run it from the repository).
internal static class SchemaCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "schema")
        {
            return false;
        }
        var builder = WebApplication.CreateSlimBuilder();
        // Services are built, never started: no database is opened.
        builder.Services.AddAula(builder.Configuration);
        using var app = builder.Build();
        var sdl = AulaSchema.Print(app.Services.GetRequiredService<ISchema>());
        if (args.Length > 1 && args[1] == "check")
        {
            exitCode = Check(sdl);
        }
        else if (args.Length > 1)
        {
            File.WriteAllText(args[1], sdl);
        }
        else
        {
            Console.Write(sdl);
        }
        return true;
    }

    private static int Check(string sdl)
    {
        var unrecorded = Schema.Evolution.SchemaChangelog.UnrecordedIn(Schema.Evolution.SchemaFolder.Above(Directory.GetCurrentDirectory()), sdl);
        foreach (var change in unrecorded)
        {
            Console.Error.WriteLine($"breaking change not recorded in schema/CHANGELOG.md: `{change}`");
        }
        Console.WriteLine(unrecorded.Count == 0 ? "schema check: no unrecorded breaking change" : $"schema check: {unrecorded.Count} unrecorded breaking changes");
        return unrecorded.Count == 0 ? 0 : 1;
    }
}
