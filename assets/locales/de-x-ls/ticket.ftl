# Die Wartenummer in der Sprache der Bürgerin oder des Bürgers: gedruckter Bon und Text im QR-Code
# (Rust: crates/app/src/printing.rs, tickets.rs), Arten der Anliegen (auch Kiosk, Mitarbeitende, bk), Leichte Sprache.

## Der Text im QR-Code der Wartenummer

# Drei Zeilen: Nummer, Ort, Tag (der Tag kommt fertig formatiert, 25.02.2026).
ticket-qr-text =
    Warte-Nummer { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## Der gedruckte Wartenummern-Bon (crates/app/src/printing.rs), in der Sprache der Bürgerin oder des Bürgers

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = Bitte kommen Sie zwischen { $from } Uhr und { $to } Uhr wieder.
ticket-print-wait =
    { $minutes ->
        [0] Sie sind gleich an der Reihe.
        [one] Sie warten ungefähr 1 Minute.
       *[other] Sie warten ungefähr { $minutes } Minuten.
    }
# $day: fertig formatiert (25.02.2026), $time: HH:MM.
ticket-print-drawn = Sie haben die Nummer am { $day } um { $time } Uhr geholt.

## Art des Anliegens einer Wartenummer: ticket-kind-<kind> zu kinds::Kind (crates/station/src/kinds.rs), für Mitarbeitende, bk und den Bondrucker

ticket-kind-eid = Online-Ausweis und PIN
ticket-kind-advice = Hilfe bei Online-Diensten
ticket-kind-request = Anliegen abgeben
