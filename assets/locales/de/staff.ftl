# Texte für Mitarbeitende und die Kommandozeile bk (Rust: crates/app, messages.rs).
# Jede Nachricht muss es auch in en/staff.ftl geben (cargo test und npm test prüfen das).

## Was aus der Karte wurde, wenn ein Ablauf abbrach

card-outcome-not-changed = Auf der Karte wurde nichts geändert.
card-outcome-unknown = Der Befehl war schon an die Karte gesendet – ob er wirkte, ist noch unbekannt.

## Fehler beim Ausweis

card-service-not-running = Der Chipkartendienst (pcscd) läuft nicht. Bitte pcscd starten und erneut versuchen.
card-no-reader = Kein Kartenleser angeschlossen. Bitte einen Kartenleser anschließen.
card-reader-gone = Der Kartenleser ist nicht (mehr) da. { $outcome }
card-no-card = Keine Karte auf dem Kartenleser. Bitte den Ausweis auflegen.
card-several-cards = Mehrere Kartenleser tragen einen Ausweis: { $readers }. Bitte nur einen Ausweis auflegen oder einen Leser wählen.
card-not-eid-card = Die aufgelegte Karte ist kein Ausweis mit Online-Ausweisfunktion (kein EF.CardAccess mit PACE).
card-pin-wrong =
    { $tries ->
        [0] PIN falsch – die PIN ist jetzt gesperrt; als Nächstes wird die PUK aus dem PIN-Brief benötigt.
        [1] PIN falsch – noch 1 Versuch; als Nächstes wird die CAN benötigt (erst CAN, dann PIN).
       *[other] PIN falsch – noch { $tries } Versuche. Bitte die PIN erneut eingeben.
    }
card-can-needed = Die PIN ist ausgesetzt (noch 1 Versuch). Als Nächstes wird die CAN benötigt (erst CAN, dann PIN).
card-can-wrong = CAN falsch. Die CAN steht vorne rechts unten auf dem Ausweis; bitte erneut eingeben.
card-puk-needed = Die PIN ist gesperrt. Als Nächstes wird die PUK aus dem PIN-Brief benötigt.
card-puk-wrong = PUK falsch. Bitte die 10-stellige PUK aus dem PIN-Brief erneut eingeben.
card-puk-used-up = Die PUK ist verbraucht (zehnmal benutzt). Entsperren kann jetzt nur noch das Bürgeramt.
card-deactivated = Die Online-Ausweisfunktion dieser Karte ist ausgeschaltet. Einschalten kann sie das Bürgeramt.
card-pin-not-blocked = Die PIN ist nicht gesperrt – Entsperren ist nicht nötig, die PUK wurde nicht benutzt.
card-card-removed = Die Karte wurde entfernt. { $outcome }
card-pin-pad-cancelled = Am Kartenleser wurde „Abbrechen“ gedrückt. Es wurde nichts geändert.
card-pin-pad-timed-out = Am Kartenleser wurde nichts rechtzeitig eingegeben. Es wurde nichts geändert.
card-pin-pad-mismatch = Die neue PIN und ihre Wiederholung am Kartenleser stimmen nicht überein. Es wurde nichts geändert.
card-pin-pad-wrong-length = Die neue PIN am Kartenleser hat nicht 6 Ziffern. Es wurde nichts geändert.
card-card-error = Die Karte hat unerwartet geantwortet ({ $detail }). { $outcome }
card-rule-length = Die neue PIN muss genau 6 Ziffern haben. Nichts wurde an die Karte gesendet.
card-rule-digits = Die neue PIN darf nur Ziffern enthalten. Nichts wurde an die Karte gesendet.
card-rule-all-same = Die neue PIN darf nicht aus sechs gleichen Ziffern bestehen. Nichts wurde an die Karte gesendet.
card-rule-sequence = Die neue PIN darf keine einfache auf- oder absteigende Zahlenfolge sein. Nichts wurde an die Karte gesendet.
card-format-transport-pin = Die Transport-PIN hat genau 5 Ziffern. Nichts wurde an die Karte gesendet.
card-format-pin = Die PIN hat genau 6 Ziffern. Nichts wurde an die Karte gesendet.
card-format-can = Die CAN hat genau 6 Ziffern (vorne rechts unten auf dem Ausweis). Nichts wurde an die Karte gesendet.
card-format-puk = Die PUK hat genau 10 Ziffern (im PIN-Brief). Nichts wurde an die Karte gesendet.

## Erfolg

card-changed = PIN geändert. Die neue PIN gilt ab sofort für die Online-Ausweisfunktion.
card-unblocked = PIN entsperrt: 3 Versuche. Die PIN ist dieselbe wie vorher; eine neue PIN lässt sich danach mit der aktuellen PIN setzen. Wer die PIN vergessen hat, kann im Bürgeramt eine neue PIN setzen lassen.
card-resumed = PIN wieder nutzbar: 3 Versuche.

## Zustand der PIN

card-status-usable =
    { $tries ->
        [1] PIN nutzbar, noch 1 Versuch.
       *[other] PIN nutzbar, noch { $tries } Versuche.
    }
