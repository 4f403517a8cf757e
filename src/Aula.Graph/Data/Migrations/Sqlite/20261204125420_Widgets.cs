using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aula.Graph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Widgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WidgetPseudonyms",
                columns: table => new
                {
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WidgetPseudonyms", x => new { x.Vendor, x.PersonId });
                    table.ForeignKey(
                        name: "FK_WidgetPseudonyms_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Widgets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConsentKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrustedDocumentsOnly = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Widgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionWidgets",
                columns: table => new
                {
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    WidgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnabledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionWidgets", x => new { x.InstitutionId, x.WidgetId });
                    table.ForeignKey(
                        name: "FK_InstitutionWidgets_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstitutionWidgets_Widgets_WidgetId",
                        column: x => x.WidgetId,
                        principalTable: "Widgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WidgetDocuments",
                columns: table => new
                {
                    WidgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WidgetDocuments", x => new { x.WidgetId, x.Hash });
                    table.ForeignKey(
                        name: "FK_WidgetDocuments_Widgets_WidgetId",
                        column: x => x.WidgetId,
                        principalTable: "Widgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionWidgets_WidgetId",
                table: "InstitutionWidgets",
                column: "WidgetId");

            migrationBuilder.CreateIndex(
                name: "IX_WidgetPseudonyms_PersonId",
                table: "WidgetPseudonyms",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WidgetPseudonyms_Subject",
                table: "WidgetPseudonyms",
                column: "Subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Widgets_Key",
                table: "Widgets",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstitutionWidgets");

            migrationBuilder.DropTable(
                name: "WidgetDocuments");

            migrationBuilder.DropTable(
                name: "WidgetPseudonyms");

            migrationBuilder.DropTable(
                name: "Widgets");
        }
    }
}
