// Shared by build.rs (`include!`) and the crate: the names of all app commands, so the
// ACL manifest and the invoke handler cannot drift apart.

/// Commands the kiosk window may call (capability `kiosk`).
pub const KIOSK_COMMANDS: &[&str] = &[
    "kiosk_info",
    "kiosk_ready",
    "kiosk_heartbeat",
    "kiosk_idle",
    "services_categories",
    "services_search",
    "services_most_asked",
    "service_qr",
    "ticket_draw",
    "staff_unlock",
    "eid_card_status",
    "eid_check_new_pin",
    "eid_change_pin",
    "eid_unblock",
    "eid_change_pin_on_pin_pad",
    "eid_unblock_on_pin_pad",
    "eid_check_outcome",
    "eid_help_request",
    "appointment_form",
    "appointment_times",
    "appointment_reserve",
    "appointment_book",
];

/// Commands the staff window may call (capability `staff`).
pub const STAFF_COMMANDS: &[&str] = &[
    "staff_overview",
    "stations_plan",
    "station_select",
    "tickets_today",
    "day_list",
    "ticket_call_next",
    "ticket_mark",
    "desks_list",
    "desks_set",
    "printer_state",
    "printer_set",
    "printer_check",
    "printer_test",
    "call_display_open",
    "staff_lock",
    "kiosk_quit",
    "figures_report",
    "figures_csv_save",
    "eid_staff_overview",
    "eid_help_done",
    "sync_status",
    "sync_now",
    "sync_retry_dead",
];

/// Commands the call display may call (capability `display`): it only reads.
pub const DISPLAY_COMMANDS: &[&str] = &["call_board"];

/// Commands both the kiosk and the staff window may call (in both capabilities).
pub const SHARED_COMMANDS: &[&str] = &[
    "eid_reader_state",
    "request_topics",
    "request_submit",
    "video_call_open",
    "video_call_status",
];