card-status-suspended = PIN ausgesetzt (noch 1 Versuch): zuerst CAN, dann PIN.
card-status-blocked = PIN gesperrt: PUK nötig.
card-status-deactivated = Online-Ausweisfunktion ausgeschaltet: Bürgeramt.
card-status-transport-pin = Die Karte meldet: noch die Transport-PIN.

## Der nächste Schritt auf der Kommandozeile

bk-eid-next-resume = Weiter mit: bk eid resume (erst CAN, dann PIN).
bk-eid-next-unblock = Weiter mit: bk eid unblock (PUK).
bk-eid-next-readers = Alle Kartenleser zeigt: bk eid readers.
bk-eid-next-choose-reader = Einen Leser wählen: --reader NAME.
figures-not-counted = Hinweis: Eine Kennzahl konnte nicht gespeichert werden ({ $detail }).
bk-eid-retype-mismatch = Die beiden Eingaben der neuen PIN stimmen nicht überein. Nichts wurde an die Karte gesendet.
bk-eid-input-missing = Eingabe fehlt: { $what }. Nichts wurde an die Karte gesendet.
bk-eid-input-unreadable = Eingabe nicht lesbar: { $detail }
bk-eid-prompt-transport-pin = Transport-PIN (5 Ziffern)
bk-eid-prompt-pin-current = Aktuelle PIN (6 Ziffern)
bk-eid-prompt-pin = PIN (6 Ziffern)
bk-eid-prompt-new-pin = Neue PIN (6 Ziffern)
bk-eid-prompt-new-pin-again = Neue PIN wiederholen
bk-eid-prompt-can = CAN (6 Ziffern, vorne rechts unten auf dem Ausweis)
bk-eid-prompt-puk = PUK (10 Ziffern, aus dem PIN-Brief)
bk-eid-pin-holds = Die PIN gilt.
bk-eid-pin-does-not-hold = Die PIN gilt nicht. { $status }
bk-eid-put-card-back = Bitte die Karte wieder auflegen – dann wird geprüft, ob die Änderung wirkte (bis zu { $seconds } s).
bk-eid-checked-done = Geprüft: { $success }
bk-eid-checked-not-done = Geprüft: Die Änderung wirkte nicht; es gilt alles wie vorher. { $status }
bk-eid-card-not-back = Die Karte kam nicht zurück.
bk-eid-unknown = { $what } Ergebnis unbekannt. { $how }
bk-eid-how-transport-pin = Prüfen: Karte auflegen und bk eid status – meldet die Karte noch die Transport-PIN, wurde nichts geändert.
bk-eid-how-new-pin = Prüfen: Karte auflegen und bk eid check-pin mit der neuen PIN (gilt sie nicht, kostet das einen Versuch; die bisherige PIN gilt dann weiter).
bk-eid-how-unblock = Prüfen: Karte auflegen und bk eid status – ist die PIN noch gesperrt, wurde nicht entsperrt.
bk-eid-how-resume = Prüfen: Karte auflegen und bk eid status – ist die PIN noch ausgesetzt, wurde nicht fortgesetzt.
bk-eid-reader-line = { $reader }: { $card ->
        [eid] Ausweis (eID-Karte)
        [other] andere Karte (kein Ausweis)
       *[none] keine Karte
    }
bk-eid-reader-pin-pad = { $reader } hat ein PIN-Pad: PIN, CAN und PUK werden am Kartenleser eingegeben, nie am Bildschirm.
bk-eid-pad-can = Bitte die CAN (6 Ziffern, vorn auf dem Ausweis) am Kartenleser eingeben und mit OK bestätigen.
bk-eid-pad-transport-pin = Bitte die Transport-PIN (5 Ziffern aus dem PIN-Brief) am Kartenleser eingeben und mit OK bestätigen.
bk-eid-pad-pin = Bitte die PIN (6 Ziffern) am Kartenleser eingeben und mit OK bestätigen.
bk-eid-pad-new-pin = Bitte die neue PIN (6 Ziffern) am Kartenleser eingeben, mit OK bestätigen und zur Kontrolle noch einmal eingeben.
bk-eid-pad-puk = Bitte die PUK (10 Ziffern aus dem PIN-Brief) am Kartenleser eingeben und mit OK bestätigen.
bk-eid-pad-check-new-pin = Zur Prüfung bitte die neue PIN (6 Ziffern) einmal am Kartenleser eingeben und mit OK bestätigen.
bk-eid-no-readers = Kein Kartenleser angeschlossen.
bk-eid-status-reader = Kartenleser: { $reader }
bk-eid-status-card = Karte: { $description } – { $pace }, { $curve }

## Die Station kann nicht starten (Fehlerseite des Kiosks, bk)

