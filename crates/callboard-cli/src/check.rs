//! `campaign check`: the list read, mapped and checked exactly as the Campaigns screen does,
//! printed for a person or, with `--json`, as
//! `{"rows", "valid", "invalid": [{"row", "reason"}], "duplicates", "dnc", "needs_zone", ...}`.

use crate::Refusal;
use callboard_core::campaign::list::{
    self, CheckOptions, CheckedList, ColumnUse, Mapping, SheetFormat,
};
use callboard_core::{store, zones};
use chrono_tz::Tz;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct CheckArgs {
    /// The list: a .csv file (any delimiter, UTF-8 or Windows-1252) or an .xlsx workbook.
    #[arg(long = "csv", value_name = "FILE")]
    pub file: PathBuf,
    /// The country of numbers written without + and a country code (a name or a code: CO).
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,
    /// The time zone for everyone whose zone the list does not make clear (America/Bogota).
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// The API's base URL, for counting new contacts (default Contactship's, or
    /// CALLBOARD_API_URL); the key comes from CONTACTSHIP_API_KEY or the app's keychain.
    #[arg(long, env = "CALLBOARD_API_URL", value_name = "URL")]
    pub api_url: Option<String>,
}

/// A list read, mapped and checked: what `check` prints and `run` starts from.
pub(crate) struct Loaded {
    pub sheet: list::Sheet,
    pub mapping: Mapping,
    pub checked: CheckedList,
}

/// Reads `file` and checks it exactly as the Campaigns screen does, against the app's
/// do-not-call list (read beside a running app: no lock taken).
pub(crate) fn load(
    file: &Path,
    default_country: Option<&str>,
    zone: Option<&str>,
    data_dir: &Path,
) -> Result<Loaded, Refusal> {
    let country = default_country
        .map(|c| {
            zones::country_code(c).ok_or_else(|| {
                Refusal(format!(
                    "\"{c}\" is not a country Callboard knows; give --default-country a name or a two-letter code such as CO."
                ))
            })
        })
        .transpose()?;
    let fallback_zone = zone
        .map(|z| {
            z.parse::<Tz>().map_err(|_| {
                Refusal(format!(
                    "\"{z}\" is not a time zone; give --zone a name like America/Bogota."
                ))
            })
        })
        .transpose()?;
    let bytes = std::fs::read(file)
        .map_err(|e| Refusal(format!("{} could not be read ({e}).", file.display())))?;
    let sheet = list::read(&bytes).map_err(|e| Refusal(format!("{}: {e}", file.display())))?;
    let mapping = list::guess(&sheet);
    mapping
        .validate()
        .map_err(|e| Refusal(format!("{}: {e}", file.display())))?;
    let listed = store::read_do_not_call(&data_dir.join(store::STORE_FILE_NAME))
        .map_err(|e| Refusal(format!("the do-not-call list could not be read: {e}")))?;
    let on_list = |phone: &str| listed.get(phone).cloned();
    let checked = list::check(
        &sheet,
        &mapping,
        CheckOptions {
            default_country: country,
            fallback_zone,
            do_not_call: &on_list,
        },
    );
    Ok(Loaded {
        sheet,
        mapping,
        checked,
    })
}

pub fn run(args: &CheckArgs, data_dir: &Path, out: &mut dyn Write) -> Result<(), Refusal> {
    let Loaded {
        sheet,
        mapping,
        checked,
    } = load(
        &args.file,
        args.default_country.as_deref(),
        args.zone.as_deref(),
        data_dir,
    )?;
    // Only counted with a key: nothing is sent but lookups, and none without one.
    let new_contacts = match crate::connect::optional_client(args.api_url.as_deref())? {
        Some(client) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()
            .and_then(|rt| rt.block_on(list::count_new_contacts(&client, &checked.callees))),
        None => None,
    };
    let written = if args.json {
        let mut value = json(&checked, &mapping);
        value["new_contacts"] = serde_json::json!(new_contacts);
        serde_json::to_writer_pretty(&mut *out, &value)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        write_summary(out, args, sheet.format, &checked, &mapping).and_then(|()| {
            match new_contacts {
                Some(1) => writeln!(out, "1 new contact will be added to Contactship."),
                Some(n) => writeln!(out, "{n} new contacts will be added to Contactship."),
                None => writeln!(
                    out,
                    "New contacts were not counted: set CONTACTSHIP_API_KEY (or save the key in the app) to count them."
                ),
            }
        })
    };
    written.map_err(|e| Refusal(format!("the result could not be written ({e}).")))
}

fn json(c: &CheckedList, mapping: &Mapping) -> serde_json::Value {
    serde_json::json!({
        "rows": c.rows,
        "valid": c.callees.len(),
        "invalid": c.invalid.iter().map(|i| serde_json::json!({"row": i.row, "reason": i.reason})).collect::<Vec<_>>(),
        "duplicates": c.duplicates,
        "dnc": c.dnc,
        "needs_zone": c.needs_zone,
        "header_row": mapping.header_row,
        "columns": mapping.headers.iter().zip(&mapping.columns).map(|(h, u)| serde_json::json!({"header": h, "use": u})).collect::<Vec<_>>(),
        "callees": c.callees,
    })
}

fn write_summary(
    out: &mut dyn Write,
    args: &CheckArgs,
    sheet_format: SheetFormat,
    c: &CheckedList,
    mapping: &Mapping,
) -> std::io::Result<()> {
    let how = sheet_format.describe();
    let headers = mapping.header_row.map_or("no header row".to_owned(), |r| {
        format!("headers on row {r}")
    });
    writeln!(
        out,
        "Checked {} rows of {} ({how}; {headers}).",
        c.rows,
        args.file.display()
    )?;
    for (i, column) in mapping.columns.iter().enumerate() {
        let used = match column {
            // The serde name ("time_zone"), as the JSON says it.
            ColumnUse::Field { field } => serde_json::to_value(field)
                .ok()
                .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                .unwrap_or_default(),
            ColumnUse::Data { key } => format!("additional data \"{key}\""),
            ColumnUse::Ignore => "ignored".into(),
        };
        writeln!(out, "  column {} → {used}", mapping.column_name(i))?;
    }
    writeln!(
        out,
        "{} can be called; {} cannot.",
        c.callees.len(),
        c.invalid.len()
    )?;
    for issue in &c.invalid {
        writeln!(out, "  {}", issue.reason)?;
    }
    for d in &c.duplicates {
        writeln!(
            out,
            "Row {} is the same person as row {}: merged.",
            d.row, d.same_as
        )?;
    }
    for d in &c.dnc {
        writeln!(
            out,
            "Row {} is on the do-not-call list ({}): skipped.",
            d.row, d.reason
        )?;
    }
    if c.needs_zone > 0 {
        let who = if c.needs_zone == 1 {
            "1 person has".to_owned()
        } else {
            format!("{} people have", c.needs_zone)
        };
        writeln!(
            out,
            "{who} no clear time zone: give --zone for them (for example --zone America/Mexico_City)."
        )?;
    }
    Ok(())
}
