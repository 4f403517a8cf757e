using System.Globalization;
using System.Text;

namespace Aula.Graph.Data.Seed;

/// Fixed name lists for the demo data, and the rules that turn names into logins.
internal static class Names
{
    public static readonly string[] Girls =
    [
        "Freja", "Ida", "Clara", "Alma", "Karla", "Ella", "Emma", "Agnes", "Olivia", "Josefine", "Laura", "Lærke",
        "Asta", "Luna", "Ellen", "Vilma", "Nora", "Frida", "Isabella", "Mathilde", "Anna", "Esther", "Marie", "Sofie",
    ];

    public static readonly string[] Boys =
    [
        "Noah", "Emil", "Oscar", "William", "Oliver", "Lucas", "Victor", "Carl", "Alfred", "Malthe", "Valdemar", "Magnus",
        "Aksel", "Elias", "Frederik", "August", "Storm", "Anton", "Johan", "Arthur", "Theo", "Villads", "Bertram", "Hugo",
    ];

    public static readonly string[] Women =
    [
        "Mette", "Camilla", "Maria", "Louise", "Sara", "Julie", "Katrine", "Stine", "Marianne", "Pernille", "Charlotte",
        "Rikke", "Signe", "Trine", "Nanna", "Lene", "Christina", "Mia", "Birgit", "Malene", "Henriette", "Sanne",
    ];

    public static readonly string[] Men =
    [
        "Thomas", "Martin", "Jesper", "Michael", "Anders", "Søren", "Jens", "Morten", "Christian", "Henrik", "Niels",
        "Jakob", "Simon", "Nikolaj", "Kristian", "Brian", "Steffen", "Kim", "René", "Mads", "Troels", "Ulrik",
    ];

    public static readonly string[] LastNames =
    [
        "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller",
        "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Lund", "Schmidt", "Eriksen", "Bach", "Dahl",
    ];

    public static readonly string[] Streets =
    [
        "Skolevej", "Kirkevej", "Bøgevænget", "Solbakken", "Engvej", "Møllevej", "Birkealle", "Havrevænget",
        "Lærkevej", "Stationsvej", "Kløvermarken", "Rosenhaven", "Egevej", "Vibevej", "Storegade",
    ];

    public const string PostalTown = "9999 Solby";

    public static string Pick(this Random random, IReadOnlyList<string> names) => names[random.Next(names.Count)];

    /// `firstname.lastname` in lower-case ASCII, the way the identity broker writes it: æ→ae, ø→oe, å→aa, é→e.
    public static string LoginFor(string firstName, string lastName)
    {
        var text = $"{firstName}.{lastName}".ToLowerInvariant();
        var login = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            _ = c switch
            {
                'æ' => login.Append("ae"),
                'ø' => login.Append("oe"),
                'å' => login.Append("aa"),
                'é' => login.Append('e'),
                ' ' or '-' => login,
                _ => login.Append(c),
            };
        }
        return login.ToString();
    }

    /// A Danish mobile number: `+45 2x xx xx xx`.
    public static string Phone(Random random) => string.Create(
        CultureInfo.InvariantCulture,
        $"+45 2{random.Next(10)} {random.Next(100):D2} {random.Next(100):D2} {random.Next(100):D2}");

    public static string Address(Random random) => string.Create(
        CultureInfo.InvariantCulture,
        $"{random.Pick(Streets)} {random.Next(1, 80)}, {PostalTown}");

    /// Danish genitive: "Emils", but "Lucas'".
    public static string Genitive(string name) =>
        name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name + "'" : name + "s";
}
