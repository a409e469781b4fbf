use super::*;
use crate::campaign::list::columns::guess;
use crate::campaign::list::sheet::read;

fn nobody_listed(_: &str) -> Option<String> {
    None
}

fn options<'a>(
    country: Option<&'a str>,
    dnc: &'a dyn Fn(&str) -> Option<String>,
) -> CheckOptions<'a> {
    CheckOptions {
        default_country: country,
        fallback_zone: None,
        do_not_call: dnc,
    }
}

fn checked(csv: &str, options: CheckOptions<'_>) -> CheckedList {
    let sheet = read(csv.as_bytes()).unwrap();
    let mapping = guess(&sheet);
    mapping.validate().unwrap();
    check(&sheet, &mapping, options)
}

#[test]
fn numbers_from_the_six_sandbox_countries_come_out_in_e164_with_their_zones() {
    let csv = "\
nombre,teléfono,país
Ana,+57 301 444 5709,Colombia
Beto,55 1234 5678,México
Carla,612 34 56 78,España
Dani,11 2345-6789,Argentina
Enzo,(11) 91234-5678,Brasil
Fay,(415) 555-0101,United States
Gil,0057 301 444 5710,
";
    let list = checked(csv, options(None, &nobody_listed));
    let got: Vec<(u32, Option<&str>, Option<&str>, ZoneSource)> = list
        .callees
        .iter()
        .map(|c| (c.row, c.phone.as_deref(), c.zone, c.zone_from))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                2,
                Some("+573014445709"),
                Some("America/Bogota"),
                ZoneSource::Country
            ),
            (
                3,
                Some("+525512345678"),
                Some("America/Mexico_City"),
                ZoneSource::AreaCode
            ),
            (
                4,
                Some("+34612345678"),
                Some("Europe/Madrid"),
                ZoneSource::Country
            ),
            (
                5,
                Some("+541123456789"),
                Some("America/Argentina/Buenos_Aires"),
                ZoneSource::Country
            ),
            (
                6,
                Some("+5511912345678"),
                Some("America/Sao_Paulo"),
                ZoneSource::AreaCode
            ),
            (
                7,
                Some("+14155550101"),
                Some("America/Los_Angeles"),
                ZoneSource::AreaCode
            ),
            (
                8,
                Some("+573014445710"),
                Some("America/Bogota"),
                ZoneSource::Country
            ),
        ]
    );
    assert_eq!((list.rows, list.invalid.len(), list.needs_zone), (7, 0, 0));
    assert_eq!(
        list.callees[6].country,
        Some("CO"),
        "the country comes from the phone"
    );
}

#[test]
fn bad_rows_are_listed_by_row_and_reason_and_never_stop_the_good_ones() {
    let csv = "\
name,phone,country,time zone,email,contact id
Ana,+573014445709,,,,
Bad phone,12,,,,
National no country,3014445709,,,,
Typo country,3014445709,Colmbia,,,
Bad zone,+573014445711,,Mars/Olympus,,
Bad email,+573014445712,,,ana@,
,,,,,
Only id,,,,,c1d2e3f4-a5b6-7890-cdef-123456789012
Bad id,,,,,not an id!
No phone at all,,,,ana@example.com,
Zone by city,+12125550100,,new york,,
";
    let list = checked(csv, options(None, &nobody_listed));
    let reasons: Vec<&str> = list.invalid.iter().map(|i| i.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "Row 3: \"12\" is not a phone number (write it with + and its country code, or choose a default country).",
            "Row 4: \"3014445709\" is not a phone number (write it with + and its country code, or choose a default country).",
            "Row 5: \"Colmbia\" is not a country Callboard knows; write its name or its two-letter code.",
            "Row 6: \"Mars/Olympus\" is not a time zone; use a name like America/Bogota.",
            "Row 7: \"ana@\" is not an email address.",
            "Row 10: \"not an id!\" is not a Contactship contact id.",
            "Row 11: it has no phone number.",
        ]
    );
    let rows: Vec<u32> = list.callees.iter().map(|c| c.row).collect();
    assert_eq!(rows, [2, 9, 12], "the blank row 8 is not a row to call");
    assert_eq!(list.rows, 10);
    assert_eq!(list.callees[1].zone_from, ZoneSource::Unknown);
    assert_eq!(list.callees[2].zone, Some("America/New_York"));
    assert_eq!(list.callees[2].zone_from, ZoneSource::Column);
    assert_eq!(list.needs_zone, 1);
}

