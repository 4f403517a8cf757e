namespace Aula.Graph.Data.Seed;

/// Danish subjects and activities for weekly plans, by kind of group. A null subject is a practical note.
internal static class PlanTexts
{
    public static readonly Dictionary<string, string[]> School = new(StringComparer.Ordinal)
    {
        ["Dansk"] =
        [
            "Vi læser videre i vores fælles højtlæsningsbog og taler om personerne.",
            "Vi arbejder med navneord og udsagnsord i grammatikhæftet.",
            "Læsebånd: medbring din egen frilæsningsbog.",
            "Vi skriver en kort fortælling om en tur i skoven.",
            "Staveord til fredag: hus, mus, skov, kage, regn, vind.",
        ],
        ["Matematik"] =
        [
            "Vi øver gangetabellerne 6, 7 og 8.",
            "Vi arbejder med brøker i grundbogen, side 34–35.",
            "Geometri: vi måler vinkler og tegner figurer med lineal.",
            "Problemregning i grupper med konkrete materialer.",
            "Vi spiller regnespil og træner hovedregning.",
        ],
        ["Engelsk"] =
        [
            "Vi øver ugedage og måneder på engelsk.",
            "Vi synger sange og lærer ord om familien.",
            "Vi læser en lille bog om dyr og tegner vores yndlingsdyr.",
        ],
        ["Natur/teknologi"] =
        [
            "Vi går på opdagelse i skoven og finder smådyr under træstammer.",
            "Vi undersøger, hvad der flyder, og hvad der synker.",
            "Vi sår karse og følger, hvordan den vokser.",
        ],
        ["Idræt"] =
        [
            "Husk idrætstøj og håndklæde. Vi går i bad efter idræt.",
            "Vi løber orienteringsløb i skoven. Husk tøj efter vejret.",
            "Boldspil i hallen. Husk indendørssko.",
        ],
        ["Musik"] =
        [
            "Vi synger sammen og spiller på rytmeinstrumenter.",
            "Vi øver sange til morgensang på fredag.",
        ],
        ["Billedkunst"] =
        [
            "Vi maler landskabsbilleder med vandfarver.",
            "Vi laver figurer i ler, som skal tørre til næste uge.",
        ],
        ["Kristendomskundskab"] =
        [
            "Vi hører fortællingen om Noas ark og taler om venskab.",
            "Vi taler om, hvordan man er en god kammerat.",
        ],
        ["Klassens tid"] =
        [
            "Vi taler om trivsel i klassen og laver nye legegrupper.",
            "Klasserådet mødes og samler idéer til klasseturen.",
        ],
    };

    public static readonly Dictionary<string, string[]> Preschool = new(StringComparer.Ordinal)
    {
        ["Morgensamling"] = ["Vi synger godmorgensang og taler om ugens dage.", "Vi fortæller om vores weekend."],
        ["Bogstaver"] = ["Ugens bogstav er M. Find ting derhjemme, der begynder med M.", "Vi skriver vores navne med store bogstaver."],
        ["Tal og mængder"] = ["Vi tæller til 20 og sorterer knapper i bunker.", "Vi leger butik med kroner og ører."],
        ["Leg og bevægelse"] = ["Vi leger fangelege i skolegården.", "Forhindringsbane i salen – husk skiftetøj."],
        ["Krea"] = ["Vi laver dyr af genbrugsmaterialer.", "Vi klipper og klistrer en stor fælles collage."],
    };

    public static readonly Dictionary<string, string[]> Sfo = new(StringComparer.Ordinal)
    {
        ["Værksted"] = ["Perleplader og tegning i værkstedet.", "Vi bygger fuglekasser med hammer og søm."],
        ["Udeliv"] = ["Tur til legepladsen i parken – husk overtøj.", "Vi bygger huler i skoven bag skolen."],
        ["Køkken"] = ["Vi bager boller til eftermiddagsmaden.", "Vi laver frugtspyd og smoothies."],
        ["Bevægelse"] = ["Fodbold på den store bane.", "Dans og rytmik i salen."],
        ["Fri leg"] = ["Fri leg ude og inde. Lego-rummet er åbent.", "Brætspil og kortspil i det hyggelige rum."],
    };

    public static readonly Dictionary<string, string[]> Daycare = new(StringComparer.Ordinal)
    {
        ["Samling"] = ["Vi synger om dyrene i skoven og tæller børn.", "Vi læser en billedbog og taler om følelser."],
        ["Tur"] = ["Vi går tur til skoven og samler kogler og blade.", "Tur til legepladsen ved søen. Husk gummistøvler."],
        ["Kreativt"] = ["Vi maler med fingermaling – husk skiftetøj.", "Vi laver saltdej og former figurer."],
        ["Sang og musik"] = ["Sangsamling med rytmeæg og trommer.", "Vi lærer en ny sang om årstiderne."],
        ["Motorik"] = ["Vi kravler, hopper og triller på madrasserne i salen.", "Sanseleg med vand og sand på legepladsen."],
    };

    public static readonly Dictionary<PlanKind, string[]> Notes = new()
    {
        [PlanKind.School] =
        [
            "Fredag tager vi på tur til skoven. Husk madpakke, drikkedunk og tøj efter vejret.",
            "Forældremøde torsdag kl. 19.00 i klasselokalet.",
            "Husk at aflevere sedlen om klasseturen senest onsdag.",
            "Ugens lektie: læs 20 minutter hver dag og skriv i læseloggen.",
        ],
        [PlanKind.Preschool] =
        [
            "Husk madpakke og frugt hver dag.",
            "Vi går på biblioteket torsdag. Medbring en stofpose til bøger.",
        ],
        [PlanKind.Sfo] =
        [
            "Husk at give besked i Aula, hvis jeres barn skal hentes tidligt eller gå hjem med en kammerat.",
            "Vi mangler tomme mælkekartoner til værkstedet.",
            "Fredag lukker SFO'en kl. 16.00 på grund af personalemøde.",
        ],
        [PlanKind.Daycare] =
        [
            "Husk skiftetøj og navn i tøjet.",
            "Torsdag er der forældrekaffe kl. 15.00.",
            "Husk at melde ferie i Aula senest fredag.",
        ],
    };

    public static Dictionary<string, string[]> SubjectsFor(PlanKind kind) => kind switch
    {
        PlanKind.School => School,
        PlanKind.Preschool => Preschool,
        PlanKind.Sfo => Sfo,
        _ => Daycare,
    };
}
