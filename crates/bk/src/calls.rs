//! `bk call …`: a video call with a clerk of the Bürgerservice opened through the
//! central, as the kiosk opens one (`app::video`): the link of the call page for the
//! citizen's phone, and how a call stands.

use app::messages::german;
use app::video;
use app::AppError;
use clap::Subcommand;
use station::lang::Lang;
use station::sync::SyncError;
use station::video_calls::CallStateView;

use crate::context::Context;
use crate::output::{self, Failure};

/// The `bk call` commands.
#[derive(Debug, Subcommand)]
pub enum CallCommand {
    /// Open a call and print the link for the citizen's phone.
    #[command(about = german("bk-help-call-open", &[]))]
    Open {
        /// The language of the citizen's call page.
        #[arg(long, default_value = "de", help = german("bk-help-request-add-lang", &[]))]
        lang: String,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
    /// How a call stands.
    #[command(about = german("bk-help-call-status", &[]))]
    Status {
        /// The call's id, as `bk call open` printed it.
        id: String,
        /// Print JSON.
        #[arg(long, help = german("bk-help-json", &[]))]
        json: bool,
    },
}

/// Runs a `bk call` command.
pub fn run(context: &Context, command: CallCommand) -> Result<(), Failure> {
    let station = context.station()?;
    let runtime = station::sync::runtime()
        .map_err(|e| AppError::from(SyncError::Unreachable(e.to_string())))?;
    match command {
        CallCommand::Open { lang, json } => {
            let lang: Lang = lang.parse().map_err(AppError::from)?;
            let opened = runtime.block_on(video::open(&station, lang, context.now))?;
            if json {
                return output::json(&opened);
            }
            output::line(german(
                "bk-call-opened",
                &[("id", opened.id.into()), ("url", opened.url.into())],
            ))
        }
        CallCommand::Status { id, json } => {
            let state = runtime.block_on(video::status(&station, &id, context.now))?;
            if json {
                return output::json(&state);
            }
            output::line(german(state_text(state), &[]))
        }
    }
}

/// The message that says how a call stands.
pub fn state_text(state: CallStateView) -> &'static str {
    match state {
        CallStateView::Waiting => "bk-call-waiting",
        CallStateView::Answered => "bk-call-answered",
        CallStateView::Ended => "bk-call-ended",
    }
}
