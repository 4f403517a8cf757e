using Microsoft.Data.Sqlite;

namespace Aula.Testing;

/// A fresh directory under the temp folder for one app's files (database, signing keys), deleted on dispose.
public sealed class TestDirectory : IDisposable
{
    public TestDirectory(string? name = null)
    {
        FullPath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aula-tests", name ?? Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    /// A file or folder inside the directory.
    public string Path(string name) => System.IO.Path.Combine(FullPath, name);

    public void Dispose()
    {
        // Pooled connections keep the SQLite files open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
