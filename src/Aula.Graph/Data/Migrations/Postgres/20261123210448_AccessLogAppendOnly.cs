using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aula.Graph.Data.Migrations.Postgres
{
    /// <summary>
    /// The access log is append-only in the database too: any UPDATE of an entry, and TRUNCATE (which skips row
    /// triggers), is refused. DELETE stays, for the retention job that removes a deleted child's entries.
    /// </summary>
    public partial class AccessLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION "AccessLog_RefuseChange"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The access log is append-only: % is refused.', TG_OP
                        USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$;
                CREATE TRIGGER "AccessLog_AppendOnly" BEFORE UPDATE ON "AccessLog"
                    FOR EACH ROW EXECUTE FUNCTION "AccessLog_RefuseChange"();
                CREATE TRIGGER "AccessLog_NoTruncate" BEFORE TRUNCATE ON "AccessLog"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AccessLog_RefuseChange"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AccessLog_NoTruncate" ON "AccessLog";
                DROP TRIGGER "AccessLog_AppendOnly" ON "AccessLog";
                DROP FUNCTION "AccessLog_RefuseChange"();
                """);
        }
    }
}
