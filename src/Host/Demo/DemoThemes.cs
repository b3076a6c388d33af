using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Demo;

/// <param name="OpenedBy">The short name of the member who opened it, or null for the secretariat.</param>
/// <param name="Threads">Each thread: its first post, then the replies, as (short name, text).</param>
/// <param name="DaysAgo">How long ago it all happened; a theme nobody has touched since is what the weekly review calls quiet.</param>
internal sealed record DemoTheme(
    string Title, string Description, Visibility Visibility, string? OpenedBy, string[] Participants,
    (string Who, string Text)[][] Threads, int DaysAgo = 0);

internal static class DemoThemes
{
    public static readonly DemoTheme[] All =
    [
        new("Fremtidens arbejdskraft",
            "Mangel på hænder i ældreplejen, sundhedsvæsenet og den grønne omstilling rammer alle fire niveauer. Hvad kan vi gøre sammen – fra rekruttering i kommunerne til EU's regler for arbejdskraft?",
            Visibility.Forum, null, ["mette", "jens", "anne", "louise", "camilla"],
            [
                [
                    ("mette", "I Aarhus har vi prøvet at lade social- og sundhedsassistenter arbejde 37 timer som udgangspunkt. Det har løftet rekrutteringen, men det kostede mere end budgetteret. Er der andre, der har erfaringer?"),
                    ("anne", "Regionen har set det samme på hospitalerne. Vi vil gerne dele vores tal, hvis I vil sammenligne."),
                    ("louise", "Det er nyttigt for os i Folketinget at høre, inden vi forhandler om den nye ældrelov. Kan vi få tallene inden næste møde?"),
                ],
                [
                    ("camilla", "Kommissionen lægger op til en fælles EU-talentpulje. Hvordan ser I på det fra kommunerne?"),
                    ("jens", "I Odense er vi positive, men sprogkravene er den største barriere. Det skal med i jeres arbejde."),
                ],
            ]),
        new("Klimatilpasning på tværs",
            "Skybrud og stigende havvand respekterer ikke kommunegrænser. Hvordan fordeler vi ansvar og udgifter mellem kommuner, regioner og staten – og hvad kan vi lære af hinandens projekter?",
            Visibility.Public, "jens", ["jens", "henrik", "peter", "rasmus", "niels", "sara"],
            [
                [
                    ("jens", "Vi har anlagt grønne tage på tre skoler i Odense. To virker efter hensigten, det tredje lækkede første vinter. Jeg deler gerne, hvad der gik skævt."),
                    ("henrik", "Tak for åbenheden. I Vejle havde vi samme problem med membranen – leverandøren havde ikke testet den til vores tagtype."),
                    ("peter", "Regionen kan koordinere et fælles udbud, så vi ikke hver især betaler for den samme lærdom."),
                ],
                [
                    ("niels", "EU's nye oversvømmelsesdirektiv kommer til at stille krav til jer alle. Jeg foreslår et fælles høringssvar fra forummet."),
                    ("rasmus", "Enig. Vi skal også have afklaret finansieringen i Folketinget, før kravene rammer kommunerne."),
                ],
            ]),
        new("Sundhedsklynger og det nære sundhedsvæsen",
            "Et lukket rum for fortrolig sparring om sundhedsklyngerne: hvad virker i samarbejdet mellem hospital, kommune og almen praksis, og hvor går det galt?",
            Visibility.Closed, null, ["anne", "mette", "sara", "louise"],
            [
                [
                    ("sara", "Vores udskrivningsforløb i København halter stadig. Patienterne kommer hjem, før hjemmeplejen er klar. Hvordan har I løst det i Midtjylland?"),
                    ("anne", "Vi har en fælles koordinator pr. klynge. Det hjalp først, da kommunerne fik adgang til de samme data som hospitalet."),
                ],
            ]),
        new("Digital borgerservice på tværs af myndigheder",
            "Borgerne møder kommune, region og stat i hver sin selvbetjening. Hvordan gør vi det til én indgang – og hvem betaler for den?",
            Visibility.Forum, "henrik", ["henrik", "peter", "rasmus"],
            [
                [
                    ("henrik", "Vejle har samlet borgerservice og sundhedsfaglig rådgivning i ét telefonnummer. Er der interesse for at afprøve det med regionen?"),
                    ("peter", "Gerne – men vi skal først have afklaret, hvem der må se hvilke oplysninger i et fælles system."),
                ],
            ], DaysAgo: 40),
    ];
}
