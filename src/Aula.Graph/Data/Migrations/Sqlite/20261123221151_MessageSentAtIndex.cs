using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aula.Graph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MessageSentAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_SentAt",
                table: "Messages",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_SentAt",
                table: "Messages");
        }
    }
}
