using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Aula.Graph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Presence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Institutions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Copenhagen");

            migrationBuilder.CreateTable(
                name: "PickupPersons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedById = table.Column<int>(type: "integer", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PickupPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PickupPersons_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PickupPersons_People_ChildId",
                        column: x => x.ChildId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresenceSettings",
                columns: table => new
                {
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    GuardiansReportSick = table.Column<bool>(type: "boolean", nullable: false),
                    GuardiansRegisterHoliday = table.Column<bool>(type: "boolean", nullable: false),
                    GuardiansSetPickup = table.Column<bool>(type: "boolean", nullable: false),
                    GuardiansWriteNote = table.Column<bool>(type: "boolean", nullable: false),
                    GuardiansEditTemplate = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedById = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresenceSettings", x => x.InstitutionId);
                    table.ForeignKey(
                        name: "FK_PresenceSettings_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PresenceSettings_People_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresenceTemplates",
                columns: table => new
                {
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Weekday = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PlannedArrival = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    PlannedPickup = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    UpdatedById = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresenceTemplates", x => new { x.ChildId, x.Weekday });
                    table.ForeignKey(
                        name: "FK_PresenceTemplates_People_ChildId",
                        column: x => x.ChildId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresenceTemplates_People_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresenceEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlannedPickup = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Pickup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PickupGuardianId = table.Column<int>(type: "integer", nullable: true),
                    PickupPersonId = table.Column<int>(type: "integer", nullable: true),
                    GoesHomeWithId = table.Column<int>(type: "integer", nullable: true),
                    AloneFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    AloneUntil = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresenceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_People_ActorId",
                        column: x => x.ActorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_People_ChildId",
                        column: x => x.ChildId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_People_GoesHomeWithId",
                        column: x => x.GoesHomeWithId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_People_PickupGuardianId",
                        column: x => x.PickupGuardianId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresenceEvents_PickupPersons_PickupPersonId",
                        column: x => x.PickupPersonId,
                        principalTable: "PickupPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PickupPersons_AddedById",
                table: "PickupPersons",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_PickupPersons_ChildId",
                table: "PickupPersons",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_ActorId",
                table: "PresenceEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_ChildId_Date_Sequence",
                table: "PresenceEvents",
                columns: new[] { "ChildId", "Date", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_GoesHomeWithId",
                table: "PresenceEvents",
                column: "GoesHomeWithId");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_InstitutionId_Date",
                table: "PresenceEvents",
                columns: new[] { "InstitutionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_PickupGuardianId",
                table: "PresenceEvents",
                column: "PickupGuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceEvents_PickupPersonId",
                table: "PresenceEvents",
                column: "PickupPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceSettings_UpdatedById",
                table: "PresenceSettings",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PresenceTemplates_UpdatedById",
                table: "PresenceTemplates",
                column: "UpdatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PresenceEvents");

            migrationBuilder.DropTable(
                name: "PresenceSettings");

            migrationBuilder.DropTable(
                name: "PresenceTemplates");

            migrationBuilder.DropTable(
                name: "PickupPersons");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Institutions");
        }
    }
}
