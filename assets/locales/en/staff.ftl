# Texts for staff and the bk command line (Rust: crates/app, messages.rs).
# Every message must also exist in de/staff.ftl (cargo test and npm test check this).

## What became of the card when a workflow broke off

card-outcome-not-changed = Nothing was changed on the card.
card-outcome-unknown = The command had already been sent to the card – whether it took effect is not yet known.

## ID card errors

card-service-not-running = The smart card service (pcscd) is not running. Please start pcscd and try again.
card-no-reader = No card reader connected. Please connect a card reader.
card-reader-gone = The card reader is not (or no longer) there. { $outcome }
card-no-card = No card on the card reader. Please place the ID card on it.
card-several-cards = Several card readers hold an ID card: { $readers }. Please place only one ID card or choose a reader.
card-not-eid-card = The card on the reader is not an ID card with the online ID function (no EF.CardAccess with PACE).
card-pin-wrong =
    { $tries ->
        [0] Wrong PIN – the PIN is now blocked; the PUK from the PIN letter is needed next.
        [1] Wrong PIN – 1 try left; the CAN is needed next (first the CAN, then the PIN).
       *[other] Wrong PIN – { $tries } tries left. Please enter the PIN again.
    }
card-can-needed = The PIN is suspended (1 try left). The CAN is needed next (first the CAN, then the PIN).
card-can-wrong = Wrong CAN. The CAN is at the bottom right of the front of the ID card; please enter it again.
card-puk-needed = The PIN is blocked. The PUK from the PIN letter is needed next.
card-puk-wrong = Wrong PUK. Please enter the 10-digit PUK from the PIN letter again.
card-puk-used-up = The PUK is used up (used ten times). Only the Bürgeramt can unblock the card now.
card-deactivated = The online ID function of this card is switched off. The Bürgeramt can switch it on.
card-pin-not-blocked = The PIN is not blocked – no unblocking needed, the PUK was not used.
card-card-removed = The card was removed. { $outcome }
card-pin-pad-cancelled = Cancel was pressed on the card reader. Nothing was changed.
card-pin-pad-timed-out = Nothing was typed on the card reader in time. Nothing was changed.
card-pin-pad-mismatch = The new PIN and its repetition on the card reader differ. Nothing was changed.
card-pin-pad-wrong-length = The new PIN typed on the card reader does not have 6 digits. Nothing was changed.
card-card-error = The card answered unexpectedly ({ $detail }). { $outcome }
card-rule-length = The new PIN must have exactly 6 digits. Nothing was sent to the card.
card-rule-digits = The new PIN may only contain digits. Nothing was sent to the card.
card-rule-all-same = The new PIN must not be six equal digits. Nothing was sent to the card.
card-rule-sequence = The new PIN must not be a simple ascending or descending sequence. Nothing was sent to the card.
card-format-transport-pin = The Transport PIN has exactly 5 digits. Nothing was sent to the card.
card-format-pin = The PIN has exactly 6 digits. Nothing was sent to the card.
card-format-can = The CAN has exactly 6 digits (bottom right of the front of the ID card). Nothing was sent to the card.
card-format-puk = The PUK has exactly 10 digits (in the PIN letter). Nothing was sent to the card.

## Success

card-changed = PIN changed. The new PIN is valid for the online ID function from now on.
card-unblocked = PIN unblocked: 3 tries. The PIN is the same as before; a new PIN can then be set with the current PIN. Whoever has forgotten the PIN can have a new one set at the Bürgeramt.
card-resumed = PIN usable again: 3 tries.

## State of the PIN

card-status-usable =
    { $tries ->
        [1] PIN usable, 1 try left.
       *[other] PIN usable, { $tries } tries left.
    }
card-status-suspended = PIN suspended (1 try left): first the CAN, then the PIN.
card-status-blocked = PIN blocked: PUK needed.
card-status-deactivated = Online ID function switched off: Bürgeramt.
card-status-transport-pin = The card reports: still the Transport PIN.

## The next step on the command line

bk-eid-next-resume = Next: bk eid resume (first the CAN, then the PIN).
bk-eid-next-unblock = Next: bk eid unblock (PUK).
bk-eid-next-readers = All card readers: bk eid readers.
bk-eid-next-choose-reader = Choose a reader: --reader NAME.
figures-not-counted = Note: a figure could not be saved ({ $detail }).
bk-eid-retype-mismatch = The two entries of the new PIN do not match. Nothing was sent to the card.
bk-eid-input-missing = Input missing: { $what }. Nothing was sent to the card.
bk-eid-input-unreadable = Input not readable: { $detail }
bk-eid-prompt-transport-pin = Transport PIN (5 digits)
bk-eid-prompt-pin-current = Current PIN (6 digits)
bk-eid-prompt-pin = PIN (6 digits)
bk-eid-prompt-new-pin = New PIN (6 digits)
bk-eid-prompt-new-pin-again = Repeat the new PIN
bk-eid-prompt-can = CAN (6 digits, bottom right of the front of the ID card)
bk-eid-prompt-puk = PUK (10 digits, from the PIN letter)
bk-eid-pin-holds = The PIN is valid.
bk-eid-pin-does-not-hold = The PIN is not valid. { $status }
bk-eid-put-card-back = Please put the card back – then it is checked whether the change took effect (up to { $seconds } s).
bk-eid-checked-done = Checked: { $success }
bk-eid-checked-not-done = Checked: the change did not take effect; everything is as before. { $status }
bk-eid-card-not-back = The card did not come back.
bk-eid-unknown = { $what } Outcome unknown. { $how }
bk-eid-how-transport-pin = To check: put the card on the reader and run bk eid status – if the card still reports the Transport PIN, nothing was changed.
bk-eid-how-new-pin = To check: put the card on the reader and run bk eid check-pin with the new PIN (if it is not valid, that costs a try; the previous PIN then stays valid).
bk-eid-how-unblock = To check: put the card on the reader and run bk eid status – if the PIN is still blocked, it was not unblocked.
bk-eid-how-resume = To check: put the card on the reader and run bk eid status – if the PIN is still suspended, it was not resumed.
bk-eid-reader-line = { $reader }: { $card ->
        [eid] ID card (eID card)
        [other] another card (no ID card)
       *[none] no card
    }
