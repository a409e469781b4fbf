//! From a file to the people a campaign will call: [`sheet`] reads CSV and Excel files into
//! numbered rows, [`columns`] finds the header row and guesses each column's use, [`check`]
//! validates every row and says, by row number, why any cannot be called.
//!
//! Libraries: `csv` (quoting, embedded newlines), `calamine` (`.xlsx` cells and the values
//! Excel saved for formulas), `encoding_rs` (Windows-1252 and UTF-16 as Excel writes them),
//! `phonenumber` (libphonenumber's metadata: what a valid number is in each country).

pub mod check;
pub mod columns;
mod new_contacts;
pub mod sheet;

pub use check::{
    check, check_with_progress, e164, Callee, CheckOptions, CheckedList, RowIssue, RowProblem,
    ZoneSource,
};
pub use columns::{guess, ColumnUse, Field, Mapping, MappingError};
pub use new_contacts::count_new_contacts;
pub use sheet::{read, Sheet, SheetError, SheetFormat, SheetRow, TextEncoding};
