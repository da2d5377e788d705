# Texts of the bk command line (Rust: crates/bk through crates/texts). Every message also in de/bk.ftl.

## Failures of a run (stderr)

bk-failure = Error: { $failure }
bk-failure-with-code = { $error } [{ $code }]
bk-failure-no-station = { $error } On the command line: bk station select ID (or --station ID).
bk-failure-output = Output not possible: { $error }
bk-now-invalid = { $variable }=“{ $value }” is not an instant in RFC 3339 format.

## Waiting tickets (bk tickets)

bk-tickets-none-today = No waiting tickets yet on { $day } for { $station }.
bk-tickets-today = Waiting tickets on { $day } for { $station }: { $count }
# Column headings of the list; bk sets the column widths.
bk-tickets-col-number = Number
bk-tickets-col-id = ID
bk-tickets-col-status = Status
bk-tickets-col-desk = desk
bk-tickets-col-drawn = drawn
bk-tickets-col-called = called
bk-tickets-col-finished = done
bk-tickets-drawn = Waiting ticket { $label } for “{ $kind }” drawn ({ $station }, { $day }, { $time }).
bk-tickets-window = Please come back between { $from } and { $to }.
bk-tickets-printed = The ticket was printed.
# $minutes: a number, or “none” while the station is closed.
bk-tickets-wait =
    Expected waiting time: { $minutes ->
        [none] not available (the station is closed right now)
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
bk-tickets-called = Called: { $label } to desk { $desk } (ID { $id }).
bk-tickets-nobody-waiting = Nobody is waiting for desk { $desk }.
# $status: the waiting ticket's status, e.g. “bedient” (served).
bk-tickets-marked = { $label } is now { $status }.

## Desks (bk desks) and receipt printer (bk printer)

# $kinds: the kinds' names, joined by commas.
bk-desks-line = Desk { $desk }: { $kinds }
bk-printer-none = No receipt printer set up: waiting tickets are shown on screen only.
bk-printer-address = Receipt printer: { $address }
bk-printer-trouble = Last problem: { $message }
bk-printer-ready = The receipt printer is ready.
bk-printer-no-answer = The receipt printer can be reached but does not answer status requests (paper unknown). It is printed to all the same.
bk-printer-test-printed = A test ticket was printed.

## Stations (bk station)

bk-stations-note-today = today
bk-stations-note-selected = selected
# $notes: the notes (today, selected), or “none”.
bk-stations-line =
    { $name } ({ $open }–{ $close }; { $days }){ $notes ->
        [none] {""}
       *[other] {" "}– { $notes }
    }
bk-stations-selected = Selected: { $name } ({ $address }).

## Requests (bk request)

bk-requests-field-form = “{ $text }” is not of the form NAME=VALUE
bk-requests-field-twice = The field “{ $name }” is given more than once.
bk-requests-saved = Request saved. Reference number: { $reference }
bk-requests-sealed = The details are encrypted for the central office and will be transferred at the next synchronisation.
bk-requests-upload = The person hands in documents through this link (valid until { $until }): { $url }
bk-requests-pay-online = The person pays online through this link (valid until { $until }): { $url }
bk-requests-unknown-reference = There is no request with reference number { $reference } on this station.
bk-requests-fee = Fee: { $amount }. Please transfer to { $recipient }, IBAN { $iban }, BIC { $bic }, remittance text “{ $remittance }”.
bk-requests-field-required = required
bk-requests-field-voluntary = optional
# $options: the fixed choices, or “none”.
bk-requests-field-limits =
    at most { $max } { $max ->
        [one] character
       *[other] characters
    }{ $options ->
        [none] {""}
       *[other] , choices: { $options }
    }
bk-requests-one-of = at least one of: { $fields }
bk-requests-none = No requests recorded yet.
bk-appointments-office = Free times at { $office }:
bk-appointments-none = No time is free in the next four weeks.
bk-appointments-booked = Appointment booked: { $time } at { $office }, appointment number { $number }. The confirmation comes by e-mail. Reference number: { $reference }
bk-appointments-queued = The central cannot be reached. The appointment wish is saved (reference number { $reference }) and will be sent with the next synchronisation; the Bürgerservicecenter will get in touch.
bk-appointments-time-form = “{ $text }” is not a time of the form YYYY-MM-DD HH:MM (local time, as “bk appointment times” shows it)
bk-day-appointments = Appointments booked on { $day }:
bk-day-fees = Fees asked for on { $day }:
bk-day-none = none
bk-day-booked = → { $time }, { $office }, appointment number { $number }
bk-day-wish = → appointment wish: booked once the central has it
bk-day-paid = paid (cash office), recorded { $time }
bk-day-paid-online = paid online { $time }
bk-day-unpaid = no payment reported yet
bk-day-calls = Video calls started on { $day }:
bk-call-opened = Video call { $id } requested. Link for the citizen's phone: { $url }
bk-call-waiting = waiting for the Bürgerservice
bk-call-answered = talking with the Bürgerservice
bk-call-ended = ended

## Link to the central office (bk enroll, bk sync, bk export)

bk-sync-enrolled = Station enrolled as “{ $name }” with { $url } (ID { $id }).
bk-sync-enrolled-sealed = From now on, requests are accepted encrypted for the central office.
bk-sync-progress = … { $acknowledged } transferred, { $rejected } rejected, { $pending } still waiting
# $version: the configuration version taken over, or “none”.
bk-sync-finished =
    Synchronisation finished: { $acknowledged } transferred, { $rejected } rejected{ $version ->
        [none] {""}
       *[other] , configuration version { $version } applied
    }.
# Labels of bk sync --status; bk sets the column width.
bk-sync-label-central = Central office:
bk-sync-label-pending = Waiting for transfer:
bk-sync-label-rejected = Rejected:
bk-sync-label-acknowledged = Transferred:
bk-sync-label-last-success = Last success:
bk-sync-label-last-error = Last error:
bk-sync-not-enrolled = not enrolled (bk enroll ADDRESS CODE)
bk-sync-never = never
bk-sync-last-error = { $at } – { $message }
bk-sync-dead-letter = rejected: { $id } ({ $topic }, { $created }): { $reason } – { $message }
bk-sync-requeued =
    { $count ->
        [0] No rejected entries to send again.
        [one] { $count } rejected entry will be sent again.
       *[other] { $count } rejected entries will be sent again.
    }
bk-sync-exported =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } signed and written to { $file }. On the central office's computer: bk-central import FILE

