//! `campaign run` and `campaign resume`: the app's runner from a terminal. The list is checked
//! as `check` does, the settings as the app's form does (`CampaignSettings::problems`, each
//! problem naming its option), then the core's `Runner` is ticked until every row has been
//! handed over (`--follow`: until every row is final). Ctrl-C pauses: nothing new is handed
//! over, and `resume` goes on from exactly there. The store is opened with its lock, so the
//! app and a second run can't drive the same campaign at once.
//!
//! Progress: an `indicatif` bar on a terminal (well kept, draws only on a TTY), one plain line
//! per change otherwise (logs, CI).

use crate::check::{load, Loaded};
use crate::connect::{client, confirm_on_contactship, open_store};
use crate::Refusal;
use callboard_core::campaign::{
    create_campaign, CallingWindow, CampaignSettings, Days, Pace, RetryRules, RunnerError,
};
use callboard_core::clock::SystemClock;
use callboard_core::placement::CallPlacer;
use callboard_core::schedule::CallingHours;
use callboard_core::store::{CallStore, CampaignState, StoreError};
use callboard_core::t;
use chrono::Weekday;
use contactship::Client;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Where the API is; shared by `run` and `resume`.
#[derive(clap::Args)]
pub struct Connection {
    /// The API's base URL (default Contactship's, or CALLBOARD_API_URL).
    #[arg(long, env = "CALLBOARD_API_URL", value_name = "URL")]
    pub api_url: Option<String>,
    /// Wait until every person's call is final, retries included.
    #[arg(long)]
    pub follow: bool,
    /// Print the final counts as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args)]
pub struct RunArgs {
    /// The list: a .csv file (any delimiter, UTF-8 or Windows-1252) or an .xlsx workbook.
    #[arg(long = "csv", value_name = "FILE")]
    pub file: PathBuf,
    /// The agent's id (as Contactship lists it).
    #[arg(long, value_name = "AGENT_ID")]
    pub agent: Option<String>,
    /// A number to call from; repeat it or separate with commas for several.
    #[arg(long = "from-number", value_name = "NUMBER_ID", value_delimiter = ',')]
    pub from_numbers: Vec<String>,
    /// The campaign's name (default: the file's name and the date).
    #[arg(long)]
    pub name: Option<String>,
    /// Calling hours in each person's own time, HH:MM-HH:MM (default 09:00-18:00). Giving it
    /// is the confirmation that you mean hours outside those.
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub window: Option<String>,
    /// Days to call on: mon,tue,… or all (default mon-fri).
    #[arg(long, value_name = "DAYS")]
    pub days: Option<String>,
    /// New calls per minute, at most (default 10).
    #[arg(long, default_value_t = 10)]
    pub per_minute: u32,
    /// Calls in progress at once, at most (default 5).
    #[arg(long, default_value_t = 5)]
    pub max_active: u32,
    /// Endings to call again: no-answer,busy,voicemail or none (default no-answer,busy).
    #[arg(long, value_name = "ENDINGS")]
    pub retry: Option<String>,
    /// Minutes to wait before calling someone again (default 120).
    #[arg(long, value_name = "MINUTES")]
    pub retry_after: Option<u32>,
    /// Calls per person in all, the first included (default 2).
    #[arg(long)]
    pub max_attempts: Option<u32>,
    /// The country of numbers written without + and a country code.
    #[arg(long, value_name = "CC")]
    pub default_country: Option<String>,
    /// The time zone for everyone whose zone the list does not make clear.
    #[arg(long, value_name = "ZONE")]
    pub zone: Option<String>,
    #[command(flatten)]
    pub connection: Connection,
}

#[derive(clap::Args)]
pub struct ResumeArgs {
    /// The campaign's name (letter case ignored) or id.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub connection: Connection,
}

/// Exit code after Ctrl-C (128 + SIGINT), as shells expect.
const INTERRUPTED: i32 = 130;

pub fn run(args: &RunArgs, data_dir: &Path) -> Result<(), Refusal> {
    let settings = settings(args)?;
    let Loaded { sheet, checked, .. } = load(
        &args.file,
        args.default_country.as_deref(),
        args.zone.as_deref(),
        data_dir,
    )?;
    for issue in &checked.invalid {
        eprintln!("{}", t!("cli-run-skipped", reason = &issue.reason));
    }
    for d in &checked.duplicates {
        let line = t!("cli-run-merged", row = d.row, same_as = d.same_as);
        eprintln!("{line}");
    }
    for d in &checked.dnc {
        let line = t!("cli-run-dnc", row = d.row, reason = &d.reason);
        eprintln!("{line}");
    }
    if checked.callees.is_empty() {
        return Err(Refusal(t!(
            "cli-run-nothing-to-call",
            file = args.file.display().to_string()
        )));
    }
    if checked.needs_zone > 0 {
        return Err(Refusal(t!(
            "cli-run-needs-zone",
            count = checked.needs_zone
        )));
    }
    let client = client(&args.connection)?;
    confirm_on_contactship(&client, &settings)?;
    let store = open_store(data_dir)?;
    let source = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = create_campaign(
        &store,
        &settings,
        &sheet,
        &checked,
        &source,
        chrono::Utc::now(),
    )
    .map_err(|e| match e {
        StoreError::CampaignNameTaken { name } => Refusal(t!("cli-run-name-taken", name = name)),
        other => Refusal(other.to_string()),
    })?;
    drive(store, client, id, &args.connection)
}

pub fn resume(args: &ResumeArgs, data_dir: &Path) -> Result<(), Refusal> {
    let client = client(&args.connection)?;
    let store = open_store(data_dir)?;
    let c = store
        .find_campaign(&args.name)
        .map_err(|e| Refusal(e.to_string()))?;
    if matches!(c.state, CampaignState::Finished | CampaignState::Cancelled) {
        return Err(Refusal(t!(
            "cli-resume-ended",
            name = &c.name,
            state = crate::status::state_words(c.state)
        )));
    }
    drive(store, client, c.id, &args.connection)
}

fn settings(args: &RunArgs) -> Result<CampaignSettings, Refusal> {
    let hours = match &args.window {
        Some(w) => parse_window(w)?,
        None => CallingHours::default(),
    };
    let retry = parse_retry(args)?;
    let name = args.name.clone().unwrap_or_else(|| {
        let stem = args
            .file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        format!(
            "{} {}",
            stem.unwrap_or_else(|| t!("cli-default-campaign-name")),
            chrono::Local::now().format("%Y-%m-%d %H:%M")
        )
    });
    let s = CampaignSettings {
        name,
        agent_id: args.agent.clone().unwrap_or_default(),
        from_number_ids: args.from_numbers.clone(),
        window: CallingWindow {
            days: parse_days(args.days.as_deref())?,
            hours,
        },
        outside_hours_confirmed: args.window.is_some(),
        start_at: None,
        stop_by: None,
        pace: Pace {
            per_minute: args.per_minute,
            max_active: args.max_active,
        },
        retry,
        additional_data: Vec::new(),
        metadata: Vec::new(),
    };
    let problems = s.problems(&CallingHours::default(), chrono::Utc::now());
    if problems.is_empty() {
        return Ok(s);
    }
    let lines: Vec<String> = problems
        .iter()
        .map(|p| match option_of(p.field()) {
            Some(option) => format!("{option}: {p}"),
            None => format!("{}: {p}", t!("cli-option-the-campaign")),
        })
        .collect();
    Err(Refusal(lines.join("\ncallboard-cli: ")))
}

/// The option a settings field comes from (none: the campaign as a whole).
fn option_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "name" => "--name",
        "agent_id" => "--agent",
        "from_number_ids" => "--from-number",
        "window.days" => "--days",
        "window.hours" => "--window",
        "pace.per_minute" => "--per-minute",
        "pace.max_active" => "--max-active",
        "retry.max_attempts" => "--max-attempts",
        "retry.after_minutes" => "--retry-after",
        _ => return None,
    })
}

