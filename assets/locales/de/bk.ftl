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
bk-tickets-col-drawn = gezogen
bk-tickets-col-called = aufgerufen
bk-tickets-col-finished = fertig
bk-tickets-drawn = Wartenummer { $label } gezogen ({ $station }, { $day }, { $time } Uhr).
# $minutes: eine Zahl, oder „none“, solange die Station geschlossen ist.
bk-tickets-wait =
    Voraussichtliche Wartezeit: { $minutes ->
        [none] keine Angabe (die Station ist gerade geschlossen)
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
bk-tickets-called = Aufgerufen: { $label } (Kennung { $id }).
bk-tickets-nobody-waiting = Niemand wartet.
# $status: der Status der Wartenummer, z. B. „bedient“.
bk-tickets-marked = { $label } ist jetzt { $status }.

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
bk-sync-exported =
    { $count ->
        [one] { $count } Eintrag signiert nach { $file } geschrieben. Auf dem Rechner der Zentrale: bk-central import DATEI
       *[other] { $count } Einträge signiert nach { $file } geschrieben. Auf dem Rechner der Zentrale: bk-central import DATEI
    }

## Datenbank (bk db status)

# Beschriftungen; die Spaltenbreite legt bk fest.
bk-db-label-path = Datenbank:
bk-db-label-schema = Schemaversion:
bk-db-label-integrity = Integrität:
bk-db-schema-version = { $version } (dieses Programm kennt bis { $known })
bk-db-integrity-ok = in Ordnung
bk-db-integrity-failed = FEHLER – { $findings }
bk-db-integrity-refused = Die Integritätsprüfung hat Fehler gefunden. Bitte die IT verständigen.
