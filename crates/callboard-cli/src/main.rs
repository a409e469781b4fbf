//! `callboard-cli`: the campaign engine of the desktop app, from a terminal (servers, scripts,
//! power users). Each subcommand is a thin layer over `callboard-core`; a bad argument or
//! file ends with one sentence on stderr and exit code 2.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod check;

#[derive(Parser)]
#[command(
    name = "callboard-cli",
    version,
    about = "Callboard's campaigns from a terminal"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Campaigns: check a list before anything is sent.
    Campaign {
        #[command(subcommand)]
        command: CampaignCommand,
    },
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Reads a CSV or Excel list and says who can be called and why every other row cannot.
    Check(check::CheckArgs),
}

/// A failure the user can act on: printed as one sentence, exit code 2.
pub struct Refusal(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Campaign {
            command: CampaignCommand::Check(args),
        } => check::run(&args, &mut std::io::stdout().lock()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Refusal(sentence)) => {
            eprintln!("callboard-cli: {sentence}");
            ExitCode::from(2)
        }
    }
}
