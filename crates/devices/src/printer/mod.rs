//! The receipt printer: where it is ([`PrinterAddress`]), what can be wrong with it
//! ([`PrinterProblem`]), and [`print`], which asks a network printer for its state and
//! then sends a ticket's bytes ([`receipt::render`]).

mod address;
mod problem;
mod raster;
pub mod receipt;
mod text_image;
mod transport;

pub use address::PrinterAddress;
pub use problem::PrinterProblem;
pub use transport::{print, status, Answer};