bk-eid-reader-pin-pad = { $reader } has a PIN pad: PIN, CAN and PUK are typed on the card reader, never on the screen.
bk-eid-pad-can = Please type the CAN (6 digits, on the front of the ID card) on the card reader and press OK.
bk-eid-pad-transport-pin = Please type the Transport PIN (5 digits from the PIN letter) on the card reader and press OK.
bk-eid-pad-pin = Please type the PIN (6 digits) on the card reader and press OK.
bk-eid-pad-new-pin = Please type the new PIN (6 digits) on the card reader, press OK and type it once more to confirm.
bk-eid-pad-puk = Please type the PUK (10 digits from the PIN letter) on the card reader and press OK.
bk-eid-pad-check-new-pin = To check, please type the new PIN (6 digits) once on the card reader and press OK.
bk-eid-no-readers = No card reader connected.
bk-eid-status-reader = Card reader: { $reader }
bk-eid-status-card = Card: { $description } – { $pace }, { $curve }

## The station cannot start (the kiosk's error page, bk)

startup-failed = Cannot start ({ $what }): { $detail }
startup-part-assets = Service catalogue or station plan
startup-part-store = Station database
startup-page-title = Bürgerkoffer – cannot start
startup-page-heading = The Bürgerkoffer cannot start right now
startup-page-sorry = Something is not right here. Please ask our staff.
startup-page-nothing-changed = No data was changed or deleted.
startup-page-for-it = For IT support
startup-page-affected = Affected
startup-page-file = File
startup-page-message = Message

## Window titles and the text in the waiting ticket's QR code

window-title-kiosk = Bürgerkoffer
window-title-staff = Bürgerkoffer – Staff
window-title-display = Bürgerkoffer – call display

## The printed queue ticket (crates/app/src/printing.rs), in the citizen's language

ticket-print-test-heading = Bürgerkoffer – test print

## Figures: kinds of PIN workflow, their results and the columns of the CSV file

figures-flow-transport_pin = Transport PIN
figures-flow-pin_change = PIN change
figures-flow-can = Unblocked with CAN
figures-flow-puk = Unblocked with PUK
figures-flow-unrecorded = Kind not recorded (older count)
figures-result-changed = succeeded
figures-result-failed = no result
figures-result-referred = referred to the Bürgerservicecenter
figures-station-not-enrolled = This station (not enrolled)
figures-csv-day = Day
figures-csv-station = Station
figures-csv-places = Places
figures-csv-visitors = Visitors (tickets)
figures-csv-wait-median = Waiting time median (min)
figures-csv-wait-p90 = Waiting time 90th percentile (min)
figures-csv-service-median = Service time median (min)
figures-csv-service-p90 = Service time 90th percentile (min)
figures-csv-gone = Gone
figures-csv-topic = Request: { $topic }
figures-csv-qr = QR code: { $service }

## Figures in the staff window

staff-figures-title = Figures
staff-figures-intro = How many people came, how long they waited, what they did with their ID card and what they asked for – counts only, no personal data.
staff-figures-presets = Choose a period quickly
staff-figures-preset-today = Today
staff-figures-preset-week = Last 7 days
staff-figures-preset-month = Last 30 days
staff-figures-from = From
staff-figures-to = To
staff-figures-place = Place
staff-figures-place-all = All places
staff-figures-show = Show
staff-figures-totals = Total from { $from } to { $to }
staff-figures-visitors = Visitors
staff-figures-wait = Waiting time (drawn to called)
staff-figures-service = Service time (called to done)
staff-figures-median-p90 = median { $median }, 90th percentile { $p90 }
staff-figures-minutes = { $minutes } min
staff-figures-gone = Gone
staff-figures-places = Places
staff-figures-day = Day
staff-figures-wait-median = Waiting time median
staff-figures-wait-p90 = Waiting time 90th percentile
staff-figures-axis-people = People
staff-figures-axis-minutes = Minutes
staff-figures-days-title = Visitors and waiting time per day
staff-figures-days-description = Bars: visitors per day, line: median waiting time, for { $days ->
        [one] one day
       *[other] { $days } days
    }. The numbers are in the table beside it.
staff-figures-flow = Workflow
staff-figures-pin-title = PIN workflows by result
staff-figures-pin-description = Stacked bars per kind of PIN workflow: succeeded, no result, referred. The numbers are in the table beside it.
staff-figures-requests = Requests
staff-figures-requests-title = Requests by topic
staff-figures-requests-description = Bars per topic ({ $count ->
        [one] one topic
       *[other] { $count } topics
    }). The numbers are in the table beside it.
staff-figures-topic = Topic
staff-figures-count = Count
staff-figures-qr = QR codes shown
staff-figures-qr-title = Online services asked for most (at most { $count })
staff-figures-qr-description = Bars per online service, how often its QR code was shown ({ $count ->
        [one] one service
       *[other] { $count } services
    }). The numbers are in the table beside it.
staff-figures-service-name = Online service
staff-figures-folder = Folder for the CSV file
staff-figures-folder-hint = Leave empty: onto the USB stick plugged in, else into the station's data folder.
staff-figures-csv = Save as CSV file
staff-figures-csv-saved = CSV file saved
