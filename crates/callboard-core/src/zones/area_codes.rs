//! Compact area-code hints: which zone a national number most likely rings in.
//!
//! These are hints, not truth (mobile numbers travel), so callers still offer every
//! candidate zone of the country. Tables cover common codes only; an unknown code simply
//! gives no hint.

/// North American area codes (+1) of the United States, by zone.
const US: &[(&str, &[u16])] = &[
    (
        "America/New_York",
        &[
            201, 202, 203, 207, 212, 215, 216, 229, 239, 240, 248, 267, 301, 302, 304, 305, 313,
            315, 321, 330, 336, 339, 347, 352, 386, 401, 404, 407, 410, 412, 413, 434, 440, 443,
            470, 475, 478, 484, 502, 513, 516, 518, 540, 561, 570, 585, 603, 607, 609, 614, 617,
            631, 646, 678, 703, 704, 706, 716, 717, 718, 727, 732, 734, 754, 757, 770, 772, 774,
            781, 786, 802, 803, 804, 810, 813, 828, 843, 845, 856, 860, 862, 864, 904, 908, 910,
            914, 917, 919, 929, 941, 954, 973, 978, 980, 984,
        ],
    ),
    (
        "America/Chicago",
        &[
            205, 210, 214, 217, 218, 225, 251, 254, 256, 262, 281, 312, 314, 316, 318, 319, 320,
            331, 346, 361, 405, 409, 414, 417, 430, 469, 479, 501, 504, 507, 512, 515, 563, 573,
            601, 605, 608, 612, 615, 618, 629, 630, 636, 651, 662, 682, 701, 708, 712, 713, 715,
            726, 731, 737, 763, 773, 779, 785, 806, 815, 816, 817, 830, 832, 847, 870, 901, 903,
            913, 918, 920, 931, 936, 940, 952, 956, 972, 979, 985,
        ],
    ),
    (
        "America/Denver",
        &[
            208, 303, 307, 385, 406, 435, 505, 575, 719, 720, 801, 915, 970,
        ],
    ),
    ("America/Phoenix", &[480, 520, 602, 623, 928]),
    (
        "America/Los_Angeles",
        &[
            206, 209, 213, 253, 310, 323, 360, 408, 415, 424, 425, 442, 503, 509, 510, 530, 541,
            559, 562, 619, 626, 650, 657, 661, 702, 707, 714, 725, 747, 760, 775, 805, 818, 831,
            858, 909, 916, 925, 949, 951, 971,
        ],
    ),
    ("America/Anchorage", &[907]),
    ("Pacific/Honolulu", &[808]),
];

/// North American area codes (+1) of Canada, by zone.
const CANADA: &[(&str, &[u16])] = &[
    (
        "America/Toronto",
        &[
            226, 249, 289, 343, 365, 416, 418, 437, 438, 450, 514, 519, 548, 579, 581, 613, 647,
            705, 819, 873, 905,
        ],
    ),
    ("America/Vancouver", &[236, 250, 604, 672, 778]),
    ("America/Edmonton", &[368, 403, 587, 780, 825]),
    ("America/Regina", &[306, 639]),
    ("America/Winnipeg", &[204, 431]),
    ("America/Halifax", &[506, 782, 902]),
    ("America/St_Johns", &[709]),
];

/// Other +1 countries told apart by area code.
const NANP_OTHERS: &[(&str, &[u16])] = &[
    ("PR", &[787, 939]),
    ("DO", &[809, 829, 849]),
    ("JM", &[658, 876]),
];

/// Mexican area codes (+52, 2- or 3-digit) outside the central zone.
const MEXICO: &[(&str, &[&str])] = &[
    ("America/Tijuana", &["664", "665", "686", "646"]),
    ("America/Hermosillo", &["662", "644", "631", "653"]),
    ("America/Mazatlan", &["669", "667", "612", "624", "311"]),
    ("America/Cancun", &["998", "984", "983"]),
    ("America/Ciudad_Juarez", &["656"]),
    // Yucatán (999, Mérida) keeps central time all year since 2022, as Mexico City does.
    (
        "America/Mexico_City",
        &["55", "56", "33", "81", "222", "442", "477", "614", "999"],
    ),
];

/// Brazilian DDD codes (+55, 2-digit) by zone; unlisted codes are in São Paulo time.
const BRAZIL: &[(&str, &[u16])] = &[
    ("America/Bahia", &[71, 73, 74, 75, 77]),
    ("America/Fortaleza", &[83, 84, 85, 86, 88, 89, 98, 99]),
    ("America/Recife", &[81, 87]),
    ("America/Maceio", &[79, 82]),
    ("America/Belem", &[91, 93, 94, 96]),
    ("America/Manaus", &[92, 97]),
    ("America/Boa_Vista", &[95]),
    ("America/Porto_Velho", &[69]),
    ("America/Rio_Branco", &[68]),
    ("America/Cuiaba", &[65, 66]),
    ("America/Campo_Grande", &[67]),
];

fn lookup_u16(table: &'static [(&'static str, &'static [u16])], code: u16) -> Option<&'static str> {
    table
        .iter()
        .find(|(_, codes)| codes.contains(&code))
        .map(|(zone, _)| *zone)
}

fn leading_u16(digits: &str, len: usize) -> Option<u16> {
    digits.get(..len)?.parse().ok()
}

/// For a +1 national number (10 digits after the 1): which country it belongs to, by
/// area code. Unknown codes are assumed to be in the United States.
pub(crate) fn nanp_country(national: &str) -> &'static str {
    let Some(code) = leading_u16(national, 3) else {
        return "US";
    };
    if let Some(iso) = lookup_u16(NANP_OTHERS, code) {
        return iso;
    }
    if lookup_u16(CANADA, code).is_some() {
        return "CA";
    }
    "US"
}

/// The zone a national number most likely rings in, for countries with hint tables.
pub(crate) fn likely_zone(iso2: &str, national: &str) -> Option<&'static str> {
    match iso2 {
        "US" => lookup_u16(US, leading_u16(national, 3)?),
        "CA" => lookup_u16(CANADA, leading_u16(national, 3)?),
        "MX" => MEXICO
            .iter()
            .find(|(_, codes)| codes.iter().any(|code| national.starts_with(code)))
            .map(|(zone, _)| *zone),
        "BR" => {
            let ddd = leading_u16(national, 2)?;
            Some(lookup_u16(BRAZIL, ddd).unwrap_or("America/Sao_Paulo"))
        }
        // Canary Islands landlines: 922 (Santa Cruz de Tenerife), 928 (Las Palmas).
        "ES" if national.starts_with("922") || national.starts_with("928") => {
            Some("Atlantic/Canary")
        }
        _ => None,
    }
}
