//! Phone numbers owned by the organization (caller ids).

use serde::{Deserialize, Serialize};

use super::{wire_enum, SortOrder};

wire_enum! {
    /// Whether a number receives or places calls (`type`).
    PhoneNumberType {
        /// Receives calls.
        Inbound => "inbound",
        /// Places calls (offer these first as caller ids).
        Outbound => "outbound",
    }
}

/// A phone number of the organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneNumber {
    /// Id; send as `from_number_id` when calling a contact.
    pub id: String,
    /// The number in E.164; send as `from_number` for an any-number call.
    #[serde(default)]
    pub phone_number: Option<String>,
    /// Inbound or outbound.
    #[serde(rename = "type", default)]
    pub kind: Option<PhoneNumberType>,
    /// Owning organization id.
    #[serde(default)]
    pub organization_id: Option<String>,
    /// Creation time, ISO 8601.
    #[serde(default)]
    pub created_at: Option<String>,
}

/// Query for one page of `GET /v1/phone-numbers` (server default page size is 5).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneNumberQuery {
    /// Page size.
    pub limit: Option<u32>,
    /// Items to skip.
    pub offset: Option<u32>,
    /// Sort by creation date.
    pub order: Option<SortOrder>,
    /// Only inbound or only outbound numbers.
    pub kind: Option<PhoneNumberType>,
}
