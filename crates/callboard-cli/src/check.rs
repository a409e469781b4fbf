//! `campaign check`: the list read, mapped and checked exactly as the Campaigns screen does,
//! printed for a person or, with `--json`, as
//! `{"rows", "valid", "invalid": [{"row", "reason"}], "duplicates", "dnc", "needs_zone", ...}`.

use crate::Refusal;
use callboard_core::campaign::list::{
    self, CheckOptions, CheckedList, ColumnUse, Mapping, SheetFormat,
};
use callboard_core::{store, t, zones};
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
            zones::country_code(c).ok_or_else(|| Refusal(t!("cli-unknown-country", country = c)))
        })
        .transpose()?;
    let fallback_zone = zone
        .map(|z| {
            z.parse::<Tz>()
                .map_err(|_| Refusal(t!("cli-unknown-zone", zone = z)))
        })
        .transpose()?;
    let bytes = std::fs::read(file).map_err(|e| {
        Refusal(t!(
            "cli-file-unreadable",
            file = file.display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let sheet = list::read(&bytes).map_err(|e| Refusal(format!("{}: {e}", file.display())))?;
    let mapping = list::guess(&sheet);
    mapping
        .validate()
        .map_err(|e| Refusal(format!("{}: {e}", file.display())))?;
    let listed = store::read_do_not_call(&data_dir.join(store::STORE_FILE_NAME))
        .map_err(|e| Refusal(t!("cli-dnc-unreadable", reason = e.to_string())))?;
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
        write_summary(out, args, sheet.format, &checked, &mapping).and_then(|()| match new_contacts
        {
            Some(n) => writeln!(out, "{}", t!("cli-new-contacts", count = n)),
            None => writeln!(out, "{}", t!("cli-new-contacts-not-counted")),
        })
    };
    written.map_err(|e| Refusal(t!("cli-result-unwritable", reason = e.to_string())))
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
    let headers = match mapping.header_row {
        Some(r) => t!("cli-check-header-row", row = r),
        None => t!("cli-check-no-header-row"),
    };
    let summary = t!(
        "cli-check-summary",
        count = c.rows,
        file = args.file.display().to_string(),
        how = how,
        headers = headers
    );
    writeln!(out, "{summary}")?;
    for (i, column) in mapping.columns.iter().enumerate() {
        let used = match column {
            ColumnUse::Field { field } => t!("cli-column-field", field = field.as_str()),
            ColumnUse::Data { key } => t!("cli-column-data", key = key),
            ColumnUse::Ignore => t!("cli-column-ignored"),
        };
        let line = t!("cli-column", column = mapping.column_name(i), used = used);
        writeln!(out, "  {line}")?;
    }
    let callable = t!(
        "cli-check-callable",
        valid = c.callees.len(),
        invalid = c.invalid.len()
    );
    writeln!(out, "{callable}")?;
    for issue in &c.invalid {
        writeln!(out, "  {}", issue.reason)?;
    }
    for d in &c.duplicates {
        let line = t!("cli-check-duplicate", row = d.row, same_as = d.same_as);
        writeln!(out, "{line}")?;
    }
    for d in &c.dnc {
        let line = t!("cli-check-dnc", row = d.row, reason = &d.reason);
        writeln!(out, "{line}")?;
    }
    if c.needs_zone > 0 {
        writeln!(out, "{}", t!("cli-check-needs-zone", count = c.needs_zone))?;
    }
    Ok(())
}