## Staff PIN (bk staff set-pin)

bk-staff-pin-new = New staff PIN (6 to 12 digits)
bk-staff-pin-repeat = The same PIN once more
bk-staff-pin-mismatch = The two entries do not match. The staff PIN stays as it was.
bk-staff-pin-input-missing = Input missing: { $what }. The staff PIN stays as it was.
bk-staff-pin-set = The staff PIN is set. At the kiosk it opens the staff area (tap the top left corner five times).
bk-staff-pin-replaced = The staff PIN has been replaced; wrong tries and the lock are reset.

## Database (bk db status)

# Labels; bk sets the column width.
bk-db-label-path = Database:
bk-db-label-schema = Schema version:
bk-db-label-integrity = Integrity:
bk-db-schema-version = { $version } (this program knows up to { $known })
bk-db-integrity-ok = OK
bk-db-integrity-failed = ERROR – { $findings }
bk-db-integrity-refused = The integrity check found errors. Please notify IT.

## Help (bk --help)

# As clap shows them: no full stop at the end of the text. The placeholders
# (VERZEICHNIS, SEKUNDEN, NAME=WERT) are set by bk itself.
bk-help-about = Bürgerkoffer: waiting tickets, station of the day and database on the command line
bk-help-data-dir = Directory of the station database (station.sqlite). If not given: the operating system's data directory, e.g. ~/.local/share/buergerkoffer
bk-help-assets = Directory with stations.json and services.json. If not given: the built-in catalogue and station plan (as at the kiosk)
# The headings of the command groups; clap shows the command's text in their place (bk-help-tickets etc.).
# For every command with --json (except bk eid status).
bk-help-json = Output as JSON
# --station of bk tickets today, draw and call-next.
bk-help-station-arg = Station (ID from the station plan)
bk-help-tickets = Waiting tickets of the day
bk-help-tickets-today = Show all of today's waiting tickets
bk-help-tickets-draw = Draw a new waiting ticket
bk-help-tickets-call-next = Call the next waiting number
bk-help-tickets-kind = Kind of matter
bk-help-tickets-desk = The desk that calls (1–4)
bk-help-staff = The staff PIN that opens the staff area at the kiosk
bk-help-staff-set-pin = Set the staff PIN (typed twice, not shown; without a terminal two lines on stdin)
bk-help-staff-set-pin-replace = Replace a PIN that is set (wrong tries and the lock start afresh)
bk-help-desks = Desks and the kinds of matter they serve
bk-help-desks-show = Show the desks
bk-help-desks-set = Set up the desks, desk 1 first (e.g. “bk desks set eid,advice request”)
bk-help-desks-set-kinds = The kinds per desk: eid, advice, request joined by commas, or all
bk-help-printer = The receipt printer for waiting tickets
bk-help-printer-show = Show the receipt printer and its last problem
bk-help-printer-set = Set up the receipt printer
bk-help-printer-set-address = IP address (port 9100), IP:PORT or a device file such as /dev/usb/lp0
bk-help-printer-remove = Remove the receipt printer (waiting tickets on screen only)
bk-help-printer-check = Ask the receipt printer for paper and state
bk-help-printer-test = Print a test ticket
bk-help-tickets-mark = Mark a waiting ticket as served or gone
bk-help-tickets-mark-id = ID of the waiting ticket (column “ID” in `bk tickets today`)
bk-help-tickets-mark-outcome = New status
bk-help-outcome-served = Served
bk-help-outcome-gone = Gone or did not show up
bk-help-db = State of the station database
bk-help-db-status = Show path, schema version and a full integrity check
bk-help-station = Station plan and station of the day
bk-help-station-list = Show all stations of the plan
bk-help-station-select = Select the station where this laptop is
bk-help-station-select-id = ID of the station, e.g. stern-center
bk-help-eid = ID card: card readers, card state, change PIN, resume, unblock
bk-help-eid-readers = Show the card readers and what lies on them
bk-help-eid-status = State of the card: kind, PIN tries, suspended, blocked, deactivated
bk-help-eid-status-json = Output as JSON (card, pin_tries_left, state …)
bk-help-eid-change-pin = Change the PIN: first the current PIN, then the new PIN
bk-help-eid-change-pin-transport = The current PIN is the 5-digit Transport PIN from the letter
bk-help-eid-resume = Resume a suspended PIN: first the CAN, then the PIN
bk-help-eid-unblock = Unblock a blocked PIN with the PUK
bk-help-eid-check-pin = Check whether a PIN is valid (a PIN that is not valid costs a try)
bk-help-eid-reader = Card reader (name as in `bk eid readers`). If not given: the one reader with an ID card
bk-help-eid-recheck-seconds = If the card is removed after the change was sent: wait this long for it, then check whether the change took effect (0: do not wait)
bk-help-request = Record requests of citizens, topics, figures
bk-help-request-add = Record a request for a citizen
bk-help-request-add-topic = Topic: rueckruf, termin, frage, ummeldung or meldebescheinigung
bk-help-request-add-field = A field as NAME=WERT (name=value), e.g. --field name="Erika Mustermann" (repeatable)
bk-help-request-add-consent = The person has agreed to the privacy notice (required)
bk-help-request-add-lang = Language of the person (de, en, …), so that the answer comes in it
bk-help-request-upload-link = Print the link for handing in documents for a request again
bk-help-request-upload-link-reference = The request's reference number, BK-XXXX-XXXX
bk-help-request-topics = Show the topics and their fields
bk-help-appointment = Appointments at the Bürgerservicecenter: free times and booking through the central
bk-help-appointment-times = Show the free times of a service
bk-help-appointment-book = Book a free time for a citizen (fields name, email, phone)
bk-help-appointment-service = The service's id in the catalogue, e.g. neue-pin-buergerservice
bk-help-appointment-time = The time as “bk appointment times” shows it (YYYY-MM-DD HH:MM, local time)
bk-help-day = The appointments booked, fees asked for and video calls here on a day
bk-help-day-date = The day (YYYY-MM-DD); without: today
bk-help-call = Video call with the Bürgerservice (through the central)
bk-help-call-open = Request a video call and print the link for the phone
bk-help-call-status = Show how a video call stands
bk-help-enroll = Enrol the station with the central office using the one-time code from IT
bk-help-enroll-url = Address of the central office, e.g. https://zentrale.example
bk-help-enroll-code = One-time enrolment code from “bk-central station add”
bk-help-sync = Synchronise once (transfer everything, fetch configuration) or show the state
bk-help-sync-status = Only show the state, transfer nothing
bk-help-sync-batch = At most this many entries per transfer (1–500)
bk-help-sync-retry-dead = Put rejected entries back for transfer (and send them with this round)
bk-help-export = Write all entries not yet transferred, signed, to a file (USB stick)
bk-help-export-file = Target file, e.g. /media/usb/station.bkx
bk-help-export-include-dead = Also write the rejected entries into the file

## bk report

bk-help-report = The station's figures for a period (visitors, waiting times, PIN workflows, requests, QR codes)
bk-help-report-from = First day (YYYY-MM-DD); today when absent
bk-help-report-to = Last day, included (YYYY-MM-DD); today when absent
bk-help-report-station = Only this place of the station plan (its id)
bk-help-report-csv = Print CSV (semicolon-separated, for spreadsheets)
bk-report-heading = Figures from { $from } to { $to }
bk-report-heading-place = Figures from { $from } to { $to } – place { $station }
bk-report-day = Day { $day }:
bk-report-visitors = Visitors: { $visitors } · called: { $called } · served: { $served } · gone: { $gone }
bk-report-wait = Waiting time (drawn to called): median { $median } min, 90th percentile { $p90 } min
bk-report-service = Service time (called to done): median { $median } min, 90th percentile { $p90 } min
bk-report-places = Places: { $places }
bk-report-pin = PIN workflows (succeeded / no result / referred):
bk-report-pin-row = {"  "}{ $flow }: { $changed } / { $failed } / { $referred }
bk-report-requests = Requests by topic:
bk-report-qr = QR codes of online services shown:
bk-report-none = {"  "}none
