namespace Aula.Graph.Data.Seed;

/// The written conversations around the fixed people: Mette takes part in seven (one sensitive, three unread,
/// one muted), Lars in many, Peter in three without Mette, and one guardian leaves a thread.
internal static class ThreadScripts
{
    public static List<ThreadBuilder> Create(DemoWorld world)
    {
        var (mette, sofie, lars, anne, peter) = (world[DemoLogins.Mette], world[DemoLogins.Sofie], world[DemoLogins.Lars],
            world[DemoLogins.Anne], world[DemoLogins.Peter]);
        var (camilla, noah, karen, hanne) = (world["camilla.jensen"], world["noah.jensen"], world[DemoLogins.Karen], world[DemoLogins.Hanne]);
        var (helle, rasmus, birgitte, dorthe) = (world["helle.christensen"], world["rasmus.olsen"], world["birgitte.soerensen"], world["dorthe.poulsen"]);
        var class3A = world.Groups["3A"].Children;
        var parents3A = class3A.SelectMany(c => c.Family.Guardians).Distinct().ToList();
        var others = class3A.Where(c => c.Person != sofie && c.Person != noah).SelectMany(c => c.Family.Guardians).Distinct().ToList();
        var pupils3A = class3A.Select(c => c.Person).ToList();
        var pupil = pupils3A.First(p => p != sofie && p != noah);

        return
        [
            new ThreadBuilder("Sofies allergi", 6, [mette, lars], sensitive: true)
                .Say(mette, "Hej Lars. Jeg vil gerne fortælle dig, at Sofie i weekenden har fået konstateret nøddeallergi hos lægen. Hun har fået en adrenalinpen, som ligger i hendes skoletaske fra mandag.")
                .Say(lars, "Tak fordi du fortæller det, Mette. Jeg giver besked til de andre lærere i klassen og til SFO'en. Må vi hænge et billede af Sofie op på lærerværelset sammen med et allergikort?")
                .Say(mette, "Ja, det er helt i orden. Hun må heller ikke få kage med nødder, når der er fødselsdag i klassen.")
                .Say(lars, "Det noterer vi. Jeg skriver ud til forældrene, at klassen fremover er nøddefri, uden at nævne Sofies navn.")
                .Unread(mette),
            new ThreadBuilder("Sofie er syg i dag", 2, [mette, lars], startAt: new TimeOnly(7, 12))
                .Say(mette, "Godmorgen Lars. Sofie er desværre syg med feber i dag og bliver hjemme. Vi håber, hun er tilbage i morgen.")
                .Say(lars, "Tak for beskeden, og god bedring til Sofie! Hun kan se dagens lektier i ugeplanen, når hun får det bedre.")
                .Say(mette, "Tusind tak, det skal jeg nok sige til hende."),
            new ThreadBuilder("Forældremøde i 3.A", 4, [lars, .. parents3A])
                .Say(lars, "Kære forældre i 3.A. Der er forældremøde torsdag i næste uge kl. 19.00 i klasselokalet. Vi skal tale om klassens trivsel, lektier og den kommende lejrskole. Der er kaffe og kage.")
                .Say(peter, "Tak for invitationen. Camilla og jeg kommer begge to.")
                .Say(others[0], "Jeg kan desværre ikke komme, men vil meget gerne have referatet bagefter.")
                .Say(lars, "Selvfølgelig. Referatet bliver lagt i Aula dagen efter mødet.")
                .Unread(mette).Mute(others[1]),
            new ThreadBuilder("Tur til skoven på fredag", 9, [lars, .. parents3A])
                .Say(lars, "Hej alle. På fredag tager 3.A på tur til skoven. Vi går fra skolen kl. 8.15 og er tilbage inden frokost. Husk madpakke, drikkedunk, gummistøvler og tøj efter vejret.")
                .Say(others[2], "Skal børnene have cykel med, eller går I hele vejen?")
                .Say(lars, "Vi går hele vejen, så gode sko er vigtige.")
                .Say(mette, "Sofie glæder sig meget! Er der brug for en forælder mere til at gå med?")
                .Say(lars, "Ja tak, det vil være en stor hjælp. Vi mødes ved klassen kl. 8.10."),
            new ThreadBuilder("Afhentning af Oliver på fredag", 3, [mette, anne])
                .Say(mette, "Hej Anne. På fredag bliver Oliver hentet af sin mormor, Birthe, ca. kl. 14.30. Hun har hentet ham før.")
                .Say(anne, "Tak for besked, Mette. Vi fortæller det til Oliver ved morgensamlingen, så han ved det.")
                .Say(mette, "Dejligt. Hans regntøj skal også med hjem til vask.")
                .Say(anne, "Det lægger vi klar på hans plads i garderoben.")
                .Unread(mette),
            new ThreadBuilder("SFO-afhentning onsdag", 5, [mette, world["mikkel.petersen"]])
                .Say(mette, "Hej Mikkel. Sofie skal hjem med en veninde på onsdag efter skole, så hun kommer ikke i SFO den dag.")
                .Say(world["mikkel.petersen"], "Det er noteret. Tak for besked, så krydser vi hende af som hentet."),
            new ThreadBuilder("Legeaftaler i 3.A", 12, [.. others.Take(4), mette])
                .Say(others[0], "Hej alle forældre i 3.A. Skal vi lave legegrupper, så alle børn bliver inviteret med hjem?")
                .Say(others[1], "God idé! Vi kunne lave grupper med fire børn i hver, som skifter hver måned.")
                .Say(mette, "Vi er med. Sofie kan lege tirsdage og torsdage.")
                .Say(others[3], "Vi tager gerne den første legegruppe hjemme hos os.")
                .Mute(mette).Unread(mette),
            new ThreadBuilder("Noahs trivsel", 7, [lars, peter, camilla, hanne], sensitive: true)
                .Say(lars, "Kære Peter og Camilla. Som aftalt har jeg inviteret Hanne fra PPR med, så vi kan planlægge et møde om Noahs trivsel og koncentration i timerne.")
                .Say(hanne, "Hej begge. Jeg kan tilbyde et møde på skolen tirsdag kl. 14.00. Inden mødet vil jeg gerne observere Noah i et par timer i klassen, hvis I giver lov.")
                .Say(peter, "Det er fint med os. Noah har svært ved at sove for tiden, og det hænger måske sammen.")
                .Say(camilla, "Tirsdag kl. 14 passer os begge. Tak for hjælpen.")
                .Unread(peter),
            new ThreadBuilder("Lektier i matematik", 1, [peter, lars])
                .Say(peter, "Hej Lars. Noah synes, at matematiklektierne er svære i denne uge. Må han få hjælp i lektiecaféen?")
                .Say(lars, "Helt sikkert. Lektiecaféen er åben tirsdag og torsdag efter sidste time på biblioteket.")
                .Say(peter, "Super, så sender vi ham derhen på torsdag."),
            new ThreadBuilder("Kørsel til svømning", 10, [peter, others[4], others[5]])
                .Say(others[4], "Hej. Er der nogen, der vil køre på skift til svømning om lørdagen?")
                .Say(peter, "Vi vil gerne være med. Vi kan køre de første to lørdage.")
                .Say(others[5], "Vi har desværre ikke plads i bilen længere, så jeg melder mig ud af tråden. God weekend!")
                .Say(others[4], "Helt i orden. Tak, Peter, så laver jeg en plan.")
                .Leave(others[5], 3),
            new ThreadBuilder("Idéer til klasseturen", 3, [lars, .. pupils3A])
                .Say(lars, "Hej 3.A! Skriv jeres bedste idéer til, hvor klasseturen skal gå hen.")
                .Say(sofie, "Zoologisk have!")
                .Say(pupil, "Vi kunne tage til stranden og bygge sandslotte.")
                .Say(noah, "Jeg vil gerne på museum og se dinosaurer.")
                .Say(lars, "Gode idéer! Vi stemmer om dem i klassens tid på fredag.")
                .ReadUpTo(sofie, 2),
            new ThreadBuilder("Spørgsmål til lektien", 1, [sofie, lars])
                .Say(sofie, "Hej Lars. Skal vi lave både side 34 og 35 i matematikbogen?")
                .Say(lars, "Hej Sofie. Kun side 34 til i morgen. Side 35 laver vi sammen i timen.")
                .Say(sofie, "Okay, tak!"),
            new ThreadBuilder("Planlægning af emneuge", 8, [karen, lars, helle, rasmus])
                .Say(karen, "Hej alle. Vi skal have planlagt emneugen om vand for 3. årgang. Kan I mødes onsdag efter undervisningen?")
                .Say(helle, "Onsdag passer fint. Jeg har en idé om at besøge vandværket.")
                .Say(rasmus, "Jeg tager mig af forsøgene i natur/teknologi.")
                .Say(lars, "Godt. Jeg bestiller bus til vandværket og laver et udkast til ugeplanen.")
                .Unread(karen),
            new ThreadBuilder("Vikar i 3.A torsdag", 2, [lars, karen, world["jette.holm"]])
                .Say(lars, "Hej Karen. Jeg skal på kursus torsdag. Er der fundet en vikar til 3.A?")
                .Say(karen, "Ja, Jette har sat en vikar på. Læg gerne en plan for dagen i ugeplanen.")
                .Say(lars, "Tak. Jeg lægger materialet på katederet onsdag."),
            new ThreadBuilder("Overlevering af kommende skolebørn", 14, [dorthe, birgitte, anne])
                .Say(dorthe, "Hej Birgitte. Vi vil gerne aftale besøgsdage i 0.A for vores kommende skolebørn.")
                .Say(birgitte, "Hvor dejligt. Hvad med to formiddage i næste måned, hvor børnene er med til morgensamling?")
                .Say(anne, "Det lyder godt. Jeg går med børnene, så der er et kendt ansigt.")
                .Say(birgitte, "Perfekt. Jeg sender datoer i morgen."),
        ];
    }
}
