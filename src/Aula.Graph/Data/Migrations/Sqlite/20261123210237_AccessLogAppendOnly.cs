using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aula.Graph.Data.Migrations.Sqlite
{
    /// <summary>
    /// The access log is append-only in the database too: any UPDATE of an entry is refused. DELETE stays, for the
    /// retention job that removes a deleted child's entries.
    /// </summary>
    public partial class AccessLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "AccessLog_AppendOnly" BEFORE UPDATE ON "AccessLog"
                BEGIN
                    SELECT RAISE(ABORT, 'The access log is append-only: entries are never updated.');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AccessLog_AppendOnly";""");
        }
    }
}
