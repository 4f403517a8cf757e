namespace Aula.Graph.Data.Seed;

/// Everyday conversations between a guardian (G) and the child's class or department staff (S), and two staff threads.
/// Placeholders: {barn}, {barns} (genitive), {voksen} (staff first name), {forælder} (guardian first name).
internal static class ThreadTemplates
{
    private sealed record Template(string Subject, bool School, bool Daycare, bool Sensitive, params string[] Lines)
    {
        /// Sick notes and pick-up messages are written in the morning.
        public bool Morning { get; init; }
    }

    private static readonly Template[] Templates =
    [
        new("{barn} er syg", true, true, false,
            "G:Hej {voksen}. {barn} har ondt i halsen og bliver hjemme i dag.",
            "S:Tak for besked. God bedring til {barn}!") { Morning = true },
        new("Fri på fredag", true, false, false,
            "G:Hej {voksen}. Vi skal til familiefest i Jylland, så {barn} holder fri på fredag. Er der noget, {barn} skal nå inden?",
            "S:Tak for besked. {barn} kan læse ugens tekst i dansk hjemme, så er der styr på det.",
            "G:Tak, det gør vi."),
        new("Idrætstøj", true, false, false,
            "S:Hej {forælder}. {barn} har glemt idrætstøj to gange i denne måned. Vil I hjælpe med at huske det om tirsdagen?",
            "G:Det beklager vi. Vi lægger det frem aftenen før fremover.",
            "S:Tak, det er en god løsning."),
        new("Lektier til i morgen", true, false, false,
            "G:Hej {voksen}. {barn} er i tvivl om, hvad der skal læses til i morgen. Kan du hjælpe?",
            "S:Hej {forælder}. Der skal læses side 12–15 i læsebogen. Det står også i ugeplanen.",
            "G:Tak, nu fandt vi den!"),
        new("Glemt madpakke", true, true, false,
            "G:Hej. {barn} har glemt sin madpakke på køkkenbordet. Jeg kommer forbi med den ved 11-tiden.",
            "S:Det er helt fint. Vi siger det til {barn}, så der ikke er grund til bekymring."),
        new("Mistet jakke", true, true, false,
            "G:Hej. {barn} er kommet hjem uden sin blå jakke. Har I set den?",
            "S:Den hang ved hittegodset. Nu hænger den på {barns} plads.",
            "G:Tusind tak!"),
        new("Afhentning i dag", true, true, false,
            "G:Hej {voksen}. {barn} bliver hentet af sin farmor i dag kl. 15.00. Hun hedder Inger.",
            "S:Tak, det er noteret.") { Morning = true },
        new("En god dag", true, true, false,
            "S:Hej {forælder}. Jeg ville bare fortælle, at {barn} var rigtig god til at hjælpe en kammerat i dag.",
            "G:Hvor dejligt at høre. Det bliver {barn} glad for, når vi fortæller det."),
        new("Skiftetøj", false, true, false,
            "S:Hej {forælder}. Vi mangler skiftetøj til {barn}, gerne et par bukser og strømper.",
            "G:Tak, vi tager det med i morgen."),
        new("Middagslur", false, true, false,
            "G:Hej. {barn} har sovet dårligt i nat. Må {barn} gerne sove lidt længere til middag i dag?",
            "S:Selvfølgelig. Vi lader {barn} sove, til {barn} vågner af sig selv.") { Morning = true },
        new("Medicin til {barn}", false, true, true,
            "G:Hej {voksen}. {barn} skal have penicillin tre gange dagligt i en uge. Kan I give middagsdosen?",
            "S:Ja, hvis I udfylder medicinskemaet og afleverer medicinen i den originale emballage i morgen.",
            "G:Det gør vi. Tak for hjælpen."),
    ];

