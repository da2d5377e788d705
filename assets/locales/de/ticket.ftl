# Die Wartenummer in der Sprache der Bürgerin oder des Bürgers: gedruckter Bon und Text im QR-Code
# (Rust: crates/app/src/printing.rs, tickets.rs), Arten der Anliegen (auch Kiosk, Mitarbeitende, bk), Deutsch.

## Der Text im QR-Code der Wartenummer

# Drei Zeilen: Nummer, Ort, Tag (der Tag kommt fertig formatiert, 25.02.2026).
ticket-qr-text =
    Wartenummer { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## Der gedruckte Wartenummern-Bon (crates/app/src/printing.rs), in der Sprache der Bürgerin oder des Bürgers

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = Bitte zwischen { $from } und { $to } Uhr wiederkommen.
ticket-print-wait =
    { $minutes ->
        [0] Sie sind gleich an der Reihe.
        [one] Voraussichtliche Wartezeit: etwa 1 Minute
       *[other] Voraussichtliche Wartezeit: etwa { $minutes } Minuten
    }
# $day: fertig formatiert (25.02.2026), $time: HH:MM.
ticket-print-drawn = Gezogen am { $day } um { $time } Uhr

## Art des Anliegens einer Wartenummer: ticket-kind-<kind> zu kinds::Kind (crates/station/src/kinds.rs), für Mitarbeitende, bk und den Bondrucker

ticket-kind-eid = Online-Ausweis & PIN
ticket-kind-advice = Beratung Online-Dienste
ticket-kind-request = Anliegen abgeben
