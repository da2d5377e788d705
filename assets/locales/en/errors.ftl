# Error messages of the station and the sync for staff, IT and bk (Rust: crates/station through crates/texts). Every message also in de/errors.ftl.

## Station: error-station-<code> for StationError::code (crates/station/src/error.rs)

error-station-no-data-dir = No data directory found: the operating system names no data directory. Please set the environment variable BK_DATA_DIR to a writable directory.
error-station-io = Access to { $path } failed: { $source }. Please check the path and the access rights.
error-station-not-a-database = The file { $path } is not a Bürgerkoffer database ({ $detail }). It was not changed. Please back up the file and inform IT; without it, the station starts with BK_DATA_DIR set to another directory.
error-station-database-corrupt = The database { $path } is damaged (integrity check: { $detail }). It was not changed. Please back up the file and inform IT so that it is restored from a backup.
error-station-schema-too-new = The database { $path } has schema version { $found }; this program only knows up to { $known }. It was not changed. Please update the Bürgerkoffer to the latest version.
# $number comes with four digits and leading zeros (0007), $name is the migration's name.
error-station-migration-failed = The database migration { $number }_{ $name } failed: { $source }. The database was left in its previous state.
error-station-database = Database error: { $source }
# $problems: every problem found, joined with "; ".
error-station-asset-invalid = The file { $what } is not valid: { $problems }
error-station-unknown-language = The language “{ $language }” is not supported (possible: de, en).
error-station-unknown-service = The service “{ $service }” is not in the catalogue.
error-station-unknown-category = The category “{ $category }” is not in the catalogue.
error-station-unknown-station = The station “{ $station }” is not in the station plan.
error-station-no-station-selected = No station is selected. Please choose the station of the day in the staff area.
error-station-ticket-not-found = There is no queue number with the id { $id }.
# $from and $to: the queue number's status (ticket-status-<status>, in German for staff), e.g. „wartend“.
error-station-ticket-transition = The queue number { $label } is “{ $from }” and cannot be set to “{ $to }”.
error-station-unknown-kind = There is no kind of matter “{ $kind }” (possible: eid, advice, request).
# $kind: name of the kind (ticket-kind-<kind>), e.g. „Online-Ausweis & PIN“.
error-station-kind-not-served = No desk is set up for “{ $kind }” today. Please check the desks in the staff area.
error-station-unknown-desk = Desk { $desk } is not set up. Please check the desks in the staff area.
# $reason: error-detail-desks-count or error-detail-desk-without-kind.
error-station-desks-invalid = The desks were not changed: { $reason }
error-station-qr-too-long = The text is too long for a QR code ({ $length } characters).
error-station-staff-pin-already-set = The staff PIN is already set.
error-station-staff-pin-not-set = No staff PIN has been set yet.
# $reason: why the PIN is not allowed (error-detail-pin-…, in German for staff).
error-station-staff-pin-rejected = This PIN is not allowed: { $reason }
error-station-staff-pin-wrong = The PIN is wrong. { $tries_left } more attempt(s), then it is locked for 5 minutes.
error-station-staff-locked = Too many wrong PIN entries. Locked for another { $seconds_left } seconds.
error-station-pin-hash = The stored PIN hash is unusable: { $detail }. Please inform IT.
# $fields: one message error-field per field, joined with "; ".
error-station-request-invalid = The request was not saved: { $fields }
error-station-consent-required = The request was not saved: the consent to the privacy notice is missing.
error-station-unknown-topic = The topic “{ $topic }” does not exist (possible: rueckruf, termin, frage, ummeldung, meldebescheinigung).
error-station-not-enrolled = Requests cannot be accepted yet: the station is not enrolled with the central, and without its key the details cannot be encrypted. Please inform IT (enrol with “bk enroll ADDRESS CODE”).
error-station-already-enrolled = The station is already enrolled as “{ $name }” with { $url }. A second enrolment is not intended.
error-station-disk-full = The station's storage is full: { $path } cannot grow. The request was not saved; everything saved before is kept. Please free up storage space or inform IT.
error-station-no-randomness = The operating system provides no random numbers ({ $detail }). Please inform IT.
error-station-seal-failed = The details could not be encrypted: { $source }

## Sync: error-sync-<code> for SyncError::code (crates/station/src/sync/error.rs)

