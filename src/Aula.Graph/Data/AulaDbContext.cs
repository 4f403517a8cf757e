using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Data;

/// The model, shared by both providers. Reads default to no tracking; writes opt in with AsTracking or Add.
public abstract class AulaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Profile> Profiles => Set<Profile>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<Custody> Custodies => Set<Custody>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupInstitution> GroupInstitutions => Set<GroupInstitution>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<WeeklyPlan> WeeklyPlans => Set<WeeklyPlan>();
    public DbSet<WeeklyPlanEntry> WeeklyPlanEntries => Set<WeeklyPlanEntry>();
    public DbSet<ConsentDefinition> ConsentDefinitions => Set<ConsentDefinition>();
    public DbSet<ConsentAnswer> ConsentAnswers => Set<ConsentAnswer>();
    public DbSet<ConsentAnswerChange> ConsentAnswerChanges => Set<ConsentAnswerChange>();
    public DbSet<ChatThread> Threads => Set<ChatThread>();
    public DbSet<ThreadParticipant> ThreadParticipants => Set<ThreadParticipant>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();
    public DbSet<CheckInEvent> CheckInEvents => Set<CheckInEvent>();
    public DbSet<PickupPerson> PickupPersons => Set<PickupPerson>();
    public DbSet<CheckInTemplateDay> CheckInTemplates => Set<CheckInTemplateDay>();
    public DbSet<CheckInSettings> CheckInSettings => Set<CheckInSettings>();
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<InstitutionWidget> InstitutionWidgets => Set<InstitutionWidget>();
    public DbSet<WidgetDocument> WidgetDocuments => Set<WidgetDocument>();
    public DbSet<WidgetPseudonym> WidgetPseudonyms => Set<WidgetPseudonym>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AulaDbContext).Assembly);
    }
}
