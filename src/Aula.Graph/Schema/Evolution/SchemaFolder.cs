namespace Aula.Graph.Schema.Evolution;

/// The repository's `schema/` folder: beside the first `Aula.sln` found above a directory.
public static class SchemaFolder
{
    public static string Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Aula.sln")))
            {
                return Path.Combine(dir.FullName, "schema");
            }
        }
        throw new DirectoryNotFoundException($"No Aula.sln above {start}.");
    }
}
