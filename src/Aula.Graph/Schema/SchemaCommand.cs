using GraphQL.Types;

namespace Aula.Graph.Schema;

/// `dotnet run --project src/Aula.Graph -- schema [file]` prints the SDL, or writes it to a file.
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
        if (args.Length > 1)
        {
            File.WriteAllText(args[1], sdl);
        }
        else
        {
            Console.Write(sdl);
        }
        return true;
    }
}
