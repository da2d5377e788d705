# Texte der Kommandozeile bk (Rust: crates/bk über crates/texts). Jede Nachricht auch in en/bk.ftl.

## Fehler eines Laufs (stderr)

bk-failure = Fehler: { $failure }
bk-failure-with-code = { $error } [{ $code }]
bk-failure-no-station = { $error } Auf der Kommandozeile: bk station select KENNUNG (oder --station KENNUNG).
bk-failure-output = Ausgabe nicht möglich: { $error }
bk-now-invalid = { $variable }=„{ $value }“ ist kein Zeitpunkt nach RFC 3339.

## Wartenummern (bk tickets)

bk-tickets-none-today = Noch keine Wartenummern am { $day } für { $station }.
bk-tickets-today = Wartenummern am { $day } für { $station }: { $count }
# Spaltenköpfe der Liste; die Spaltenbreiten legt bk fest.
bk-tickets-col-number = Nummer
bk-tickets-col-id = Kennung
bk-tickets-col-status = Status
bk-tickets-col-desk = Schalter
bk-tickets-col-drawn = gezogen
bk-tickets-col-called = aufgerufen
bk-tickets-col-finished = fertig
bk-tickets-drawn = Wartenummer { $label } für „{ $kind }“ gezogen ({ $station }, { $day }, { $time } Uhr).
bk-tickets-window = Bitte zwischen { $from } und { $to } Uhr wiederkommen.
bk-tickets-printed = Der Bon wurde gedruckt.
# $minutes: eine Zahl, oder „none“, solange die Station geschlossen ist.
bk-tickets-wait =
    Voraussichtliche Wartezeit: { $minutes ->
        [none] keine Angabe (die Station ist gerade geschlossen)
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
bk-tickets-called = Aufgerufen: { $label } an Schalter { $desk } (Kennung { $id }).
bk-tickets-nobody-waiting = Niemand wartet auf Schalter { $desk }.
# $status: der Status der Wartenummer, z. B. „bedient“.
bk-tickets-marked = { $label } ist jetzt { $status }.

## Schalter (bk desks) und Bondrucker (bk printer)

# $kinds: die Namen der Arten, mit Komma verbunden.
bk-desks-line = Schalter { $desk }: { $kinds }
bk-printer-none = Kein Bondrucker eingerichtet: Wartenummern erscheinen nur am Bildschirm.
bk-printer-address = Bondrucker: { $address }
bk-printer-trouble = Letztes Problem: { $message }
bk-printer-ready = Der Bondrucker ist bereit.
bk-printer-no-answer = Der Bondrucker ist erreichbar, antwortet aber nicht auf Statusabfragen (Papier unbekannt). Gedruckt wird trotzdem.
bk-printer-test-printed = Ein Testbon wurde gedruckt.

## Stationen (bk station)

bk-stations-note-today = heute
bk-stations-note-selected = ausgewählt
# $notes: die Hinweise (heute, ausgewählt), oder „none“.
bk-stations-line =
    { $name } ({ $open }–{ $close } Uhr; { $days }){ $notes ->
        [none] {""}
       *[other] {" "}– { $notes }
    }
bk-stations-selected = Ausgewählt: { $name } ({ $address }).

## Anliegen (bk request)

bk-requests-field-form = „{ $text }“ hat nicht die Form NAME=WERT
bk-requests-field-twice = Das Feld „{ $name }“ ist mehrfach angegeben.
bk-requests-saved = Anliegen gespeichert. Vorgangsnummer: { $reference }
bk-requests-sealed = Die Angaben sind für die Zentrale verschlüsselt und werden bei der nächsten Synchronisation übertragen.
bk-requests-upload = Unterlagen reicht die Person über diesen Link nach (gültig bis { $until }): { $url }
bk-requests-pay-online = Online bezahlt die Person über diesen Link (gültig bis { $until }): { $url }
bk-requests-unknown-reference = Ein Anliegen mit der Vorgangsnummer { $reference } gibt es auf dieser Station nicht.
bk-requests-fee = Gebühr: { $amount }. Bitte überweisen an { $recipient }, IBAN { $iban }, BIC { $bic }, Verwendungszweck „{ $remittance }“.
bk-requests-field-required = Pflicht
bk-requests-field-voluntary = freiwillig
# $options: die festen Auswahlwerte, oder „none“.
bk-requests-field-limits =
    höchstens { $max } Zeichen{ $options ->
        [none] {""}
       *[other] , Auswahl: { $options }
    }
bk-requests-one-of = mindestens eines von: { $fields }
bk-requests-none = Noch keine Anliegen erfasst.
bk-appointments-office = Freie Termine im { $office }:
bk-appointments-none = In den nächsten vier Wochen ist kein Termin frei.
bk-appointments-booked = Termin gebucht: { $time } im { $office }, Terminnummer { $number }. Die Bestätigung kommt per E-Mail. Vorgangsnummer: { $reference }
bk-appointments-queued = Die Zentrale ist nicht erreichbar. Der Terminwunsch ist gespeichert (Vorgangsnummer { $reference }) und wird bei der nächsten Synchronisation übertragen; das Bürgerservicecenter meldet sich.
bk-appointments-time-form = „{ $text }“ ist keine Zeit der Form JJJJ-MM-TT HH:MM (Ortszeit, wie „bk appointment times“ sie zeigt)
bk-day-appointments = Termine, gebucht am { $day }:
bk-day-fees = Gebühren, angefordert am { $day }:
bk-day-none = keine
bk-day-booked = → { $time }, { $office }, Terminnummer { $number }
bk-day-wish = → Terminwunsch: wird gebucht, sobald die Zentrale ihn hat
bk-day-paid = bezahlt (Kasse), erfasst { $time }
bk-day-paid-online = online bezahlt { $time }
bk-day-unpaid = noch kein Zahlungseingang gemeldet
bk-day-calls = Videogespräche, begonnen am { $day }:
bk-call-opened = Videogespräch { $id } angefragt. Link für das Handy der Bürgerin oder des Bürgers: { $url }
bk-call-waiting = wartet auf den Bürgerservice
bk-call-answered = im Gespräch mit dem Bürgerservice
bk-call-ended = beendet

## Verbindung zur Zentrale (bk enroll, bk sync, bk export)

bk-sync-enrolled = Station als „{ $name }“ bei { $url } angemeldet (Kennung { $id }).
bk-sync-enrolled-sealed = Anliegen werden ab jetzt für die Zentrale verschlüsselt angenommen.
bk-sync-progress = … { $acknowledged } übertragen, { $rejected } abgewiesen, { $pending } warten noch
# $version: die übernommene Version der Konfiguration, oder „none“.
bk-sync-finished =
    Synchronisation beendet: { $acknowledged } übertragen, { $rejected } abgewiesen{ $version ->
        [none] {""}
       *[other] , Konfiguration Version { $version } übernommen
    }.
# Beschriftungen von bk sync --status; die Spaltenbreite legt bk fest.
bk-sync-label-central = Zentrale:
bk-sync-label-pending = Warten auf Übertragung:
bk-sync-label-rejected = Abgewiesen:
bk-sync-label-acknowledged = Übertragen:
bk-sync-label-last-success = Zuletzt erfolgreich:
bk-sync-label-last-error = Letzter Fehler:
bk-sync-not-enrolled = nicht angemeldet (bk enroll ADRESSE CODE)
bk-sync-never = noch nie
bk-sync-last-error = { $at } – { $message }
bk-sync-dead-letter = abgewiesen: { $id } ({ $topic }, { $created }): { $reason } – { $message }
bk-sync-requeued =
    { $count ->
        [0] Keine abgewiesenen Einträge zum erneuten Senden.
        [one] { $count } abgewiesener Eintrag wird erneut gesendet.
       *[other] { $count } abgewiesene Einträge werden erneut gesendet.
    }
bk-sync-exported =
    { $count ->
        [one] { $count } Eintrag signiert nach { $file } geschrieben. Auf dem Rechner der Zentrale: bk-central import DATEI
       *[other] { $count } Einträge signiert nach { $file } geschrieben. Auf dem Rechner der Zentrale: bk-central import DATEI
    }

## Mitarbeiter-PIN (bk staff set-pin)

bk-staff-pin-new = Neue Mitarbeiter-PIN (6 bis 12 Ziffern)
bk-staff-pin-repeat = Dieselbe PIN noch einmal
bk-staff-pin-mismatch = Die beiden Eingaben stimmen nicht überein. Die Mitarbeiter-PIN bleibt, wie sie war.
bk-staff-pin-input-missing = Eingabe fehlt: { $what }. Die Mitarbeiter-PIN bleibt, wie sie war.
bk-staff-pin-set = Die Mitarbeiter-PIN ist gesetzt. Am Kiosk öffnet sie den Mitarbeiterbereich (fünfmal in die linke obere Ecke tippen).
bk-staff-pin-replaced = Die Mitarbeiter-PIN ist ersetzt; falsche Versuche und Sperre sind zurückgesetzt.

## Datenbank (bk db status)

# Beschriftungen; die Spaltenbreite legt bk fest.
bk-db-label-path = Datenbank:
bk-db-label-schema = Schemaversion:
bk-db-label-integrity = Integrität:
bk-db-schema-version = { $version } (dieses Programm kennt bis { $known })
bk-db-integrity-ok = in Ordnung
bk-db-integrity-failed = FEHLER – { $findings }
bk-db-integrity-refused = Die Integritätsprüfung hat Fehler gefunden. Bitte die IT verständigen.

## Hilfe (bk --help)

# Wie clap sie zeigt: ohne Punkt am Ende des Textes. Die Platzhalter (VERZEICHNIS,
# SEKUNDEN, NAME=WERT) setzt bk selbst.
bk-help-about = Bürgerkoffer: Wartenummern, Station des Tages und Datenbank auf der Kommandozeile
bk-help-data-dir = Verzeichnis der Stationsdatenbank (station.sqlite). Ohne Angabe: das Datenverzeichnis des Betriebssystems, z. B. ~/.local/share/buergerkoffer
bk-help-assets = Verzeichnis mit stations.json und services.json. Ohne Angabe: der eingebaute Katalog und Stationsplan (wie am Kiosk)
# Die Überschriften der Befehlsgruppen; clap zeigt an ihrer Stelle den Text des Befehls (bk-help-tickets usw.).
# Für alle Befehle mit --json (außer bk eid status).
bk-help-json = Ausgabe als JSON
# --station bei bk tickets today, draw und call-next.
bk-help-station-arg = Station (Kennung aus dem Stationsplan)
bk-help-tickets = Wartenummern des Tages
bk-help-tickets-today = Alle Wartenummern von heute anzeigen
bk-help-tickets-draw = Eine neue Wartenummer ziehen
bk-help-tickets-call-next = Die nächste wartende Nummer aufrufen
bk-help-tickets-kind = Art des Anliegens
bk-help-tickets-desk = Der Schalter, der aufruft (1–4)
bk-help-staff = Die Mitarbeiter-PIN, die am Kiosk den Mitarbeiterbereich öffnet
bk-help-staff-set-pin = Die Mitarbeiter-PIN setzen (zweimal eingeben, ohne Anzeige; ohne Terminal zwei Zeilen auf stdin)
bk-help-staff-set-pin-replace = Eine gesetzte PIN ersetzen (falsche Versuche und Sperre beginnen von vorn)
bk-help-desks = Schalter und die Arten von Anliegen, die sie bedienen
bk-help-desks-show = Die Schalter anzeigen
bk-help-desks-set = Die Schalter einrichten, Schalter 1 zuerst (z. B. „bk desks set eid,advice request“)
bk-help-desks-set-kinds = Die Arten je Schalter: eid, advice, request mit Komma verbunden, oder all
bk-help-printer = Der Bondrucker für Wartenummern
bk-help-printer-show = Bondrucker und sein letztes Problem anzeigen
bk-help-printer-set = Den Bondrucker einrichten
bk-help-printer-set-address = IP-Adresse (Port 9100), IP:PORT oder eine Gerätedatei wie /dev/usb/lp0
bk-help-printer-remove = Den Bondrucker entfernen (Wartenummern nur am Bildschirm)
bk-help-printer-check = Den Bondrucker nach Papier und Zustand fragen
bk-help-printer-test = Einen Testbon drucken
bk-help-tickets-mark = Eine Wartenummer als bedient oder gegangen markieren
bk-help-tickets-mark-id = Kennung der Wartenummer (Spalte „Kennung“ in `bk tickets today`)
bk-help-tickets-mark-outcome = Neuer Status
bk-help-outcome-served = Bedient
bk-help-outcome-gone = Gegangen oder nicht erschienen
bk-help-db = Zustand der Stationsdatenbank
bk-help-db-status = Pfad, Schemaversion und vollständige Integritätsprüfung anzeigen
bk-help-station = Stationsplan und Station des Tages
bk-help-station-list = Alle Stationen des Plans anzeigen
bk-help-station-select = Die Station auswählen, an der dieser Laptop steht
bk-help-station-select-id = Kennung der Station, z. B. stern-center
bk-help-eid = Ausweis: Kartenleser, Kartenzustand, PIN ändern, fortsetzen, entsperren
bk-help-eid-readers = Kartenleser und was auf ihnen liegt anzeigen
bk-help-eid-status = Zustand der Karte: Art, PIN-Versuche, ausgesetzt, gesperrt, ausgeschaltet
bk-help-eid-status-json = Ausgabe als JSON (card, pin_tries_left, state …)
bk-help-eid-change-pin = PIN ändern: erst aktuelle PIN, dann neue PIN
bk-help-eid-change-pin-transport = Die aktuelle PIN ist die 5-stellige Transport-PIN aus dem Brief
bk-help-eid-resume = Ausgesetzte PIN fortsetzen: erst CAN, dann PIN
bk-help-eid-unblock = Gesperrte PIN mit der PUK entsperren
bk-help-eid-check-pin = Prüfen, ob eine PIN gilt (eine PIN, die nicht gilt, kostet einen Versuch)
bk-help-eid-reader = Kartenleser (Name wie in `bk eid readers`). Ohne Angabe: der eine Leser mit Ausweis
bk-help-eid-recheck-seconds = Wird die Karte nach dem Senden der Änderung entfernt: so lange auf sie warten und dann prüfen, ob die Änderung wirkte (0: nicht warten)
bk-help-request = Anliegen von Bürgerinnen und Bürgern erfassen, Themen, Zahlen
bk-help-request-add = Ein Anliegen für eine Bürgerin oder einen Bürger erfassen
bk-help-request-add-topic = Thema: rueckruf, termin, frage, ummeldung oder meldebescheinigung
bk-help-request-add-field = Ein Feld als NAME=WERT, z. B. --field name="Erika Mustermann" (mehrfach)
bk-help-request-add-consent = Die Person hat den Datenschutzhinweisen zugestimmt (Pflicht)
bk-help-request-add-lang = Sprache der Person (de, en, …), damit die Antwort in ihr kommt
bk-help-request-upload-link = Den Link zum Nachreichen von Unterlagen für ein Anliegen noch einmal ausgeben
bk-help-request-upload-link-reference = Die Vorgangsnummer des Anliegens, BK-XXXX-XXXX
bk-help-request-topics = Die Themen und ihre Felder anzeigen
bk-help-appointment = Termine im Bürgerservicecenter: freie Zeiten und Buchung über die Zentrale
bk-help-appointment-times = Die freien Termine einer Dienstleistung anzeigen
bk-help-appointment-book = Einen freien Termin für eine Bürgerin oder einen Bürger buchen (Felder name, email, phone)
bk-help-appointment-service = Kennung der Dienstleistung im Katalog, z. B. neue-pin-buergerservice
bk-help-appointment-time = Die Zeit, wie „bk appointment times“ sie zeigt (JJJJ-MM-TT HH:MM, Ortszeit)
bk-help-day = Die an einem Tag hier gebuchten Termine, angeforderten Gebühren und Videogespräche
bk-help-day-date = Der Tag (JJJJ-MM-TT); ohne: heute
bk-help-call = Videogespräch mit dem Bürgerservice (über die Zentrale)
bk-help-call-open = Ein Videogespräch anfragen und den Link für das Handy ausgeben
bk-help-call-status = Zeigen, wie ein Videogespräch steht
bk-help-enroll = Die Station mit dem Einmalcode der IT bei der Zentrale anmelden
bk-help-enroll-url = Adresse der Zentrale, z. B. https://zentrale.example
bk-help-enroll-code = Einmaliger Anmeldecode aus „bk-central station add“
bk-help-sync = Einmal synchronisieren (alles übertragen, Konfiguration holen) oder den Stand zeigen
bk-help-sync-status = Nur den Stand zeigen, nichts übertragen
bk-help-sync-batch = Höchstens so viele Einträge je Übertragung (1–500)
bk-help-sync-retry-dead = Abgewiesene Einträge wieder zur Übertragung vorsehen (und mit dieser Runde senden)
bk-help-export = Alle noch nicht übertragenen Einträge signiert in eine Datei schreiben (USB-Stick)
bk-help-export-file = Zieldatei, z. B. /media/usb/station.bkx
bk-help-export-include-dead = Auch die abgewiesenen Einträge in die Datei schreiben

## bk report

bk-help-report = Kennzahlen der Station für einen Zeitraum (Besucher, Wartezeiten, PIN-Vorgänge, Anliegen, QR-Codes)
bk-help-report-from = Erster Tag (JJJJ-MM-TT); ohne Angabe heute
bk-help-report-to = Letzter Tag, eingeschlossen (JJJJ-MM-TT); ohne Angabe heute
bk-help-report-station = Nur dieser Ort des Stationsplans (seine Kennung)
bk-help-report-csv = Als CSV ausgeben (Semikolon-getrennt, für Tabellenkalkulationen)
bk-report-heading = Kennzahlen vom { $from } bis { $to }
bk-report-heading-place = Kennzahlen vom { $from } bis { $to } – Ort { $station }
bk-report-day = Tag { $day }:
bk-report-visitors = Besucher: { $visitors } · aufgerufen: { $called } · bedient: { $served } · gegangen: { $gone }
bk-report-wait = Wartezeit (gezogen bis aufgerufen): Median { $median } Min., 90. Perzentil { $p90 } Min.
bk-report-service = Bedienzeit (aufgerufen bis erledigt): Median { $median } Min., 90. Perzentil { $p90 } Min.
bk-report-places = Orte: { $places }
bk-report-pin = PIN-Vorgänge (erfolgreich / ohne Ergebnis / verwiesen):
bk-report-pin-row = {"  "}{ $flow }: { $changed } / { $failed } / { $referred }
bk-report-requests = Anliegen nach Thema:
bk-report-qr = Gezeigte QR-Codes der Online-Dienste:
bk-report-none = {"  "}keine
