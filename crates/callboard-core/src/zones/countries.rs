//! The country table: names people type, calling codes and candidate IANA zones.
//!
//! Names are stored already normalized (see [`super::normalize`]): lowercase ASCII with
//! accents, punctuation and spaces removed. ISO 3166 alpha-2/alpha-3 codes are names too.
//! Zones are listed most populous first; `dominant` says the first zone covers nearly
//! everyone, so it may be shown without asking (Spain: Madrid, with the Canaries as the
//! only alternative).

/// One country.
#[derive(Debug)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub iso2: &'static str,
    /// E.164 country calling code, digits only.
    pub calling_code: &'static str,
    /// Normalized names and codes people use for it.
    pub names: &'static [&'static str],
    /// Candidate zones, most likely first.
    pub zones: &'static [&'static str],
    /// Whether the first zone covers nearly everyone (safe to imply).
    pub dominant: bool,
}

const fn c(
    iso2: &'static str,
    calling_code: &'static str,
    names: &'static [&'static str],
    zones: &'static [&'static str],
    dominant: bool,
) -> Country {
    Country {
        iso2,
        calling_code,
        names,
        zones,
        dominant,
    }
}

/// Zones of the United States (mainland first, by population).
pub(crate) const US_ZONES: &[&str] = &[
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Anchorage",
    "Pacific/Honolulu",
];

/// Every country we recognise. Order matters only for shared calling codes (+1 resolves
/// to the US unless an area code says otherwise).
#[rustfmt::skip] // one country per line reads better than rustfmt's expansion
pub(crate) const COUNTRIES: &[Country] = &[
    // North America and the Caribbean
    c("US", "1", &["us", "usa", "unitedstates", "unitedstatesofamerica", "estadosunidos", "estadosunidosdeamerica", "eeuu", "eua", "estadosunidosdaamerica"], US_ZONES, false),
    c("CA", "1", &["ca", "can", "canada"], &["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/Regina", "America/St_Johns"], false),
    c("MX", "52", &["mx", "mex", "mexico", "estadosunidosmexicanos", "mejico"], &["America/Mexico_City", "America/Tijuana", "America/Hermosillo", "America/Mazatlan", "America/Cancun", "America/Ciudad_Juarez"], false),
    c("PR", "1", &["pr", "pri", "puertorico"], &["America/Puerto_Rico"], true),
    c("DO", "1", &["do", "dom", "dominicanrepublic", "republicadominicana", "repdominicana"], &["America/Santo_Domingo"], true),
    c("CU", "53", &["cu", "cub", "cuba"], &["America/Havana"], true),
    c("JM", "1", &["jm", "jam", "jamaica"], &["America/Jamaica"], true),
    // Central America
    c("GT", "502", &["gt", "gtm", "guatemala"], &["America/Guatemala"], true),
    c("BZ", "501", &["bz", "blz", "belize", "belice"], &["America/Belize"], true),
    c("SV", "503", &["sv", "slv", "elsalvador", "salvador"], &["America/El_Salvador"], true),
    c("HN", "504", &["hn", "hnd", "honduras"], &["America/Tegucigalpa"], true),
    c("NI", "505", &["ni", "nic", "nicaragua"], &["America/Managua"], true),
    c("CR", "506", &["cr", "cri", "costarica"], &["America/Costa_Rica"], true),
    c("PA", "507", &["pa", "pan", "panama"], &["America/Panama"], true),
    // South America
    c("CO", "57", &["co", "col", "colombia"], &["America/Bogota"], true),
    c("VE", "58", &["ve", "ven", "venezuela"], &["America/Caracas"], true),
    c("EC", "593", &["ec", "ecu", "ecuador"], &["America/Guayaquil", "Pacific/Galapagos"], true),
    c("PE", "51", &["pe", "per", "peru"], &["America/Lima"], true),
    c("BO", "591", &["bo", "bol", "bolivia"], &["America/La_Paz"], true),
    c("CL", "56", &["cl", "chl", "chile"], &["America/Santiago", "America/Punta_Arenas", "Pacific/Easter"], true),
    c("AR", "54", &["ar", "arg", "argentina", "republicaargentina"], &["America/Argentina/Buenos_Aires"], true),
    c("UY", "598", &["uy", "ury", "uruguay"], &["America/Montevideo"], true),
    c("PY", "595", &["py", "pry", "paraguay"], &["America/Asuncion"], true),
    c("BR", "55", &["br", "bra", "brazil", "brasil"], &["America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Maceio", "America/Belem", "America/Manaus", "America/Cuiaba", "America/Campo_Grande", "America/Porto_Velho", "America/Boa_Vista", "America/Rio_Branco", "America/Noronha"], false),
    // Europe
    c("ES", "34", &["es", "esp", "spain", "espana", "espanha", "espagne", "reinodeespana"], &["Europe/Madrid", "Atlantic/Canary"], true),
    c("PT", "351", &["pt", "prt", "portugal"], &["Europe/Lisbon", "Atlantic/Azores"], true),
    c("FR", "33", &["fr", "fra", "france", "francia", "franca"], &["Europe/Paris"], true),
    c("DE", "49", &["de", "deu", "germany", "alemania", "deutschland", "alemanha"], &["Europe/Berlin"], true),
    c("IT", "39", &["it", "ita", "italy", "italia"], &["Europe/Rome"], true),
    c("GB", "44", &["gb", "gbr", "uk", "unitedkingdom", "greatbritain", "england", "reinounido", "inglaterra"], &["Europe/London"], true),
    c("IE", "353", &["ie", "irl", "ireland", "irlanda"], &["Europe/Dublin"], true),
    c("NL", "31", &["nl", "nld", "netherlands", "holland", "paisesbajos", "holanda"], &["Europe/Amsterdam"], true),
    c("BE", "32", &["be", "bel", "belgium", "belgica"], &["Europe/Brussels"], true),
    c("CH", "41", &["ch", "che", "switzerland", "suiza", "suica"], &["Europe/Zurich"], true),
    c("AT", "43", &["at", "aut", "austria"], &["Europe/Vienna"], true),
    c("PL", "48", &["pl", "pol", "poland", "polonia"], &["Europe/Warsaw"], true),
    c("SE", "46", &["se", "swe", "sweden", "suecia"], &["Europe/Stockholm"], true),
    c("NO", "47", &["no", "nor", "norway", "noruega"], &["Europe/Oslo"], true),
    c("DK", "45", &["dk", "dnk", "denmark", "dinamarca"], &["Europe/Copenhagen"], true),
    c("FI", "358", &["fi", "fin", "finland", "finlandia"], &["Europe/Helsinki"], true),
    c("GR", "30", &["gr", "grc", "greece", "grecia"], &["Europe/Athens"], true),
    // Elsewhere
    c("AU", "61", &["au", "aus", "australia"], &["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide", "Australia/Hobart", "Australia/Darwin", "Australia/Lord_Howe"], false),
    c("NZ", "64", &["nz", "nzl", "newzealand", "nuevazelanda"], &["Pacific/Auckland"], true),
    c("IN", "91", &["in", "ind", "india"], &["Asia/Kolkata"], true),
    c("NP", "977", &["np", "npl", "nepal"], &["Asia/Kathmandu"], true),
    c("JP", "81", &["jp", "jpn", "japan", "japon"], &["Asia/Tokyo"], true),
    c("PH", "63", &["ph", "phl", "philippines", "filipinas"], &["Asia/Manila"], true),
];
