//! The topics a citizen can leave a request for, and the fields each one asks.
//!
//! Field names, kinds and lengths are the contract with the UI (`docs/ipc.md`,
//! "Requests"): the kiosk and the staff window render exactly what
//! [`topics`] returns, in this order, and [`super::validate`] checks against it.

use serde::Serialize;

/// What kind of value a field holds, which decides how it is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// An e-mail address.
    Email,
    /// A telephone number: digits, spaces, an optional leading `+`.
    Phone,
    /// Several lines of text.
    Textarea,
    /// One of the field's options.
    Choice,
    /// A calendar day, `YYYY-MM-DD`.
    Date,
}

/// One field of a topic's form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    /// Name, also the key in the submitted fields and in Fluent ids.
    pub name: &'static str,
    /// Kind of value.
    pub kind: FieldKind,
    /// Must be filled.
    pub required: bool,
    /// Longest value in characters.
    pub max_length: u32,
    /// The option ids of a choice field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<&'static [&'static str]>,
}

/// A topic and its form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Topic {
    /// Stable id, e.g. `rueckruf`.
    pub id: &'static str,
    /// The fields, in the order the form shows them.
    pub fields: &'static [Field],
    /// Groups of fields of which at least one must be filled.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub one_of: &'static [&'static [&'static str]],
    /// The catalogue service the request orders, whose fee (if it has one) the
    /// citizen pays for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<&'static str>,
}

impl Topic {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| field.name == name)
    }
}

const PREFERRED_TIMES: &[&str] = &["morning", "afternoon", "any"];

const fn field(name: &'static str, kind: FieldKind, required: bool, max_length: u32) -> Field {
    Field {
        name,
        kind,
        required,
        max_length,
        options: None,
    }
}

const NAME: Field = field("name", FieldKind::Text, true, 80);
const PHONE: Field = field("phone", FieldKind::Phone, false, 30);
const EMAIL: Field = field("email", FieldKind::Email, false, 120);
const PREFERRED_TIME: Field = Field {
    options: Some(PREFERRED_TIMES),
    ..field("preferred_time", FieldKind::Choice, false, 20)
};
const MESSAGE: Field = field("message", FieldKind::Textarea, false, 500);
const PHONE_OR_EMAIL: &[&[&str]] = &[&["phone", "email"]];

const TOPICS: &[Topic] = &[
    Topic {
        id: "rueckruf",
        fields: &[
            NAME,
            Field {
                required: true,
                ..PHONE
            },
            PREFERRED_TIME,
            MESSAGE,
        ],
        one_of: &[],
        service: None,
    },
    Topic {
        id: "termin",
        fields: &[
            NAME,
            PHONE,
            EMAIL,
            field("preferred_date", FieldKind::Date, false, 10),
            PREFERRED_TIME,
            MESSAGE,
        ],
        one_of: PHONE_OR_EMAIL,
        service: None,
    },
    Topic {
        id: "frage",
        fields: &[
            NAME,
            PHONE,
            EMAIL,
            field("service", FieldKind::Text, false, 120),
            Field {
                required: true,
                max_length: 1000,
                ..MESSAGE
            },
        ],
        one_of: PHONE_OR_EMAIL,
        service: None,
    },
    Topic {
        id: "ummeldung",
        fields: &[
            NAME,
            PHONE,
            EMAIL,
            field("move_date", FieldKind::Date, true, 10),
            field("new_address", FieldKind::Text, true, 160),
            MESSAGE,
        ],
        one_of: PHONE_OR_EMAIL,
        service: None,
    },
    Topic {
        id: "meldebescheinigung",
        fields: &[
            NAME,
            field("birth_date", FieldKind::Date, true, 10),
            field("address", FieldKind::Text, true, 160),
            PHONE,
            EMAIL,
            MESSAGE,
        ],
        one_of: PHONE_OR_EMAIL,
        service: Some("meldebescheinigung"),
    },
];

/// The booking of an appointment at a time the citizen picked: the appointment system
/// mails the confirmation, so the e-mail address is required. Not one of the topics
/// offered in general: the kiosk asks for it after a time is picked.
const BOOKING: Topic = Topic {
    id: syncproto::appointments::BOOKING_TOPIC,
    fields: &[
        NAME,
        Field {
            required: true,
            ..EMAIL
        },
        PHONE,
    ],
    one_of: &[],
    service: None,
};

/// Every topic offered in general, in the order the kiosk offers them.
pub fn topics() -> &'static [Topic] {
    TOPICS
}

/// The form of a booking.
pub fn booking() -> &'static Topic {
    &BOOKING
}

/// The topic with `id`, offered in general or the booking.
pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().chain([&BOOKING]).find(|topic| topic.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_shape_is_the_one_of_the_ipc_contract() {
        let json = serde_json::to_value(topic("rueckruf").unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": "rueckruf", "fields": [
                {"name": "name", "kind": "text", "required": true, "maxLength": 80},
                {"name": "phone", "kind": "phone", "required": true, "maxLength": 30},
                {"name": "preferred_time", "kind": "choice", "required": false, "maxLength": 20,
                 "options": ["morning", "afternoon", "any"]},
                {"name": "message", "kind": "textarea", "required": false, "maxLength": 500}
            ]})
        );
        let termin = serde_json::to_value(topic("termin").unwrap()).unwrap();
        assert_eq!(termin["oneOf"], serde_json::json!([["phone", "email"]]));
    }

    #[test]
    fn one_of_groups_name_fields_of_their_topic() {
        for topic in topics() {
            for group in topic.one_of {
                for name in *group {
                    assert!(topic.field(name).is_some(), "{}: {name}", topic.id);
                }
            }
        }
        let ids: Vec<_> = topics().iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            [
                "rueckruf",
                "termin",
                "frage",
                "ummeldung",
                "meldebescheinigung"
            ]
        );
    }
}
