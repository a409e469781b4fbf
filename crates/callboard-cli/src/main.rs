//! `callboard-cli`: the campaign engine of the desktop app, from a terminal (servers, scripts,
//! power users). Each subcommand is a thin layer over `callboard-core`; a bad argument or
//! file ends with one sentence on stderr and exit code 2.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod calls;
mod check;
mod connect;
mod lang;
mod progress;
mod run;
mod status;

#[derive(Parser)]
#[command(
    name = "callboard-cli",
    version,
    about = "Callboard's campaigns from a terminal"
)]
struct Cli {
    /// The app's data folder (its call log and do-not-call list); default: the app's own,
    /// or CALLBOARD_DATA_DIR.
    #[arg(long, global = true, env = "CALLBOARD_DATA_DIR", value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,
    /// The language of what the CLI says: en, es or pt-BR (default: from LC_ALL,
    /// LC_MESSAGES or LANG). JSON output is the same in every language.
    #[arg(long, global = true, value_name = "LANG", value_parser = lang::TAGS)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

/// The folder the desktop app uses (Tauri's app data folder for its identifier).
const APP_IDENTIFIER: &str = "ai.callboard.desktop";

fn data_dir(given: Option<std::path::PathBuf>) -> Result<std::path::PathBuf, Refusal> {
    given
        .filter(|d| !d.as_os_str().is_empty())
        .or_else(|| dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)))
        .ok_or_else(|| Refusal(callboard_core::t!("cli-no-data-folder")))
}

#[derive(Subcommand)]
enum Command {
    /// Campaigns: check a list before anything is sent, run or resume it, see where it stands.
    Campaign {
        #[command(subcommand)]
        command: CampaignCommand,
    },
    /// The call log the app shows in Recent calls.
    Calls {
        #[command(subcommand)]
        command: CallsCommand,
    },
}

#[derive(Subcommand)]
enum CallsCommand {
    /// Lists the call log, newest first.
    List(calls::ListArgs),
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Reads a CSV or Excel list and says who can be called and why every other row cannot.
    Check(check::CheckArgs),
    /// Checks a list, stores it as a campaign and calls it (Ctrl-C pauses).
    Run(Box<run::RunArgs>),
    /// Goes on with a paused or interrupted campaign.
    Resume(run::ResumeArgs),
    /// Says where a campaign stands: its state and how many people are in each.
    Status(status::StatusArgs),
}

/// A failure the user can act on: printed as one sentence, exit code 2.
pub struct Refusal(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    callboard_core::i18n::set_locale(lang::chosen(cli.lang.as_deref(), |name| {
        std::env::var(name).ok()
    }));
    let result = data_dir(cli.data_dir).and_then(|dir| match cli.command {
        Command::Campaign {
            command: CampaignCommand::Check(args),
        } => check::run(&args, &dir, &mut std::io::stdout().lock()),
        Command::Campaign {
            command: CampaignCommand::Run(args),
        } => run::run(&args, &dir),
        Command::Campaign {
            command: CampaignCommand::Resume(args),
        } => run::resume(&args, &dir),
        Command::Campaign {
            command: CampaignCommand::Status(args),
        } => status::run(&args, &dir, &mut std::io::stdout().lock()),
        Command::Calls {
            command: CallsCommand::List(args),
        } => calls::run(&args, &dir, &mut std::io::stdout().lock()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Refusal(sentence)) => {
            eprintln!("callboard-cli: {sentence}");
            ExitCode::from(2)
        }
    }
}
