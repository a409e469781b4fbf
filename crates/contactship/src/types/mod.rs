//! Typed request and response bodies for every endpoint.
//!
//! Response structs ignore unknown fields and turn missing optional fields into `None`;
//! enums keep unknown wire values in an `Other(String)` case instead of failing.

mod agents;
mod call_requests;
mod calls;
mod contacts;
mod created_call;
mod de;
mod phone_numbers;
mod queries;

pub use agents::{Agent, AgentTool, PostCallAnalysisField};
pub use call_requests::{CallTiming, ContactCallRequest, KeyValue, PhoneCallRequest, Schedule};
pub use calls::{
    Call, CallAnalysis, CallContact, CallResult, CallStatus, ChatHistory, ChatMessage,
};
pub use contacts::{
    Contact, ContactField, ContactFilter, ContactUpdate, IdentifierType, NewContact,
};
pub use created_call::CreatedCall;
pub use phone_numbers::{PhoneNumber, PhoneNumberQuery, PhoneNumberType};
pub use queries::{CallListQuery, GetCallOptions, SortOrder, TranscriptFormat};

pub(crate) use de::opt_u64 as de_opt_u64;

/// One page of a paginated list (`{"data": [...], "count": N}`).
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items on this page.
    pub data: Vec<T>,
    /// Total number of matching items on the server, when the reply says.
    pub count: Option<u64>,
}

/// Declares a string enum with known wire names and an `Other(String)` fallback, plus
/// `as_str`, `Display`, `From<&str>`, `Serialize` and `Deserialize`.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $wire:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this client does not know yet (kept verbatim).
            Other(String),
        }

        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Other(s) => s.as_str(),
                }
            }
        }

        impl From<&str> for $name {
            /// Exact wire names first, then the same ignoring surrounding whitespace and
            /// ASCII case; anything else is kept verbatim in `Other`.
            fn from(s: &str) -> Self {
                match s {
                    $($wire => $name::$variant,)+
                    other => {
                        let folded = other.trim().to_ascii_lowercase();
                        match folded.as_str() {
                            $($wire => $name::$variant,)+
                            _ => $name::Other(other.to_owned()),
                        }
                    }
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Never fails on a value: a string is read with `From<&str>`, any other JSON
            /// value (a number, an object) is kept as its JSON text in `Other`.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok(match <serde_json::Value as serde::Deserialize>::deserialize(d)? {
                    serde_json::Value::String(s) => $name::from(s.as_str()),
                    other => $name::Other(other.to_string()),
                })
            }
        }
    };
}
pub(crate) use wire_enum;