#[test]
fn a_default_country_reads_national_numbers_and_a_chosen_zone_fills_the_rest() {
    let csv =
        "name,phone\nAna,301 444 5709\nBeto,12345\nCarla,+525512345678\nDario,+61 412 345 678\n";
    let mut opts = options(Some("CO"), &nobody_listed);
    let list = checked(csv, opts);
    assert!(
        list.invalid.iter().any(|i| i.row == 3),
        "12345 is not a Colombian number: {:?}",
        list.invalid
    );
    assert_eq!(list.callees[0].phone.as_deref(), Some("+573014445709"));
    assert_eq!(
        list.needs_zone, 1,
        "Australia has several zones and this number gives no hint"
    );
    opts.fallback_zone = Some(chrono_tz::Australia::Sydney);
    let list = checked(csv, opts);
    let dario = list.callees.iter().find(|c| c.row == 5).unwrap();
    assert_eq!(
        (dario.zone, dario.zone_from),
        (Some("Australia/Sydney"), ZoneSource::Chosen)
    );
    assert_eq!(list.needs_zone, 0);
}

#[test]
fn duplicates_are_merged_into_the_first_row_and_listed_numbers_skipped_with_their_reason() {
    let csv = "\
name,phone,plan
Ana,+57 301 444 5709,gold
Ana again,(301) 444-5709,silver
Beto,+57 301 444 5710,
Carla,+57 301 444 5711,bronze
";
    let dnc = |phone: &str| (phone == "+573014445710").then(|| "asked not to be called".to_owned());
    let list = checked(csv, options(Some("CO"), &dnc));
    assert_eq!(list.duplicates, vec![Duplicate { row: 3, same_as: 2 }]);
    assert_eq!(
        list.dnc,
        vec![DoNotCallSkip {
            row: 4,
            phone: "+573014445710".into(),
            reason: "asked not to be called".into()
        }]
    );
    let rows: Vec<u32> = list.callees.iter().map(|c| c.row).collect();
    assert_eq!(rows, [2, 5]);
    assert_eq!(
        list.callees[0].data,
        vec![("plan".to_owned(), "gold".to_owned())]
    );
    assert_eq!(list.callees[0].name.as_deref(), Some("Ana"));
}

#[test]
fn progress_is_told_every_few_thousand_rows_and_at_the_end() {
    let mut csv = String::from("name,phone\n");
    for n in 0..(PROGRESS_EVERY * 2 + 7) {
        csv.push_str(&format!("P{n},+57 301 {:07}\n", 4_000_000 + n));
    }
    let sheet = read(csv.as_bytes()).unwrap();
    let mapping = guess(&sheet);
    let mut told = Vec::new();
    let list = check_with_progress(
        &sheet,
        &mapping,
        options(None, &nobody_listed),
        &mut |d, t| told.push((d, t)),
    );
    let total = PROGRESS_EVERY * 2 + 7;
    assert_eq!(
        told,
        vec![
            (PROGRESS_EVERY, total),
            (PROGRESS_EVERY * 2, total),
            (total, total)
        ]
    );
    assert_eq!(list.rows, total);
}

#[test]
fn a_row_problem_is_told_in_spanish_when_the_check_runs_in_spanish() {
    use crate::i18n::{with_locale, Locale};
    let csv = "nombre,teléfono\nAna,+57 301 444 5709\nJosé,12\nLuis,\n";
    let list = with_locale(Locale::Es, || {
        checked(csv, options(Some("CO"), &nobody_listed))
    });
    let reasons: Vec<&str> = list.invalid.iter().map(|i| i.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "Fila 3: \"12\" no es un número de teléfono para el país CO.",
            "Fila 4: no tiene número de teléfono."
        ]
    );
    let no_country = with_locale(Locale::PtBr, || e164("301 444 5709", None))
        .map_err(|p| with_locale(Locale::PtBr, || p.to_string()));
    assert_eq!(
        no_country,
        Err("\"301 444 5709\" não é um número de telefone (escreva com + e o código do país, ou escolha um país padrão)".to_owned())
    );
}
