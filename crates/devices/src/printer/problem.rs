//! What can keep a ticket from being printed, with a stable code for the UI (Fluent
//! `printer-problem-<code>` in the staff window) and a German message for staff and
//! `bk` (`error-printer-<code>` in `errors.ftl`).

use texts::german;

/// A printer problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrinterProblem {
    /// The printer reports that its paper roll is empty.
    #[error("{}", german("error-printer-paper-out", &[]))]
    PaperOut,
    /// The printer reports that it is offline (cover open, error, paper feed).
    #[error("{}", german("error-printer-offline", &[]))]
    Offline,
    /// The printer cannot be reached: no answer, refused, device file missing.
    #[error("{}", german("error-printer-unreachable", &[("address", .address.as_str().into()), ("detail", .detail.as_str().into())]))]
    Unreachable {
        /// The printer's address as configured.
        address: String,
        /// What the operating system said.
        detail: String,
    },
    /// Staff gave an address that is neither `IP[:PORT]` nor a device path.
    #[error("{}", german("error-printer-address-invalid", &[("address", .0.as_str().into())]))]
    AddressInvalid(String),
    /// The ticket could not be turned into printer commands.
    #[error("{}", german("error-printer-render", &[("detail", .0.as_str().into())]))]
    Render(String),
}

impl PrinterProblem {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::PaperOut => "printer_paper_out",
            Self::Offline => "printer_offline",
            Self::Unreachable { .. } => "printer_unreachable",
            Self::AddressInvalid(_) => "printer_address_invalid",
            Self::Render(_) => "printer_render",
        }
    }
}
