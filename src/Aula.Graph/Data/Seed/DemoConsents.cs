using Aula.Graph.Basics;

namespace Aula.Graph.Data.Seed;

/// Consent definitions and the guardians' answers, each with its history.
internal static class DemoConsents
{
    public const string ContactSharing = "contact-sharing";
    public const string PhotosWebsite = "photos-website";
    public const string InfoExchange = "info-exchange";
    public const string SchoolPhoto = "school-photo";

    public static List<ConsentDefinition> AddDefinitions(DemoWorld world)
    {
        List<ConsentDefinition> definitions =
        [
            Definition(ContactSharing, "Deling af kontaktoplysninger med klassens forældre",
                "Må vi vise jeres navne, telefonnumre, e-mail og adresse for de andre forældre? I vælger selv, om de "
                + "deles med klassen, årgangen eller hele institutionen.", hasScope: true),
            Definition(PhotosWebsite, "Billeder af barnet på institutionens hjemmeside",
                "Må institutionen vise billeder, hvor barnet kan genkendes, på sin hjemmeside? Billederne viser "
                + "hverdagen, fx ture og arrangementer, og der står aldrig fulde navne ved billederne."),
            Definition(InfoExchange, "Udveksling af oplysninger mellem institutioner",
                "Må barnets dagtilbud, skole, SFO og PPR udveksle relevante oplysninger om barnets trivsel og "
                + "udvikling, fx ved overgangen fra børnehave til skole?"),
            Definition(SchoolPhoto, "Skolefoto: klassebillede og portræt",
                "Må skolens fotograf tage klassebillede og portræt af barnet? Billederne deles kun med klassens "
                + "elever og forældre.", institution: world.School),
        ];
        world.Db.AddRange(definitions);
        return definitions;

        ConsentDefinition Definition(string key, string title, string description, bool hasScope = false,
            Institution? institution = null) => new()
            {
                Key = key,
                Title = title,
                Description = description,
                MunicipalityId = world.Municipality.Id,
                InstitutionId = institution?.Id,
                HasScope = hasScope,
            };
    }

    /// Mette answers three of Sofie's four consents (not info-exchange) and all of Oliver's; Thomas answers none.
    /// Most other guardians answer most consents; some changed their mind once.
    public static void AddAnswers(DemoWorld world, IReadOnlyList<ConsentDefinition> definitions, Random random)
    {
        var byKey = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var mette = world[DemoLogins.Mette];
        var sofie = world[DemoLogins.Sofie];
        var hansen = world.Families.Single(f => f.Guardians.Contains(mette));
        var oliver = hansen.Children.Single(c => c.Person.FirstName == "Oliver").Person;

        Answer(world, byKey[ContactSharing], sofie, mette, [(false, null, 40), (true, ConsentScope.Class, 12)]);
        Answer(world, byKey[PhotosWebsite], sofie, mette, [(false, null, 40)]);
        Answer(world, byKey[SchoolPhoto], sofie, mette, [(true, null, 40)]);
        Answer(world, byKey[ContactSharing], oliver, mette, [(true, ConsentScope.Institution, 60)]);
        Answer(world, byKey[PhotosWebsite], oliver, mette, [(true, null, 60)]);
        Answer(world, byKey[InfoExchange], oliver, mette, [(true, null, 60)]);

        foreach (var family in world.Families.Where(f => f != hansen))
        {
            foreach (var guardian in family.Guardians)
            {
                var answers = random.NextDouble() < 0.85;
                foreach (var child in family.Children)
                {
                    foreach (var definition in definitions.Where(d => Applies(d, child)))
                    {
                        var answered = random.NextDouble() < 0.9;
                        var daysAgo = 3 + random.Next(80);
                        var current = Choice(definition, random, daysAgo);
                        var history = new List<(bool, ConsentScope?, int)> { current };
                        if (random.NextDouble() < 0.2)
                        {
                            // Changed their mind: first the opposite answer.
                            var earlier = Choice(definition, random, daysAgo + 5 + random.Next(60));
                            if (earlier.Granted == current.Granted)
                            {
                                earlier = (!current.Granted, definition.HasScope && !current.Granted ? ConsentScope.Class : null, earlier.DaysAgo);
                            }
                            history.Insert(0, earlier);
                        }
                        if (answers && answered)
                        {
                            Answer(world, definition, child.Person, guardian, history);
                        }
                    }
                }
            }
        }
    }

    private static bool Applies(ConsentDefinition definition, DemoChild child) =>
        definition.InstitutionId is not { } institution || child.EnrolledAt.Any(i => i.Id == institution);

    private static (bool Granted, ConsentScope? Scope, int DaysAgo) Choice(ConsentDefinition definition, Random random, int daysAgo)
    {
        var granted = random.NextDouble() < 0.75;
        var roll = random.NextDouble();
        ConsentScope? scope = roll < 0.6 ? ConsentScope.Class : roll < 0.85 ? ConsentScope.Year : ConsentScope.Institution;
        return (granted, definition.HasScope && granted ? scope : null, daysAgo);
    }

    /// Writes the current answer and one history row per step, oldest first; the last step is the current answer.
    private static void Answer(DemoWorld world, ConsentDefinition definition, Person child, Person guardian,
        IReadOnlyList<(bool Granted, ConsentScope? Scope, int DaysAgo)> steps)
    {
        bool? fromGranted = null;
        ConsentScope? fromScope = null;
        var at = world.Now;
        foreach (var (granted, scope, daysAgo) in steps)
        {
            at = AulaClock.LocalToInstant(world.Today.AddDays(-daysAgo), new TimeOnly(7, 0).AddMinutes(37 * daysAgo % (15 * 60)));
            world.Db.Add(new ConsentAnswerChange
            {
                DefinitionId = definition.Id,
                ChildId = child.Id,
                GuardianId = guardian.Id,
                ChangedById = guardian.Id,
                FromGranted = fromGranted,
                FromScope = fromScope,
                ToGranted = granted,
                ToScope = scope,
                ChangedAt = at,
            });
            (fromGranted, fromScope) = (granted, scope);
        }
        world.Db.Add(new ConsentAnswer
        {
            Definition = definition,
            ChildId = child.Id,
            GuardianId = guardian.Id,
            Granted = fromGranted!.Value,
            Scope = fromScope,
            AnsweredAt = at,
        });
    }
}
