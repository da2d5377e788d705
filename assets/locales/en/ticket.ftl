# The waiting ticket in the citizen's language: printed ticket and the text in its QR code
# (Rust: crates/app/src/printing.rs, tickets.rs), kinds of concern (also kiosk, staff, bk), English.

## The text in the waiting ticket's QR code

# Three lines: number, place, day (the day comes formatted, 2026-02-25).
ticket-qr-text =
    Waiting number { $label }
    Potsdam citizen service – { $station }
    { $day }

## The printed queue ticket (crates/app/src/printing.rs), in the citizen's language

ticket-print-heading = Potsdam citizen service – { $station }
ticket-print-window = Please come back between { $from } and { $to }.
ticket-print-wait =
    { $minutes ->
        [0] It is your turn very soon.
        [one] Expected waiting time: about 1 minute
       *[other] Expected waiting time: about { $minutes } minutes
    }
# $day: already formatted (2026-02-25), $time: HH:MM.
ticket-print-drawn = Drawn on { $day } at { $time }

## Kind of matter of a waiting ticket: ticket-kind-<kind> for kinds::Kind (crates/station/src/kinds.rs), for staff, bk and the receipt printer

ticket-kind-eid = Online ID & PIN
ticket-kind-advice = Advice on online services
ticket-kind-request = Hand in a request
