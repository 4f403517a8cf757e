using System.Security.Cryptography;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// The subject a vendor knows a person by: 128 random bits, made on the person's first token for that vendor.
/// Two vendors get unrelated subjects; the platform maps a subject back only for the vendor it was made for.
public sealed class WidgetPseudonyms(IDbContextFactory<AulaDbContext> factory, AulaClock clock)
{
    public async Task<string> ForAsync(string vendor, int personId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await Find(db, vendor, personId).FirstOrDefaultAsync(cancellationToken) is { } known)
        {
            return known;
        }
        db.WidgetPseudonyms.Add(new WidgetPseudonym
        {
            Vendor = vendor,
            PersonId = personId,
            Subject = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            CreatedAt = clock.Now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A token asked for at the same moment made it first: use that one.
        }
        await using var fresh = factory.CreateDbContext();
        return await Find(fresh, vendor, personId).SingleAsync(cancellationToken);
    }

    private static IQueryable<string> Find(AulaDbContext db, string vendor, int personId) =>
        db.WidgetPseudonyms.Where(p => p.Vendor == vendor && p.PersonId == personId).Select(p => p.Subject);
}
