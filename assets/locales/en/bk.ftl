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
bk-tickets-col-drawn = drawn
bk-tickets-col-called = called
bk-tickets-col-finished = done
bk-tickets-drawn = Waiting ticket { $label } drawn ({ $station }, { $day }, { $time }).
# $minutes: a number, or “none” while the station is closed.
bk-tickets-wait =
    Expected waiting time: { $minutes ->
        [none] not available (the station is closed right now)
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
bk-tickets-called = Called: { $label } (ID { $id }).
bk-tickets-nobody-waiting = Nobody is waiting.
# $status: the waiting ticket's status, e.g. “bedient” (served).
bk-tickets-marked = { $label } is now { $status }.

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
bk-sync-exported =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } signed and written to { $file }. On the central office's computer: bk-central import FILE

## Database (bk db status)

# Labels; bk sets the column width.
bk-db-label-path = Database:
bk-db-label-schema = Schema version:
bk-db-label-integrity = Integrity:
bk-db-schema-version = { $version } (this program knows up to { $known })
bk-db-integrity-ok = OK
bk-db-integrity-failed = ERROR – { $findings }
bk-db-integrity-refused = The integrity check found errors. Please notify IT.