    /// One conversation for each of <paramref name="count"/> families picked at random, except the fixed
    /// Hansen and Jensen families.
    public static List<ThreadBuilder> Create(DemoWorld world, Random random, int count)
    {
        var mette = world[DemoLogins.Mette];
        var peter = world[DemoLogins.Peter];
        var families = world.Families
            .Where(f => !f.Guardians.Contains(mette) && !f.Guardians.Contains(peter))
            .OrderBy(_ => random.Next())
            .Take(count)
            .ToList();
        var threads = new List<ThreadBuilder>();
        var used = Templates.ToDictionary(t => t, _ => 0);
        foreach (var family in families)
        {
            var child = family.Children[random.Next(family.Children.Count)];
            var staff = child.Group.Staff[0];
            var guardian = family.Guardians[random.Next(family.Guardians.Count)];
            var both = random.NextDouble() < 0.5;
            var school = child.Group.Plans is PlanKind.School or PlanKind.Preschool;
            // The least used fitting template, so that the conversations vary.
            var fitting = Templates.Where(t => school ? t.School : t.Daycare).ToList();
            var fewest = fitting.Min(t => used[t]);
            var candidates = fitting.Where(t => used[t] == fewest).ToList();
            var template = candidates[random.Next(candidates.Count)];
            used[template]++;
            var morning = new TimeOnly(7, 5).AddMinutes(random.Next(50));
            var daysAgo = 1 + random.Next(25);
            var unreadGuardian = random.NextDouble() < 0.35;
            var unreadStaff = random.NextDouble() < 0.3;

            string Fill(string text) => text
                .Replace("{barns}", Names.Genitive(child.Person.FirstName), StringComparison.Ordinal)
                .Replace("{barn}", child.Person.FirstName, StringComparison.Ordinal)
                .Replace("{voksen}", staff.FirstName, StringComparison.Ordinal)
                .Replace("{forælder}", guardian.FirstName, StringComparison.Ordinal);

            List<Person> people = [guardian, staff, .. both ? family.Guardians : []];
            var thread = new ThreadBuilder(Fill(template.Subject), daysAgo, people, template.Sensitive,
                template.Morning ? morning : null);
            foreach (var line in template.Lines)
            {
                thread.Say(line[0] == 'G' ? guardian : staff, Fill(line[2..]));
            }
            if (unreadGuardian)
            {
                thread.Unread(guardian);
            }
            if (unreadStaff)
            {
                thread.Unread(staff);
            }
            threads.Add(thread);
        }
        threads.AddRange(StaffThreads(world));
        return threads;
    }

    private static ThreadBuilder[] StaffThreads(DemoWorld world)
    {
        var (dorthe, anne, susanne, line) = (world["dorthe.poulsen"], world[DemoLogins.Anne], world["susanne.kristensen"], world["line.mortensen"]);
        var (tina, kasper, maja, mikkel) = (world["tina.joergensen"], world["kasper.rasmussen"], world["maja.andersen"], world["mikkel.petersen"]);
        return
        [
            new ThreadBuilder("Personalemøde i Mælkebøtten", 6, [dorthe, anne, susanne, line])
                .Say(dorthe, "Husk personalemøde tirsdag kl. 17.00. På dagsordenen er forældrekaffe, sygdom i huset og nye børn i Sommerfuglene.")
                .Say(susanne, "Jeg sørger for kaffe og boller.")
                .Say(line, "Jeg kommer først kl. 17.15, da jeg har lukkevagt.")
                .Unread(anne),
            new ThreadBuilder("Legepladsvagter i SFO'en", 4, [tina, kasper, maja, mikkel])
                .Say(tina, "Her er de nye legepladsvagter fra næste uge: Kasper mandag og onsdag, Maja tirsdag og torsdag, Mikkel fredag.")
                .Say(maja, "Det passer mig fint.")
                .Say(mikkel, "Kasper, kan vi bytte min fredag med din onsdag? Jeg skal til tandlæge fredag.")
                .Say(kasper, "Ja, det er fint med mig."),
        ];
    }
}