fn parse_window(w: &str) -> Result<CallingHours, Refusal> {
    let bad = || Refusal(t!("cli-bad-window", window = w));
    let (start, end) = w.split_once('-').ok_or_else(bad)?;
    CallingHours::parse(start.trim(), end.trim()).map_err(|e| Refusal(format!("--window: {e}")))
}

fn parse_days(days: Option<&str>) -> Result<Days, Refusal> {
    let Some(days) = days else {
        return Ok(Days::WEEKDAYS);
    };
    if days.trim().eq_ignore_ascii_case("all") {
        return Ok(Days::ALL);
    }
    let parsed: Result<Vec<Weekday>, _> = days
        .split(',')
        .map(|d| {
            d.trim()
                .parse::<Weekday>()
                .map_err(|_| Refusal(t!("cli-bad-day", day = d.trim())))
        })
        .collect();
    Ok(Days::from(parsed?))
}

fn parse_retry(args: &RunArgs) -> Result<RetryRules, Refusal> {
    let mut rules = RetryRules::default();
    if let Some(list) = &args.retry {
        rules.no_answer = false;
        rules.busy = false;
        rules.voicemail = false;
        for ending in list.split(',').map(str::trim) {
            match ending {
                "no-answer" => rules.no_answer = true,
                "busy" => rules.busy = true,
                "voicemail" => rules.voicemail = true,
                "none" => {}
                other => return Err(Refusal(t!("cli-bad-retry", ending = other))),
            }
        }
    }
    rules.after_minutes = args.retry_after.unwrap_or(rules.after_minutes);
    rules.max_attempts = args.max_attempts.unwrap_or(rules.max_attempts);
    Ok(rules)
}

fn drive(
    store: Arc<CallStore>,
    client: Client,
    id: uuid::Uuid,
    c: &Connection,
) -> Result<(), Refusal> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Refusal(t!("cli-could-not-start", reason = e.to_string())))?;
    let placer = CallPlacer::new(client, Arc::clone(&store), Arc::new(SystemClock));
    runtime.block_on(crate::progress::drive(placer, id, c.follow, c.json))
}

/// Why the loop ended.
pub(crate) enum Ended {
    Done,
    Interrupted,
}

/// Ends the process the way `run` should after `ended`.
pub(crate) fn finish(ended: Ended, name: &str) -> Result<(), Refusal> {
    match ended {
        Ended::Done => Ok(()),
        Ended::Interrupted => {
            eprintln!("{}", t!("cli-paused", name = name));
            std::process::exit(INTERRUPTED);
        }
    }
}

/// A runner failure as one sentence.
pub(crate) fn runner_refusal(e: &RunnerError) -> Refusal {
    Refusal(e.to_string())
}

/// Between ticks: until the next row is due, a few seconds while calls are followed.
pub(crate) fn pause_for(wake: Option<chrono::DateTime<chrono::Utc>>, active: usize) -> Duration {
    let poll = std::env::var("CALLBOARD_CLI_POLL_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis);
    let longest = poll.unwrap_or(if active > 0 {
        Duration::from_secs(3)
    } else {
        Duration::from_secs(30)
    });
    wake.and_then(|at| (at - chrono::Utc::now()).to_std().ok())
        .unwrap_or(longest)
        .clamp(Duration::from_millis(50).min(longest), longest)
}

/// Whether progress is drawn as a bar.
pub(crate) fn on_terminal() -> bool {
    std::io::stdout().is_terminal()
}
