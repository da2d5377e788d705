//! German labels for what stations send as ids: request topics, form fields and
//! choice values. An id without a label is shown as it came.

/// The label of a request topic.
pub fn topic(id: &str) -> String {
    match id {
        "rueckruf" => "Rückruf",
        "termin" => "Terminwunsch",
        "terminbuchung" => "Terminbuchung",
        "frage" => "Frage zu einer Leistung",
        "ummeldung" => "Ummeldung",
        "meldebescheinigung" => "Meldebescheinigung per Post",
        other => other,
    }
    .to_owned()
}

/// The label of a form field.
pub fn field(name: &str) -> String {
    match name {
        "name" => "Name",
        "phone" => "Telefon",
        "email" => "E-Mail",
        "preferred_time" => "Wunschzeit",
        "preferred_date" => "Wunschtag",
        "service" => "Leistung",
        "message" => "Nachricht",
        "birth_date" => "Geburtsdatum",
        "address" => "Meldeadresse",
        "move_date" => "Umzugstag",
        "new_address" => "Neue Adresse",
        other => other,
    }
    .to_owned()
}

/// The label of a choice value.
pub fn value(text: &str) -> String {
    match text {
        "morning" => "vormittags",
        "afternoon" => "nachmittags",
        "any" => "egal",
        other => other,
    }
    .to_owned()
}
