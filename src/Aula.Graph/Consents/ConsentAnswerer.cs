using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Consents;

/// Records a guardian's answer: the current answer and, in the same transaction, a history row.
internal sealed class ConsentAnswerer(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock)
{
    public async Task<AnswerConsentPayload> AnswerAsync(Viewer viewer, AnswerConsentInput input, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var childId = GlobalId.Decode(input.ChildId, "Child");
        var definitionId = GlobalId.Decode(input.DefinitionId, "ConsentDefinition");
        ChildConsent? consent;
        await using (var db = factory.CreateDbContext())
        {
            if (childId is null || !await db.VisibleChildren(viewer, today).AnyAsync(c => c.Id == childId, cancellationToken))
            {
                return Failed(ErrorCodes.NotFound, "There is no child with this ID.", "childId");
            }
            var consents = await ConsentReader.ReadAsync(db, viewer, today, [childId.Value], cancellationToken);
            consent = consents.GetValueOrDefault(childId.Value)?.Find(c => c.Definition.Id == definitionId);
        }
        if (consent is null)
        {
            return Failed(ErrorCodes.NotFound, "There is no such consent for this child.", "definitionId");
        }
        if (!viewer.GuardianOf.Contains(consent.ChildId))
        {
            return Failed(ErrorCodes.Forbidden, "Only the child's guardians may answer its consents.", "childId");
        }
        if (ConsentRules.ScopeError(consent.Definition, input) is { } error)
        {
            return new AnswerConsentPayload { Errors = [error] };
        }
        // The same guardian's first answer arriving twice at once loses on the unique index; the retry updates it.
        if (await writes.RunAsync((db, ct) => RecordAsync(db, viewer, consent, input, ct), cancellationToken) is null)
        {
            return Failed(ErrorCodes.Unavailable, "The answer could not be recorded just now (the database is busy); try again.", "definitionId");
        }
        await using var read = factory.CreateDbContext();
        var current = await ConsentReader.ReadAsync(read, viewer, today, [consent.ChildId], cancellationToken);
        return new AnswerConsentPayload
        {
            Consent = current.GetValueOrDefault(consent.ChildId)?.Find(c => c.Definition.Id == consent.Definition.Id),
        };
    }

    /// Writes nothing when the answer already stands: the history records changes, not repeats.
    private async Task<ConsentAnswer> RecordAsync(AulaDbContext db, Viewer viewer, ChildConsent consent, AnswerConsentInput input, CancellationToken cancellationToken)
    {
        var (childId, definitionId) = (consent.ChildId, consent.Definition.Id);
        var existing = db.ConsentAnswers.Where(a => a.ChildId == childId && a.DefinitionId == definitionId && a.GuardianId == viewer.PersonId);
        // An update that changes nothing takes the row's write lock, so that simultaneous answers are recorded one
        // after the other, each as a change from the one before. No row to lock: this is the first answer, and a
        // simultaneous first answer fails on the unique index.
        var answer = await existing.ExecuteUpdateAsync(s => s.SetProperty(a => a.AnsweredAt, a => a.AnsweredAt), cancellationToken) == 0
            ? null
            : await existing.AsTracking().SingleAsync(cancellationToken);
        if (answer is not null && answer.Granted == input.Granted && answer.Scope == input.Scope)
        {
            return answer;
        }
        var now = clock.Now;
        db.Add(new ConsentAnswerChange
        {
            DefinitionId = definitionId,
            ChildId = childId,
            GuardianId = viewer.PersonId,
            ChangedById = viewer.PersonId,
            FromGranted = answer?.Granted,
            FromScope = answer?.Scope,
            ToGranted = input.Granted,
            ToScope = input.Scope,
            ChangedAt = now,
        });
        if (answer is null)
        {
            answer = new ConsentAnswer { DefinitionId = definitionId, ChildId = childId, GuardianId = viewer.PersonId };
            db.Add(answer);
        }
        answer.Granted = input.Granted;
        answer.Scope = input.Scope;
        answer.AnsweredAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    private static AnswerConsentPayload Failed(string code, string message, string field) =>
        new() { Errors = [new UserError(code, message, ["input", field])] };
}