error-sync-central-url-invalid = “{ $url }” is not a valid address of the central (expected: https://… or http://127.0.0.1:…).
error-sync-central-url-insecure = “{ $url }” is an unencrypted address (http://). The central must be addressed with https://; http:// is only allowed for this computer itself (localhost, 127.0.0.1, ::1).
error-sync-central-unreachable = The central cannot be reached ({ $detail }). The requests stay saved and will be transferred later.
# $code and $message: the central's error code and explanation.
error-sync-central-refused = The central refused the request (HTTP { $status }, { $code }): { $message }
# $detail: the start of the answer (e.g. a proxy's error page).
error-sync-central-refused-unexplained = The request was refused without a reason from the central (HTTP { $status }: { $detail }), perhaps by a device on the way to the central. The requests stay saved and will be sent again later.
error-sync-station-revoked = The central has blocked this station. Please contact IT; until then all requests stay safely on the station.
error-sync-enrolment-code-malformed = The enrolment code does not have the right form. It has five groups of four characters, for example ABCD-EFGH-JKMN-PQRS-TVWX; the last two groups check the central.
error-sync-fingerprint-mismatch = The server’s keys do not match the enrolment code. The address probably leads to a server other than the central. The station was not enrolled; please check the address and the code with IT.
error-sync-central-error = The central reports an error (HTTP { $status }). It will be tried again later.
error-sync-central-bad-response = The central's answer cannot be understood: { $detail }
error-sync-central-bad-key = The central sent an unusable key: { $source }
error-sync-config-signature = The central's configuration was not applied: { $source }
error-sync-config-invalid = The central's configuration was not applied: { $source }

## Fields of a request: error-field-<reason> for FieldProblem::reason (crates/station/src/requests/problems.rs)

error-field = Field “{ $name }” { $problem }
error-field-required = must be filled in
error-field-too-long = is too long
error-field-email-invalid = is not a valid e-mail address (e.g. name@example.com)
error-field-phone-invalid = is not a valid telephone number (only digits and spaces, a + allowed at the start)
error-field-choice-invalid = is not one of the possible choices
error-field-date-invalid = is not a valid date (YYYY-MM-DD)
error-field-one-of-required = or one of the other contact details must be filled in
error-field-text-invalid = contains control characters
error-field-unknown-field = does not exist for this topic

## Checking the JSON files (service catalogue, station plan): error-detail-<what>, one entry each in $problems of error-station-asset-invalid (crates/station/src/assets.rs, catalogue/mod.rs, plan.rs)

# $line and $column: where in the file; $detail: the JSON reader's message (in English).
error-detail-json-structure = JSON does not match the expected structure (line { $line }, column { $column }): { $detail }
# $found: the version in the file, $expected: the only one this program reads.
error-detail-version-unsupported = Version { $found } instead of { $expected }
# $kind: category, service or station; $id: the id.
error-detail-duplicate-id =
    { $kind ->
        [category] Category
        [service] Service
       *[station] Station
    } “{ $id }” occurs more than once
error-detail-id-invalid =
    { $kind ->
        [category] Category id
        [service] Service id
       *[station] Station id
    } “{ $id }” does not consist of a–z, 0–9 and “-”
# $kind: category or service; $field: name or summary; $lang: language code (de, en).
error-detail-text-missing =
    { $kind ->
        [category] Category
       *[service] Service
    } “{ $id }”: { $field ->
        [name] name
       *[summary] short description
    } missing in language “{ $lang }”
error-detail-category-unknown = Service “{ $service }”: unknown category “{ $category }”
error-detail-url-not-https = Service “{ $service }”: address “{ $url }” is not a complete https address
error-detail-appointment-ids = Service “{ $service }”: office and service in the appointment system need numbers greater than 0
error-detail-payee-name-invalid = Payee “{ $name }”: the name must have 1 to 70 characters from A–Z, a–z, 0–9, space and / - ? : ( ) . , ' +
error-detail-payee-iban-invalid = Payee: “{ $iban }” is not a valid IBAN
error-detail-payee-bic-invalid = Payee: “{ $bic }” is not a valid BIC (8 or 11 characters, capitals and digits)
error-detail-fee-without-payee = Service “{ $service }” has a fee but the catalogue names no account (payee)
error-detail-fee-amount-invalid = Service “{ $service }”: the fee must be between 1 cent and €999,999,999.99
error-detail-fee-remittance-invalid = Service “{ $service }”: remittance text “{ $remittance }” must contain “{"{"}reference{"}"}” exactly once, be at most { $max } characters long with the reference, and contain only A–Z, a–z, 0–9, space and / - ? : ( ) . , ' +
error-detail-station-name-missing = Station “{ $id }” has no name
error-detail-station-days-missing = Station “{ $id }” has no days
error-detail-station-hours-invalid = Station “{ $id }” does not close after opening
error-detail-station-minutes-out-of-range = Station “{ $id }”: defaultServiceMinutes must be between 1 and 240
error-detail-time-invalid = Time “{ $text }” is not in the format HH:MM

## Details in error messages of the station and the sync: error-detail-<what> (crates/station/src: staff_pin.rs, tickets.rs, store/open.rs, sync/enrolment.rs, sync/client.rs)

# Reasons for error-station-staff-pin-rejected ($reason).
error-detail-pin-length = The PIN must have 6 to 12 digits.
error-detail-pin-not-digits = The PIN may only consist of digits.
error-detail-pin-sequence = The PIN is too easy to guess (identical digits or a sequence of numbers).
error-detail-pin-pattern = The PIN is too easy to guess (a repeated pattern).
# Reasons for error-station-desks-invalid ($reason).
error-detail-desks-count = There must be 1 to { $max } desks, numbered from 1 without a gap.
error-detail-desk-without-kind = Desk { $desk } serves no kind of matter.
error-detail-desks-strand = People are still waiting today for “{ $kinds }”; a desk must keep taking this matter until all have been called.
# A stored value the program cannot read; $column: the database column's name.
error-detail-unexpected-value = unexpected value “{ $value }” in column { $column }
# $mode: the journal mode SQLite reports instead.
error-detail-wal-unavailable = WAL mode not available (mode { $mode })
# Reasons for error-station-not-a-database ($detail).
error-detail-not-a-file = not a regular file
error-detail-foreign-header = the file header is not that of an SQLite database
error-detail-file-too-short = the file is too short for an SQLite database
error-detail-foreign-database = an SQLite database of another program
# For error-station-database-corrupt ($detail); $key: hpke, central or station.
error-detail-enrolment-key-unusable =
    stored enrolment: { $key ->
        [hpke] HPKE key
        [central] signature key
       *[station] station key
    } unusable
# For error-sync-central-bad-response ($detail).
error-detail-response-too-large = the answer is larger than { $mib } MiB; reading stopped there
error-detail-not-modified = “not modified” (304) where an answer was expected

## Status of a queue number: ticket-status-<status> for tickets::Status (crates/station/src/tickets.rs), e.g. in error-station-ticket-transition and bk tickets

ticket-status-waiting = waiting
ticket-status-called = called
ticket-status-served = served
ticket-status-gone = gone

## Application and kiosk window

error-app-ticket-id-invalid = “{ $id }” is not the id of a waiting ticket.
error-app-ticket-outcome-invalid = “{ $outcome }” is not an end of a waiting ticket (possible: served, gone).
error-app-help-request-unknown = “{ $id }” is not an open call for help at this station.
error-app-ready-file-failed = Start-up time file { $path } cannot be written: { $detail }
error-app-printer-not-set-up = No receipt printer is set up (staff area or “bk printer set ADDRESS”).
error-app-figures-period = The period must start with the from day and cover at most { $days } days.
error-app-window-failed = Window error: { $detail }
error-app-card-command-aborted = Card command aborted: { $detail }

## Settings from the environment (BK_…)

setting-idle-not-a-number = “{ $raw }” is not a whole number of seconds.
setting-idle-out-of-range = { $seconds } s is not between 10 and 86400; { $default } s apply.
setting-switch-invalid = “{ $raw }” is neither on (1, true, yes, on) nor off (0, false, no, off); off applies.
setting-drawing-invalid = “{ $raw }” is neither auto nor gpu nor software; auto applies.

## Kiosk log (stderr)

log-prefix = bürgerkoffer: { $text }
log-setting-ignored = bürgerkoffer: setting ignored – { $setting }
log-start-failed = bürgerkoffer: start failed: { $detail }
log-notify-failed = bürgerkoffer: notifying systemd failed: { $detail }
log-sync-not-started = bürgerkoffer: sync not started – { $detail }
log-reader-watch-not-started = bürgerkoffer: card reader watch does not start: { $detail }

## Receipt printer and calls (crates/devices): error-printer-<code> for PrinterProblem::code, error-voice-…

error-printer-paper-out = The receipt printer is out of paper. Please put in a new roll; until then the kiosk shows the waiting number on screen only.
error-printer-offline = The receipt printer is not ready (cover open or a fault). Please check the printer; until then the kiosk shows the waiting number on screen only.
error-printer-unreachable = The receipt printer { $address } cannot be reached ({ $detail }). Please check cable, power and address; until then the kiosk shows the waiting number on screen only.
error-printer-address-invalid = “{ $address }” is not a printer address. Possible: an IP address such as 192.168.1.50 (port 9100) or 192.168.1.50:9100, or a device file under /dev such as /dev/usb/lp0.
error-detail-printer-not-a-device = not a printer’s device file; nothing was written
error-printer-render = The waiting number could not be prepared for the printer: { $detail }
# $program: espeak-ng or aplay.
error-voice-program = The call could not be played: { $program } reports { $detail }
error-detail-program-timeout = stopped after { $seconds } seconds
error-voice-sound = The call could not be played: { $detail }
# The sentence the voice speaks after the gong (always German at the station); $letter: the kind's letter, $number: number without leading zeros.
call-spoken = Number { $letter } { $number }, please go to desk { $desk }.
