// Danish reference data for the generator. Sources beside each table; "assumption" marks round
// values chosen to be plausible where no published figure was at hand.

#include "gen/danish_data.hpp"

namespace leadnet::gen::detail {

namespace {

// ---- kinds of workplaces ---------------------------------------------------------------------
// typical_size: median headcount of one institution (assumption: round values in the range
// Danish municipalities report, e.g. a folkeskole of 40–80 staff, a nursing home of 50–120).
// Unions: the usual union of the frontline profession (DLF teachers, BUPL pædagoger, FOA care
// workers, DSR nurses, HK office staff, 3F manual workers, Socialpædagogerne).

const WorkplaceKind kSchool{"school", Sector::school, Service::school, 55, "Skoleleder", "Afdelingsleder",
                            {{"Lærer", 6}, {"Pædagog", 2}, {"Pædagogmedhjælper", 0.6}, {"Skolesekretær", 0.3}},
                            "DLF", nullptr, " Skole",
                            Naming::place, {"Indskolingen", "Mellemtrinnet", "Udskolingen", "SFO", "Specialklasserne", "Modtageklasserne"},
                            false};
const WorkplaceKind kDaycare{"daycare", Sector::daycare, Service::daycare, 22, "Dagtilbudsleder", "Pædagogisk leder",
                             {{"Pædagog", 5}, {"Pædagogmedhjælper", 3}, {"Pædagogisk assistent", 1}, {"Køkkenmedarbejder", 0.3}},
                             "BUPL", "Børnehuset ", "",
                             Naming::daycare, {"Vuggestuen", "Børnehaven", "Hus 1", "Hus 2", "Udegruppen"},
                             false};
const WorkplaceKind kNursingHome{"nursing_home", Sector::elderly, Service::nursing_home, 75, "Plejecenterleder",
                                 "Afdelingsleder",
                                 {{"Social- og sundhedshjælper", 4}, {"Social- og sundhedsassistent", 4},
                                  {"Sygeplejerske", 1}, {"Køkkenmedarbejder", 0.4}, {"Aktivitetsmedarbejder", 0.3}},
                                 "FOA", "Plejecenter ", "",
                                 Naming::place, {"Afsnit Birken", "Afsnit Egen", "Afsnit Bøgen", "Afsnit Ahornen", "Afsnit Lærken",
                                  "Afsnit Rønnen", "Afsnit Pilen", "Afsnit Elmen", "Afsnit Asken", "Afsnit Hylden"},
                                 true};
const WorkplaceKind kHomeCare{"home_care", Sector::elderly, Service::home_care, 60, "Leder af hjemmeplejen", "Teamleder",
                              {{"Social- og sundhedshjælper", 5}, {"Social- og sundhedsassistent", 3}, {"Sygeplejerske", 0.6}},
                              "FOA", "Hjemmeplejen ", "",
                              Naming::district, {"Dagholdet", "Aftenholdet", "Nattevagten", "Weekendholdet", "Rehabiliteringsteamet"},
                              true};
const WorkplaceKind kNursing{"nursing", Sector::health, Service::home_care, 30, "Leder af Sygeplejen", "Teamleder",
                             {{"Sygeplejerske", 4}, {"Social- og sundhedsassistent", 1}},
                             "DSR", "Sygeplejen ", "",
                             Naming::district, {"Dagholdet", "Aftenholdet", "Nattevagten"},
                             false};
const WorkplaceKind kTraining{"training", Sector::health, Service::training, 25, "Leder af Træning og Rehabilitering",
                              "Teamleder",
                              {{"Fysioterapeut", 2}, {"Ergoterapeut", 2}, {"Træningsassistent", 0.5}},
                              "Danske Fysioterapeuter", "Træningscenter ", "",
                              Naming::district, {"Genoptræning", "Hverdagsrehabilitering", "Hjælpemidler"},
                              false};
const WorkplaceKind kHealthVisitor{"health_visitor", Sector::health, Service::health_visitor, 14,
                                   "Leder af Sundhedsplejen", "Teamleder",
                                   {{"Sundhedsplejerske", 1}},
                                   "DSR", "Sundhedsplejen ", "", Naming::district, {"Team 0-1 år", "Team skolebørn"}, false};
const WorkplaceKind kDental{"dental", Sector::health, Service::dental, 20, "Overtandlæge", "Teamleder",
                            {{"Tandlæge", 1}, {"Tandplejer", 2}, {"Klinikassistent", 3}},
                            "HK Kommunal", "Tandplejen ", "", Naming::district, {"Klinik 1", "Klinik 2"}, false};
const WorkplaceKind kPpr{"ppr", Sector::social, Service::none, 15, "PPR-chef", "Teamleder",
                         {{"Psykolog", 3}, {"Tale-hørepædagog", 1}, {"Specialpædagogisk konsulent", 1}},
                         "Dansk Psykolog Forening", nullptr, nullptr, Naming::office, {"Team skole", "Team dagtilbud"}, false};
const WorkplaceKind kFamily{"family", Sector::social, Service::family, 28, "Afdelingsleder", "Teamleder",
                            {{"Socialrådgiver", 4}, {"Familiebehandler", 2}, {"Familierådgiver", 1}},
                            "Dansk Socialrådgiverforening", "Familiecentret ", "",
                            Naming::district, {"Modtagelsen", "Team 0-12 år", "Team 13-17 år", "Familiebehandlingen"}, false};
const WorkplaceKind kBosted{"bosted", Sector::social, Service::social, 30, "Forstander", "Afdelingsleder",
                            {{"Socialpædagog", 4}, {"Social- og sundhedsassistent", 1}, {"Pædagogmedhjælper", 1}},
                            "Socialpædagogerne", "Bostedet ", "", Naming::place, {"Hus A", "Hus B", "Hus C", "Nattevagten"}, false};
const WorkplaceKind kJobcenter{"jobcenter", Sector::administration, Service::jobcenter, 45, "Afdelingsleder",
                               "Teamleder",
                               {{"Jobkonsulent", 3}, {"Sagsbehandler", 2}, {"Virksomhedskonsulent", 1}},
                               "HK Kommunal", "Jobcenter ", "", Naming::district, {"Team Unge", "Team Ledige", "Team Sygedagpenge",
                                                                 "Virksomhedsservice"},
                               false};
const WorkplaceKind kIntegration{"integration", Sector::administration, Service::jobcenter, 20, "Integrationschef",
                                 "Teamleder", {{"Integrationskonsulent", 3}, {"Sagsbehandler", 1}},
                                 "HK Kommunal", nullptr, nullptr, Naming::office, {"Team Modtagelse", "Team Uddannelse"}, false};
const WorkplaceKind kVisitation{"visitation", Sector::administration, Service::none, 15, "Visitationschef",
                                "Teamleder", {{"Visitator", 3}, {"Ergoterapeut", 1}, {"Administrativ medarbejder", 1}},
                                "DSR", nullptr, nullptr, Naming::office, {"Team Hjemmehjælp", "Team Plejebolig"}, false};
const WorkplaceKind kAdminOffice{"office", Sector::administration, Service::none, 15, "Kontorchef", "Teamleder",
                                 {{"Konsulent", 3}, {"Specialkonsulent", 1}, {"Fuldmægtig", 1},
                                  {"Administrativ medarbejder", 1}},
                                 "HK Kommunal", nullptr, nullptr, Naming::office, {}, false};
const WorkplaceKind kEconomy{"economy", Sector::administration, Service::none, 15, "Økonomichef", "Teamleder",
                             {{"Økonomikonsulent", 3}, {"Controller", 1}, {"Bogholder", 1}},
                             "HK Kommunal", nullptr, nullptr, Naming::office, {"Budget", "Regnskab", "Indkøb"}, false};
const WorkplaceKind kHrOffice{"hr", Sector::administration, Service::none, 15, "HR-chef", "Teamleder",
                              {{"HR-konsulent", 2}, {"Lønkonsulent", 2}, {"Arbejdsmiljøkonsulent", 1}},
                              "HK Kommunal", nullptr, nullptr, Naming::office, {"HR-partnere", "Løn og Personale", "Arbejdsmiljø"}, false};
const WorkplaceKind kIt{"it", Sector::administration, Service::none, 15, "IT-chef", "Teamleder",
                        {{"IT-konsulent", 2}, {"IT-supporter", 2}, {"Digitaliseringskonsulent", 1}},
                        "PROSA", nullptr, nullptr, Naming::office, {"Drift", "Support", "Digitalisering"}, false};
const WorkplaceKind kBorgerservice{"borgerservice", Sector::administration, Service::borgerservice, 15,
                                   "Borgerservicechef", "Teamleder",
                                   {{"Borgerservicemedarbejder", 5}, {"Ydelsesmedarbejder", 1}},
                                   "HK Kommunal", nullptr, nullptr, Naming::office, {"Pas og Kørekort", "Ydelser", "Telefonerne"}, false};
const WorkplaceKind kBuildingOffice{"building", Sector::administration, Service::building, 15,
                                    "Chef for Byg, Plan og Miljø", "Teamleder",
                                    {{"Byggesagsbehandler", 2}, {"Miljømedarbejder", 1}, {"Planlægger", 1}},
                                    "HK Kommunal", nullptr, nullptr, Naming::office, {"Byggesager", "Miljø og Natur", "Plan"}, false};
const WorkplaceKind kDepot{"depot", Sector::technical, Service::none, 40, "Driftsleder", "Formand",
                           {{"Vejarbejder", 2}, {"Gartner", 2}, {"Maskinfører", 1}, {"Anlægsgartner", 1}, {"Chauffør", 0.5}},
                           "3F", "Driftsgården ", "", Naming::district, {"Vejholdet", "Parkholdet", "Vintertjenesten", "Værkstedet"}, false};
const WorkplaceKind kProperty{"property", Sector::technical, Service::none, 35, "Leder af Ejendomsservice",
                              "Serviceleder",
                              {{"Rengøringsassistent", 4}, {"Ejendomsservicetekniker", 1}, {"Pedel", 1}},
                              "3F", "Ejendomsservice ", "", Naming::district, {"Rengøring", "Teknik", "Udearealer"}, false};
const WorkplaceKind kLibrary{"library", Sector::culture, Service::library, 12, "Biblioteksleder", "Teamleder",
                             {{"Bibliotekar", 2}, {"Biblioteksassistent", 1}, {"Formidler", 0.5}},
                             "Bibliotekarforbundet", nullptr, " Bibliotek", Naming::place, {"Børn og Unge", "Voksne"}, false};
const WorkplaceKind kSports{"sports", Sector::culture, Service::leisure, 10, "Idrætscenterleder", "Teamleder",
                            {{"Idrætsmedarbejder", 2}, {"Halinspektør", 1}, {"Servicemedarbejder", 1}},
                            "3F", nullptr, " Idrætscenter", Naming::place, {"Hallen", "Svømmehallen"}, false};
const WorkplaceKind kMusic{"music", Sector::culture, Service::leisure, 12, "Musikskoleleder", "Afdelingsleder",
                           {{"Musikskolelærer", 1}}, "Dansk Musiker Forbund", "Musikskolen ", "", Naming::district, {}, false};
const WorkplaceKind kCultureHouse{"culture_house", Sector::culture, Service::leisure, 8, "Kulturhusleder", "Teamleder",
                                  {{"Kulturmedarbejder", 2}, {"Tekniker", 1}}, "HK Kommunal", "Kulturhuset ", "", Naming::place, {},
                                  false};

// Areas shared by both layouts.
AreaTemplate area(const char* abbr, const char* name, double share, const char* chief,
                  std::vector<const WorkplaceKind*> kinds, bool office = false, bool hr = false,
                  std::string_view tag = {}) {
  return AreaTemplate{abbr, name, share, chief, std::move(kinds), office, hr, tag};
}

std::vector<AreaTemplate> children_areas() {
  // Schools are the largest part of Børn og Unge, then day care (assumption, in line with the
  // size of the two sectors in municipal employment).
  return {area("sko", "Skoler", 0.52, "Skolechef", {&kSchool}, false, false, "school"),
          area("dag", "Dagtilbud", 0.36, "Dagtilbudschef", {&kDaycare}),
          area("sut", "Sundhed og Tandpleje", 0.08, "Chef for Sundhed og Tandpleje", {&kHealthVisitor, &kDental}),
          area("ppr", "PPR", 0.04, "PPR-chef", {&kPpr}, true)};
}
std::vector<AreaTemplate> care_areas() {
  return {area("plc", "Plejecentre", 0.45, "Chef for Plejecentre", {&kNursingHome}),
          area("hjp", "Hjemmeplejen", 0.33, "Hjemmeplejechef", {&kHomeCare}),
          area("sot", "Sundhed og Træning", 0.16, "Sundhedschef", {&kTraining, &kNursing}),
          area("vis", "Visitation", 0.06, "Visitationschef", {&kVisitation}, true)};
}
std::vector<AreaTemplate> technical_areas() {
  return {area("vep", "Vej og Park", 0.45, "Driftschef", {&kDepot}),
          area("ejd", "Ejendomme", 0.35, "Ejendomschef", {&kProperty}),
          area("bpm", "Byg, Plan og Miljø", 0.20, "Chef for Byg, Plan og Miljø", {&kBuildingOffice}, true)};
}
std::vector<AreaTemplate> culture_areas() {
  return {area("bib", "Biblioteker", 0.5, "Bibliotekschef", {&kLibrary}),
          area("fri", "Fritid og Idræt", 0.5, "Fritidschef", {&kSports, &kMusic, &kCultureHouse})};
}
std::vector<AreaTemplate> central_areas() {
  return {area("oko", "Økonomi", 0.22, "Økonomichef", {&kEconomy}, true),
          area("hr", "HR og Personale", 0.18, "HR-chef", {&kHrOffice}, true, true),
          area("itd", "IT og Digitalisering", 0.20, "IT-chef", {&kIt}, true),
          area("bor", "Borgerservice", 0.28, "Borgerservicechef", {&kBorgerservice}, true),
          area("sej", "Sekretariat og Jura", 0.12, "Sekretariatschef", {&kAdminOffice}, true)};
}

}  // namespace

// Shares of employees by forvaltning: rounded, indicative values in line with how municipal
// employment divides between children (schools and day care, about two fifths), elderly care and
// health (about a quarter), social services and employment, technical services, culture and
// central administration (assumption; Danish municipalities organise these differently).
const Layout& standard_layout() {
  static const Layout layout = {
      {"bu", "Børn og Unge", 0.38, "Direktør for Børn og Unge", "Børne- og Skoleudvalget", children_areas(), false},
      {"so", "Sundhed og Omsorg", 0.27, "Direktør for Sundhed og Omsorg", "Ældre- og Sundhedsudvalget", care_areas(),
       false},
      {"sb", "Social og Beskæftigelse", 0.15, "Direktør for Social og Beskæftigelse",
       "Social- og Beskæftigelsesudvalget",
       {area("hap", "Handicap og Psykiatri", 0.45, "Chef for Handicap og Psykiatri", {&kBosted}),
        area("bof", "Børn og Familie", 0.20, "Chef for Børn og Familie", {&kFamily}, false, false, "family"),
        area("job", "Beskæftigelse", 0.30, "Jobcenterchef", {&kJobcenter}),
        area("vmy", "Voksenmyndighed", 0.05, "Myndighedschef", {&kAdminOffice}, true)},
       false},
      {"tm", "Teknik og Miljø", 0.07, "Direktør for Teknik og Miljø", "Teknik- og Miljøudvalget", technical_areas(),
       false},
      {"kf", "Kultur og Fritid", 0.04, "Direktør for Kultur og Fritid", "Kultur- og Fritidsudvalget", culture_areas(),
       false},
      {"op", "Økonomi og Personale", 0.09, "Direktør for Økonomi og Personale", "Økonomiudvalget", central_areas(),
       true},
  };
  return layout;
}

// Københavns Kommune's seven forvaltninger (names as the municipality uses them); shares are
// assumptions in the same spirit as above.
const Layout& copenhagen_layout() {
  static const Layout layout = {
      {"buf", "Børne- og Ungdomsforvaltningen", 0.38, "Administrerende direktør, Børne- og Ungdomsforvaltningen",
       "Børne- og Ungdomsudvalget", children_areas(), false},
      {"suf", "Sundheds- og Omsorgsforvaltningen", 0.24, "Administrerende direktør, Sundheds- og Omsorgsforvaltningen",
       "Sundheds- og Omsorgsudvalget", care_areas(), false},
      {"sof", "Socialforvaltningen", 0.17, "Administrerende direktør, Socialforvaltningen", "Socialudvalget",
       {area("hap", "Handicap og Psykiatri", 0.50, "Chef for Handicap og Psykiatri", {&kBosted}),
        area("bof", "Børn og Familie", 0.25, "Chef for Børn og Familie", {&kFamily}, false, false, "family"),
        area("hju", "Hjemløse og Udsatte", 0.18, "Chef for Hjemløse og Udsatte", {&kBosted}),
        area("vmy", "Voksenmyndighed", 0.07, "Myndighedschef", {&kAdminOffice}, true)},
       false},
      {"bif", "Beskæftigelses- og Integrationsforvaltningen", 0.05,
       "Administrerende direktør, Beskæftigelses- og Integrationsforvaltningen",
       "Beskæftigelses- og Integrationsudvalget",
       {area("job", "Jobcentre", 0.8, "Jobcenterchef", {&kJobcenter}),
        area("int", "Integration", 0.2, "Integrationschef", {&kIntegration}, true)},
       false},
      {"tmf", "Teknik- og Miljøforvaltningen", 0.06, "Administrerende direktør, Teknik- og Miljøforvaltningen",
       "Teknik- og Miljøudvalget", technical_areas(), false},
      {"kff", "Kultur- og Fritidsforvaltningen", 0.04, "Administrerende direktør, Kultur- og Fritidsforvaltningen",
       "Kultur- og Fritidsudvalget", culture_areas(), false},
      {"okf", "Økonomiforvaltningen", 0.06, "Administrerende direktør, Økonomiforvaltningen", "Økonomiudvalget",
       central_areas(), true},
  };
  return layout;
}

// The 98 municipalities since the 2007 reform, with kommunekode (Danmarks Statistik) and
// inhabitants rounded to the thousand (about 2024; Danmarks Statistik FOLK1A, approximate —
// the generator scales them to the requested number of citizens anyway).
const std::vector<MunicipalityInfo>& danish_municipalities() {
  static const std::vector<MunicipalityInfo> list = {
      {101, "Københavns Kommune", "København", "Hovedstaden", 660000},
      {147, "Frederiksberg Kommune", "Frederiksberg", "Hovedstaden", 105000},
      {151, "Ballerup Kommune", "Ballerup", "Hovedstaden", 52000},
      {153, "Brøndby Kommune", "Brøndby", "Hovedstaden", 36000},
      {155, "Dragør Kommune", "Dragør", "Hovedstaden", 14000},
      {157, "Gentofte Kommune", "Gentofte", "Hovedstaden", 75000},
      {159, "Gladsaxe Kommune", "Gladsaxe", "Hovedstaden", 70000},
      {161, "Glostrup Kommune", "Glostrup", "Hovedstaden", 24000},
      {163, "Herlev Kommune", "Herlev", "Hovedstaden", 30000},
      {165, "Albertslund Kommune", "Albertslund", "Hovedstaden", 28000},
      {167, "Hvidovre Kommune", "Hvidovre", "Hovedstaden", 54000},
      {169, "Høje-Taastrup Kommune", "Høje-Taastrup", "Hovedstaden", 58000},
      {173, "Lyngby-Taarbæk Kommune", "Lyngby-Taarbæk", "Hovedstaden", 57000},
      {175, "Rødovre Kommune", "Rødovre", "Hovedstaden", 41000},
      {183, "Ishøj Kommune", "Ishøj", "Hovedstaden", 24000},
      {185, "Tårnby Kommune", "Tårnby", "Hovedstaden", 44000},
      {187, "Vallensbæk Kommune", "Vallensbæk", "Hovedstaden", 17000},
      {190, "Furesø Kommune", "Furesø", "Hovedstaden", 42000},
      {201, "Allerød Kommune", "Allerød", "Hovedstaden", 26000},
      {210, "Fredensborg Kommune", "Fredensborg", "Hovedstaden", 41000},
      {217, "Helsingør Kommune", "Helsingør", "Hovedstaden", 64000},
      {219, "Hillerød Kommune", "Hillerød", "Hovedstaden", 54000},
      {223, "Hørsholm Kommune", "Hørsholm", "Hovedstaden", 25000},
      {230, "Rudersdal Kommune", "Rudersdal", "Hovedstaden", 57000},
      {240, "Egedal Kommune", "Egedal", "Hovedstaden", 44000},
      {250, "Frederikssund Kommune", "Frederikssund", "Hovedstaden", 46000},
      {253, "Greve Kommune", "Greve", "Sjælland", 51000},
      {259, "Køge Kommune", "Køge", "Sjælland", 63000},
      {260, "Halsnæs Kommune", "Halsnæs", "Hovedstaden", 32000},
      {265, "Roskilde Kommune", "Roskilde", "Sjælland", 91000},
      {269, "Solrød Kommune", "Solrød", "Sjælland", 24000},
      {270, "Gribskov Kommune", "Gribskov", "Hovedstaden", 41000},
      {306, "Odsherred Kommune", "Odsherred", "Sjælland", 33000},
      {316, "Holbæk Kommune", "Holbæk", "Sjælland", 73000},
      {320, "Faxe Kommune", "Faxe", "Sjælland", 37000},
      {326, "Kalundborg Kommune", "Kalundborg", "Sjælland", 48000},
      {329, "Ringsted Kommune", "Ringsted", "Sjælland", 36000},
      {330, "Slagelse Kommune", "Slagelse", "Sjælland", 80000},
      {336, "Stevns Kommune", "Stevns", "Sjælland", 24000},
      {340, "Sorø Kommune", "Sorø", "Sjælland", 30000},
      {350, "Lejre Kommune", "Lejre", "Sjælland", 29000},
      {360, "Lolland Kommune", "Lolland", "Sjælland", 40000},
      {370, "Næstved Kommune", "Næstved", "Sjælland", 84000},
      {376, "Guldborgsund Kommune", "Guldborgsund", "Sjælland", 60000},
      {390, "Vordingborg Kommune", "Vordingborg", "Sjælland", 46000},
      {400, "Bornholms Regionskommune", "Bornholm", "Hovedstaden", 39000},
      {410, "Middelfart Kommune", "Middelfart", "Syddanmark", 39000},
      {420, "Assens Kommune", "Assens", "Syddanmark", 41000},
      {430, "Faaborg-Midtfyn Kommune", "Faaborg-Midtfyn", "Syddanmark", 52000},
      {440, "Kerteminde Kommune", "Kerteminde", "Syddanmark", 24000},
      {450, "Nyborg Kommune", "Nyborg", "Syddanmark", 32000},
      {461, "Odense Kommune", "Odense", "Syddanmark", 208000},
      {479, "Svendborg Kommune", "Svendborg", "Syddanmark", 59000},
      {480, "Nordfyns Kommune", "Nordfyn", "Syddanmark", 30000},
      {482, "Langeland Kommune", "Langeland", "Syddanmark", 12000},
      {492, "Ærø Kommune", "Ærø", "Syddanmark", 6000},
      {510, "Haderslev Kommune", "Haderslev", "Syddanmark", 56000},
      {530, "Billund Kommune", "Billund", "Syddanmark", 27000},
      {540, "Sønderborg Kommune", "Sønderborg", "Syddanmark", 74000},
      {550, "Tønder Kommune", "Tønder", "Syddanmark", 37000},
      {561, "Esbjerg Kommune", "Esbjerg", "Syddanmark", 115000},
      {563, "Fanø Kommune", "Fanø", "Syddanmark", 3500},
      {573, "Varde Kommune", "Varde", "Syddanmark", 50000},
      {575, "Vejen Kommune", "Vejen", "Syddanmark", 43000},
      {580, "Aabenraa Kommune", "Aabenraa", "Syddanmark", 59000},
      {607, "Fredericia Kommune", "Fredericia", "Syddanmark", 52000},
      {615, "Horsens Kommune", "Horsens", "Midtjylland", 97000},
      {621, "Kolding Kommune", "Kolding", "Syddanmark", 95000},
      {630, "Vejle Kommune", "Vejle", "Syddanmark", 121000},
      {657, "Herning Kommune", "Herning", "Midtjylland", 90000},
      {661, "Holstebro Kommune", "Holstebro", "Midtjylland", 59000},
      {665, "Lemvig Kommune", "Lemvig", "Midtjylland", 19000},
      {671, "Struer Kommune", "Struer", "Midtjylland", 21000},
      {706, "Syddjurs Kommune", "Syddjurs", "Midtjylland", 43000},
      {707, "Norddjurs Kommune", "Norddjurs", "Midtjylland", 37000},
      {710, "Favrskov Kommune", "Favrskov", "Midtjylland", 50000},
      {727, "Odder Kommune", "Odder", "Midtjylland", 23000},
      {730, "Randers Kommune", "Randers", "Midtjylland", 99000},
      {740, "Silkeborg Kommune", "Silkeborg", "Midtjylland", 100000},
      {741, "Samsø Kommune", "Samsø", "Midtjylland", 3700},
      {746, "Skanderborg Kommune", "Skanderborg", "Midtjylland", 64000},
      {751, "Aarhus Kommune", "Aarhus", "Midtjylland", 367000},
      {756, "Ikast-Brande Kommune", "Ikast-Brande", "Midtjylland", 42000},
      {760, "Ringkøbing-Skjern Kommune", "Ringkøbing-Skjern", "Midtjylland", 56000},
      {766, "Hedensted Kommune", "Hedensted", "Midtjylland", 48000},
      {773, "Morsø Kommune", "Morsø", "Nordjylland", 20000},
      {779, "Skive Kommune", "Skive", "Midtjylland", 46000},
      {787, "Thisted Kommune", "Thisted", "Nordjylland", 43000},
      {791, "Viborg Kommune", "Viborg", "Midtjylland", 98000},
      {810, "Brønderslev Kommune", "Brønderslev", "Nordjylland", 36000},
      {813, "Frederikshavn Kommune", "Frederikshavn", "Nordjylland", 58000},
      {820, "Vesthimmerlands Kommune", "Vesthimmerland", "Nordjylland", 36000},
      {825, "Læsø Kommune", "Læsø", "Nordjylland", 1800},
      {840, "Rebild Kommune", "Rebild", "Nordjylland", 30000},
      {846, "Mariagerfjord Kommune", "Mariagerfjord", "Nordjylland", 42000},
      {849, "Jammerbugt Kommune", "Jammerbugt", "Nordjylland", 38000},
      {851, "Aalborg Kommune", "Aalborg", "Nordjylland", 222000},
      {860, "Hjørring Kommune", "Hjørring", "Nordjylland", 64000},
  };
  return list;
}

// Population by age, rounded from Danmarks Statistik's population tables (FOLK1A, about 2024):
// children 0–5 about 6.5 %, 6–16 about 12 %, 17–66 about 61.5 %, 67 and over about 20 %.
const std::vector<AgeGroup>& age_groups() {
  static const std::vector<AgeGroup> groups = {{"0-5", 0.065}, {"6-16", 0.12}, {"17-66", 0.615}, {"67+", 0.20}};
  return groups;
}

// Which service a citizen meets first. Elderly: about one in ten people over 67 receives home
// care and about four in a hundred live in a nursing home (order of magnitude of Danmarks
// Statistik's AED tables; rounded). The rest are assumptions: every citizen is in contact with
// at least one service in the period the dataset stands for.
const std::vector<ServiceChoice>& primary_services(std::size_t age_group) {
  static const std::vector<ServiceChoice> small = {
      {Service::daycare, 0.75}, {Service::health_visitor, 0.20}, {Service::dental, 0.05}};
  static const std::vector<ServiceChoice> pupils = {
      {Service::school, 0.92}, {Service::dental, 0.04}, {Service::leisure, 0.04}};
  static const std::vector<ServiceChoice> adults = {
      {Service::borgerservice, 0.50}, {Service::library, 0.15}, {Service::jobcenter, 0.14},
      {Service::leisure, 0.08},       {Service::building, 0.05}, {Service::social, 0.04},
      {Service::training, 0.04}};
  static const std::vector<ServiceChoice> elderly = {
      {Service::borgerservice, 0.36}, {Service::library, 0.20}, {Service::home_care, 0.12},
      {Service::leisure, 0.12},       {Service::training, 0.10}, {Service::building, 0.06},
      {Service::nursing_home, 0.04}};
  static const std::vector<ServiceChoice>* all[] = {&small, &pupils, &adults, &elderly};
  return *all[age_group];
}

const std::vector<Service>& secondary_services(std::size_t age_group) {
  static const std::vector<Service> small = {Service::library, Service::leisure, Service::family, Service::social};
  static const std::vector<Service> pupils = {Service::family, Service::leisure, Service::library, Service::social};
  static const std::vector<Service> adults = {Service::jobcenter, Service::borgerservice, Service::social,
                                              Service::building,  Service::library,       Service::leisure,
                                              Service::training};
  static const std::vector<Service> elderly = {Service::home_care, Service::borgerservice, Service::library,
                                               Service::building,  Service::training,      Service::leisure};
  static const std::vector<Service>* all[] = {&small, &pupils, &adults, &elderly};
  return *all[age_group];
}

std::string_view service_name(Service s) {
  static constexpr std::string_view names[] = {"none",   "daycare",   "health_visitor", "dental",    "school",
                                               "family", "social",    "jobcenter",      "borgerservice",
                                               "library", "leisure",  "building",       "home_care", "nursing_home",
                                               "training"};
  return names[static_cast<std::size_t>(s)];
}

const std::vector<const char*>& external_partner_kinds() {
  static const std::vector<const char*> kinds = {
      "Regionshospitalet",  "Politikredsen",     "Praktiserende læger", "Boligselskabet",  "Erhvervsrådet",
      "Frivilligcentret",   "Gymnasiet",         "Erhvervsskolen",      "Regionspsykiatrien", "Beredskabet",
      "Forsyningen",        "Idrætsforeningen",  "Kriminalforsorgen",   "Ungdommens Uddannelsesvejledning",
      "Menighedsrådet",     "Handelsstandsforeningen"};
  return kinds;
}

// Common Danish first names, middle names and surnames (the frequent ones in Danmarks
// Statistik's name statistics, plus names with æ, ø and å so that every output exercises them).
const std::vector<const char*>& first_names() {
  static const std::vector<const char*> names = {
      "Anne",    "Kirsten",  "Mette",    "Hanne",   "Helle",    "Anna",     "Susanne", "Lene",    "Maria",
      "Marianne", "Lone",    "Camilla",  "Pia",     "Louise",   "Charlotte", "Tina",   "Gitte",   "Bente",
      "Jette",   "Karen",    "Inge",     "Birgitte", "Rikke",   "Ida",      "Emma",     "Sofie",   "Freja",
      "Signe",   "Maja",     "Julie",    "Cecilie", "Line",     "Trine",    "Dorte",    "Tove",    "Ulla",
      "Åse",     "Sørine",   "Bodil",    "Inger",   "Solveig",  "Astrid",   "Karoline", "Nanna",   "Mai-Britt",
      "Jytte",   "Grethe",   "Vibeke",   "Malene",  "Stine",    "Mathilde", "Josefine", "Ellen",   "Bjørk",
      "Peter",   "Jens",     "Lars",     "Michael", "Henrik",   "Thomas",   "Søren",   "Jan",     "Niels",
      "Morten",  "Jesper",   "Anders",   "Christian", "Martin", "Rasmus",   "Mads",    "Frederik", "Mikkel",
      "Kasper",  "Jørgen",   "Bjørn",    "Ole",     "Poul",     "Torben",   "Kåre",    "Bo",      "Asger",
      "Troels",  "Ib",       "Steen",    "Ebbe",    "Øjvind",   "Aksel",    "Malthe",  "Emil",    "Oliver",
      "William", "Noah",     "Lucas",    "Magnus",  "Tobias",   "Jakob",    "Claus",   "Finn",    "Knud",
      "Erik",    "Hans",     "Kim",      "Flemming", "Carsten", "Brian",    "Dennis",  "Allan",   "René",
      "Jørn",    "Svend",    "Ove",      "Kristian", "Nikolaj", "Jonas",    "Simon",   "Esben",   "Halfdan",
      "Sebastian", "Ahmad",  "Fatima",   "Mohammad", "Zainab",  "Ali",      "Amira",   "Yasmin",  "Aleksander"};
  return names;
}

const std::vector<const char*>& middle_names() {
  static const std::vector<const char*> names = {"Skov",  "Holm",  "Bach", "Lund",  "Dahl",   "Kjær",  "Krogh",
                                                 "Friis", "Bech",  "Juul", "Bak",   "Høj",   "Vinther", "Østergaard",
                                                 "Møller", "Brink", "Bjerre", "Lykke", "Nørgaard", "Sølvsten"};
  return names;
}

const std::vector<const char*>& last_names() {
  static const std::vector<const char*> names = {
      "Nielsen",     "Jensen",    "Hansen",    "Pedersen",  "Andersen",   "Christensen", "Larsen",    "Sørensen",
      "Rasmussen",   "Jørgensen", "Petersen",  "Madsen",    "Kristensen", "Olsen",       "Thomsen",   "Christiansen",
      "Poulsen",     "Johansen",  "Møller",    "Mortensen", "Knudsen",    "Jakobsen",    "Jacobsen",  "Mikkelsen",
      "Olesen",      "Frederiksen", "Laursen", "Henriksen", "Lund",       "Schmidt",     "Eriksen",   "Holm",
      "Kristiansen", "Clausen",   "Simonsen",  "Svendsen",  "Andreasen",  "Iversen",     "Jeppesen",  "Mogensen",
      "Jespersen",   "Nissen",    "Lauridsen", "Kjær",      "Østergaard", "Søndergaard", "Nørgaard",  "Bæk",
      "Dahl",        "Krogh",     "Brøndum",   "Lykkegård", "Skovgård",   "Frølund",     "Bøgh",      "Kjærsgaard",
      "Højgaard",    "Friis",     "Vestergaard", "Mølgaard", "Bech",      "Due",         "Skjødt",    "Ravn",
      "Blæsbjerg",   "Åkjær",     "Gråbøl",    "Hviid",     "Storgaard",  "Thygesen",    "Winther",   "Grøn",
      "Lind",        "Bødker",    "Fæster",    "Præstholm", "Ærø",        "Bjørnskov",   "Kløvedal",  "Sønderby",
      "Østerby",     "Damgård",   "Kirkegaard", "Mørch",    "Kaas",       "Toft",        "Bundgaard", "Hedegaard",
      "Ahmed",       "Hussein",   "Yilmaz",    "Nguyen",    "Kowalski",   "Novak"};
  return names;
}

const std::vector<const char*>& place_heads() {
  static const std::vector<const char*> heads = {
      "Sol",    "Ege",   "Bøge",   "Lyng",   "Kilde",  "Mølle", "Skov",   "Strand", "Eng",    "Kær",
      "Høj",    "Rosen", "Lærke",  "Ahorn",  "Birke",  "Hassel", "Fjord", "Vester", "Øster",  "Nørre",
      "Sønder", "Ny",    "Bakke",  "Lunde",  "Tårn",   "Kirke", "Sø",     "Å",      "Mose",   "Grøn",
      "Hvide",  "Røde",  "Lille",  "Store",  "Fyrre",  "Pile",  "Elle",   "Hyld",   "Kløver", "Spurve"};
  return heads;
}

const std::vector<const char*>& place_tails() {
  static const std::vector<const char*> tails = {"gården", "vang", "bakken", "høj",  "lunden", "parken", "engen",
                                                 "toften", "bo",   "ly",     "dal",  "holm",   "sø",     "marken",
                                                 "huset",  "haven", "vænget", "kær", "stien",  "gade"};
  return tails;
}

const std::vector<const char*>& daycare_names() {
  static const std::vector<const char*> names = {
      "Mælkebøtten", "Solsikken",  "Mariehønen", "Regnbuen",   "Troldehøjen", "Spiren",    "Skovmusen",
      "Humlebien",   "Myretuen",   "Bikuben",    "Trylleskoven", "Æblehaven",  "Krudtuglen", "Søstjernen",
      "Valmuen",     "Kastanjen",  "Bølgen",     "Græshoppen", "Rønnebærret", "Tusindfryd", "Pippi",
      "Stjerneskuddet", "Lærkereden", "Fuglereden", "Skovtrolden", "Egernet",   "Sommerfuglen", "Nøddeknækkeren"};
  return names;
}

const std::vector<const char*>& district_names() {
  static const std::vector<const char*> names = {"Nord",    "Syd",     "Øst",      "Vest",    "Midt",
                                                 "Nordvest", "Nordøst", "Sydvest",  "Sydøst",  "Centrum",
                                                 "Havnen",  "Søerne",  "Åen",      "Skoven",  "Bakkerne",
                                                 "Engene",  "Fjorden", "Kysten",   "Heden",   "Dalen"};
  return names;
}

// Kommunestyrelsesloven § 5: an odd number of members from 9 to 31; Københavns
// Borgerrepræsentation has 55. The banding by population below is an assumption close to
// practice (small island municipalities 9–15, large cities 31).
std::uint32_t council_size(std::uint64_t population, bool copenhagen) {
  if (copenhagen) return 55;
  if (population < 5000) return 9;
  if (population < 15000) return 15;
  if (population < 30000) return 21;
  if (population < 50000) return 25;
  if (population < 100000) return 29;
  return 31;
}

}  // namespace leadnet::gen::detail