startup-failed = Start nicht möglich ({ $what }): { $detail }
startup-part-assets = Dienstleistungskatalog oder Stationsplan
startup-part-store = Datenbank der Station
startup-page-title = Bürgerkoffer – Start nicht möglich
startup-page-heading = Der Bürgerkoffer kann gerade nicht starten
startup-page-sorry = Hier ist leider etwas nicht in Ordnung. Bitte wenden Sie sich an unsere Mitarbeiterinnen und Mitarbeiter.
startup-page-nothing-changed = Es wurden keine Daten verändert oder gelöscht.
startup-page-for-it = Für die IT-Betreuung
startup-page-affected = Betroffen
startup-page-file = Datei
startup-page-message = Meldung

## Fenstertitel und der Text im QR-Code der Wartenummer

window-title-kiosk = Bürgerkoffer
window-title-staff = Bürgerkoffer – Personal
window-title-display = Bürgerkoffer – Aufrufanzeige

## Der gedruckte Wartenummern-Bon (crates/app/src/printing.rs), in der Sprache der Bürgerin oder des Bürgers

ticket-print-test-heading = Bürgerkoffer – Testdruck

## Kennzahlen: Arten der PIN-Vorgänge, ihre Ergebnisse und die Spalten der CSV-Datei

figures-flow-transport_pin = Transport-PIN
figures-flow-pin_change = PIN-Änderung
figures-flow-can = Mit CAN entsperrt
figures-flow-puk = Mit PUK entsperrt
figures-flow-unrecorded = Art nicht erfasst (ältere Zählung)
figures-result-changed = erfolgreich
figures-result-failed = ohne Ergebnis
figures-result-referred = an das Bürgerservicecenter verwiesen
figures-station-not-enrolled = Diese Station (nicht angemeldet)
figures-csv-day = Tag
figures-csv-station = Station
figures-csv-places = Orte
figures-csv-visitors = Besucher (Wartenummern)
figures-csv-wait-median = Wartezeit Median (Min.)
figures-csv-wait-p90 = Wartezeit 90. Perzentil (Min.)
figures-csv-service-median = Bedienzeit Median (Min.)
figures-csv-service-p90 = Bedienzeit 90. Perzentil (Min.)
figures-csv-gone = Gegangen
figures-csv-topic = Anliegen: { $topic }
figures-csv-qr = QR-Code: { $service }

## Kennzahlen im Mitarbeiterfenster

staff-figures-title = Kennzahlen
staff-figures-intro = Wie viele Menschen kamen, wie lange sie warteten, was sie am Ausweis erledigten und wonach sie fragten – nur Zählungen, keine Personendaten.
staff-figures-presets = Zeitraum schnell wählen
staff-figures-preset-today = Heute
staff-figures-preset-week = Letzte 7 Tage
staff-figures-preset-month = Letzte 30 Tage
staff-figures-from = Von
staff-figures-to = Bis
staff-figures-place = Ort
staff-figures-place-all = Alle Orte
staff-figures-show = Anzeigen
staff-figures-totals = Summe vom { $from } bis { $to }
staff-figures-visitors = Besucher
staff-figures-wait = Wartezeit (gezogen bis aufgerufen)
staff-figures-service = Bedienzeit (aufgerufen bis erledigt)
staff-figures-median-p90 = Median { $median }, 90. Perzentil { $p90 }
staff-figures-minutes = { $minutes } Min.
staff-figures-gone = Gegangen
staff-figures-places = Orte
staff-figures-day = Tag
staff-figures-wait-median = Wartezeit Median
staff-figures-wait-p90 = Wartezeit 90. Perzentil
staff-figures-axis-people = Personen
staff-figures-axis-minutes = Minuten
staff-figures-days-title = Besucher und Wartezeit je Tag
staff-figures-days-description = Balken: Besucher je Tag, Linie: Median der Wartezeit, für { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    }. Die Zahlen stehen in der Tabelle daneben.
staff-figures-flow = Vorgang
staff-figures-pin-title = PIN-Vorgänge nach Ergebnis
staff-figures-pin-description = Gestapelte Balken je Art des PIN-Vorgangs: erfolgreich, ohne Ergebnis, verwiesen. Die Zahlen stehen in der Tabelle daneben.
staff-figures-requests = Anliegen
staff-figures-requests-title = Anliegen nach Thema
staff-figures-requests-description = Balken je Thema ({ $count ->
        [one] ein Thema
       *[other] { $count } Themen
    }). Die Zahlen stehen in der Tabelle daneben.
staff-figures-topic = Thema
staff-figures-count = Anzahl
staff-figures-qr = Gezeigte QR-Codes
staff-figures-qr-title = Meistgefragte Online-Dienste (höchstens { $count })
staff-figures-qr-description = Balken je Online-Dienst, wie oft sein QR-Code gezeigt wurde ({ $count ->
        [one] ein Dienst
       *[other] { $count } Dienste
    }). Die Zahlen stehen in der Tabelle daneben.
staff-figures-service-name = Online-Dienst
staff-figures-folder = Ordner für die CSV-Datei
staff-figures-folder-hint = Leer lassen: auf den eingesteckten USB-Stick, sonst in den Datenordner der Station.
staff-figures-csv = Als CSV-Datei speichern
staff-figures-csv-saved = CSV-Datei gespeichert
