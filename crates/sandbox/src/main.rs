//! `contactship-sandbox`: run the Contactship API simulator on a loopback port.

use std::io::Write;

use clap::Parser;
use contactship_sandbox::{ClockMode, Sandbox, SandboxOptions};

/// Command-line options.
#[derive(Debug, Parser)]
#[command(
    name = "contactship-sandbox",
    about = "A local simulator of the Contactship REST API"
)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free port).
    #[arg(long, default_value_t = 8787)]
    port: u16,
    /// The API key clients must send in `x-api-key`.
    #[arg(long, default_value = "sandbox-key")]
    api_key: String,
    /// Let simulated time follow the wall clock (otherwise it moves only via /__sandbox/clock).
    #[arg(long)]
    realtime: bool,
    /// Serve four weeks of calls placed before the start (dashboard, teammates, campaigns).
    #[arg(long)]
    history: bool,
    /// Refuse create-call requests with 429 while N calls are in the queue or talking
    /// (no limit when left out).
    #[arg(long, value_name = "N")]
    max_active_calls: Option<usize>,
    /// Keep created calls and contacts and the fast-forward in this file between runs.
    #[arg(long, value_name = "FILE")]
    state_file: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let sandbox = Sandbox::start(SandboxOptions {
        api_key: args.api_key,
        port: args.port,
        clock: if args.realtime {
            ClockMode::Realtime
        } else {
            ClockMode::Manual
        },
        history: args.history,
        max_active_calls: args.max_active_calls,
        state_file: args.state_file,
    })
    .await?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "listening on {}", sandbox.base_url())?;
    out.flush()?;
    drop(out);
    // Serve until the process is killed.
    std::future::pending::<()>().await;
    Ok(())
}
