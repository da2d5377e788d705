# Fehlermeldungen der Station und der Synchronisation für Mitarbeitende, IT und bk (Rust: crates/station über crates/texts). Jede Nachricht auch in en/errors.ftl.

## Station: error-station-<code> zu StationError::code (crates/station/src/error.rs)

error-station-no-data-dir = Kein Datenverzeichnis gefunden: Das Betriebssystem nennt kein Datenverzeichnis. Bitte die Umgebungsvariable BK_DATA_DIR auf ein beschreibbares Verzeichnis setzen.
error-station-io = Zugriff auf { $path } fehlgeschlagen: { $source }. Bitte Pfad und Zugriffsrechte prüfen.
error-station-not-a-database = Die Datei { $path } ist keine Datenbank des Bürgerkoffers ({ $detail }). Sie wurde nicht verändert. Bitte die Datei sichern und die IT verständigen; ohne sie startet die Station mit BK_DATA_DIR auf einem anderen Verzeichnis.
error-station-database-corrupt = Die Datenbank { $path } ist beschädigt (Integritätsprüfung: { $detail }). Sie wurde nicht verändert. Bitte die Datei sichern und die IT verständigen, damit sie aus einer Sicherung wiederhergestellt wird.
error-station-schema-too-new = Die Datenbank { $path } hat Schemaversion { $found }, dieses Programm kennt nur bis { $known }. Sie wurde nicht verändert. Bitte den Bürgerkoffer auf die neueste Version aktualisieren.
# $number kommt vierstellig mit führenden Nullen (0007), $name ist der Name der Migration.
error-station-migration-failed = Die Datenbankmigration { $number }_{ $name } ist fehlgeschlagen: { $source }. Die Datenbank blieb auf dem vorherigen Stand.
error-station-database = Datenbankfehler: { $source }
# $problems: alle gefundenen Probleme, mit „; “ verbunden.
error-station-asset-invalid = Die Datei { $what } ist ungültig: { $problems }
error-station-unknown-language = Die Sprache „{ $language }“ wird nicht unterstützt (möglich: de, en).
error-station-unknown-service = Die Dienstleistung „{ $service }“ ist nicht im Katalog.
error-station-unknown-category = Die Kategorie „{ $category }“ ist nicht im Katalog.
error-station-unknown-station = Die Station „{ $station }“ steht nicht im Stationsplan.
error-station-no-station-selected = Es ist keine Station ausgewählt. Bitte im Mitarbeiterbereich die Station des Tages wählen.
error-station-ticket-not-found = Die Wartenummer mit der Kennung { $id } gibt es nicht.
# $from und $to: Status der Wartenummer (ticket-status-<status>), z. B. „wartend“.
error-station-ticket-transition = Die Wartenummer { $label } ist „{ $from }“ und kann nicht auf „{ $to }“ gesetzt werden.
error-station-unknown-kind = Die Art des Anliegens „{ $kind }“ gibt es nicht (möglich: eid, advice, request).
# $kind: Name der Art (ticket-kind-<kind>), z. B. „Online-Ausweis & PIN“.
error-station-kind-not-served = Für „{ $kind }“ ist heute kein Schalter eingerichtet. Bitte im Mitarbeiterbereich die Schalter prüfen.
error-station-unknown-desk = Schalter { $desk } ist nicht eingerichtet. Bitte im Mitarbeiterbereich die Schalter prüfen.
# $reason: error-detail-desks-count oder error-detail-desk-without-kind.
error-station-desks-invalid = Die Schalter wurden nicht geändert: { $reason }
error-station-qr-too-long = Der Text ist zu lang für einen QR-Code ({ $length } Zeichen).
error-station-staff-pin-already-set = Die Mitarbeiter-PIN ist bereits festgelegt.
error-station-staff-pin-not-set = Es ist noch keine Mitarbeiter-PIN festgelegt.
# $reason: warum die PIN nicht erlaubt ist (error-detail-pin-…).
error-station-staff-pin-rejected = Diese PIN ist nicht erlaubt: { $reason }
error-station-staff-pin-wrong = Die PIN ist falsch. Noch { $tries_left } Versuch(e), dann wird für 5 Minuten gesperrt.
error-station-staff-locked = Zu viele falsche PIN-Eingaben. Gesperrt für noch { $seconds_left } Sekunden.
error-station-pin-hash = Der gespeicherte PIN-Hash ist unbrauchbar: { $detail }. Bitte die IT verständigen.
# $fields: je Feld eine Nachricht error-field, mit „; “ verbunden.
error-station-request-invalid = Das Anliegen wurde nicht gespeichert: { $fields }
error-station-consent-required = Das Anliegen wurde nicht gespeichert: Die Einwilligung in die Datenschutzhinweise fehlt.
error-station-unknown-topic = Das Thema „{ $topic }“ gibt es nicht (möglich: rueckruf, termin, frage, ummeldung, meldebescheinigung).
error-station-not-enrolled = Anliegen können noch nicht angenommen werden: Die Station ist nicht bei der Zentrale angemeldet, und ohne deren Schlüssel lassen sich die Angaben nicht verschlüsseln. Bitte die IT verständigen (Anmeldung mit „bk enroll ADRESSE CODE“).
error-station-already-enrolled = Die Station ist bereits als „{ $name }“ bei { $url } angemeldet. Eine zweite Anmeldung ist nicht vorgesehen.
error-station-disk-full = Der Speicher der Station ist voll: { $path } kann nicht wachsen. Das Anliegen wurde nicht gespeichert; alles bisher Gespeicherte ist erhalten. Bitte Speicherplatz freigeben oder die IT verständigen.
error-station-no-randomness = Das Betriebssystem liefert keine Zufallszahlen ({ $detail }). Bitte die IT verständigen.
error-station-seal-failed = Die Angaben konnten nicht verschlüsselt werden: { $source }

## Synchronisation: error-sync-<code> zu SyncError::code (crates/station/src/sync/error.rs)

error-sync-central-url-invalid = „{ $url }“ ist keine gültige Adresse der Zentrale (erwartet: https://… oder http://127.0.0.1:…).
error-sync-central-url-insecure = „{ $url }“ ist eine unverschlüsselte Adresse (http://). Die Zentrale muss mit https:// angesprochen werden; http:// ist nur für diesen Rechner selbst erlaubt (localhost, 127.0.0.1, ::1).
error-sync-central-unreachable = Die Zentrale ist nicht erreichbar ({ $detail }). Die Anliegen bleiben gespeichert und werden später übertragen.
# $code und $message: Fehlercode und Erklärung der Zentrale.
error-sync-central-refused = Die Zentrale hat die Anfrage abgelehnt (HTTP { $status }, { $code }): { $message }
# $detail: der Anfang der Antwort (z. B. die Fehlerseite eines Proxys).
error-sync-central-refused-unexplained = Die Anfrage wurde ohne Begründung der Zentrale abgelehnt (HTTP { $status }: { $detail }), vielleicht von einem Gerät auf dem Weg zur Zentrale. Die Anliegen bleiben gespeichert und werden später erneut gesendet.
error-sync-station-revoked = Die Zentrale hat diese Station gesperrt. Bitte wenden Sie sich an die IT; bis dahin bleiben alle Anliegen sicher auf der Station.
error-sync-enrolment-code-malformed = Der Anmeldecode hat nicht die richtige Form. Er besteht aus fünf Gruppen zu je vier Zeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS-TVWX; die letzten beiden Gruppen prüfen die Zentrale.
error-sync-fingerprint-mismatch = Die Schlüssel des Servers passen nicht zum Anmeldecode. Vermutlich führt die Adresse zu einem anderen Server als der Zentrale. Die Station wurde nicht angemeldet; bitte Adresse und Code bei der IT prüfen.
error-sync-central-error = Die Zentrale meldet einen Fehler (HTTP { $status }). Es wird später erneut versucht.
error-sync-central-bad-response = Die Antwort der Zentrale ist unverständlich: { $detail }
error-sync-central-bad-key = Die Zentrale hat einen unbrauchbaren Schlüssel geschickt: { $source }
error-sync-config-signature = Die Konfiguration der Zentrale wurde nicht übernommen: { $source }
error-sync-config-invalid = Die Konfiguration der Zentrale wurde nicht übernommen: { $source }

## Felder eines Anliegens: error-field-<reason> zu FieldProblem::reason (crates/station/src/requests/problems.rs)

error-field = Feld „{ $name }“ { $problem }
error-field-required = muss ausgefüllt werden
error-field-too-long = ist zu lang
error-field-email-invalid = ist keine gültige E-Mail-Adresse (z. B. name@beispiel.de)
error-field-phone-invalid = ist keine gültige Telefonnummer (nur Ziffern und Leerzeichen, am Anfang ein + erlaubt)
error-field-choice-invalid = ist keine der möglichen Auswahlen
error-field-date-invalid = ist kein gültiges Datum (JJJJ-MM-TT)
error-field-one-of-required = oder eine der anderen Kontaktangaben muss ausgefüllt werden
error-field-text-invalid = enthält Steuerzeichen
error-field-unknown-field = gibt es bei diesem Thema nicht

## Prüfung der JSON-Dateien (Dienstleistungskatalog, Stationsplan): error-detail-<was>, je ein Eintrag in $problems von error-station-asset-invalid (crates/station/src/assets.rs, catalogue/mod.rs, plan.rs)

# $line und $column: wo in der Datei; $detail: die Meldung des JSON-Lesers (englisch).
error-detail-json-structure = JSON passt nicht zum erwarteten Aufbau (Zeile { $line }, Spalte { $column }): { $detail }
# $found: die Version in der Datei, $expected: die einzige, die dieses Programm liest.
error-detail-version-unsupported = Version { $found } statt { $expected }
# $kind: category, service oder station; $id: die Kennung.
error-detail-duplicate-id =
    { $kind ->
        [category] Kategorie
        [service] Dienstleistung
       *[station] Station
    } „{ $id }“ kommt mehrfach vor
error-detail-id-invalid =
    { $kind ->
        [category] Kategorie-Kennung
        [service] Dienstleistungs-Kennung
       *[station] Stations-Kennung
    } „{ $id }“ ist nicht aus a–z, 0–9 und „-“
# $kind: category oder service; $field: name oder summary; $lang: Sprachcode (de, en).
error-detail-text-missing =
    { $kind ->
        [category] Kategorie
       *[service] Dienstleistung
    } „{ $id }“: { $field ->
        [name] Name
       *[summary] Kurzbeschreibung
    } fehlt in Sprache „{ $lang }“
error-detail-category-unknown = Dienstleistung „{ $service }“: unbekannte Kategorie „{ $category }“
error-detail-url-not-https = Dienstleistung „{ $service }“: Adresse „{ $url }“ ist keine vollständige https-Adresse
error-detail-appointment-ids = Dienstleistung „{ $service }“: Amt und Dienstleistung im Terminsystem brauchen Nummern größer als 0
error-detail-payee-name-invalid = Zahlungsempfänger „{ $name }“: Der Name muss 1 bis 70 Zeichen aus A–Z, a–z, 0–9, Leerzeichen und / - ? : ( ) . , ' + haben
error-detail-payee-iban-invalid = Zahlungsempfänger: „{ $iban }“ ist keine gültige IBAN
error-detail-payee-bic-invalid = Zahlungsempfänger: „{ $bic }“ ist keine gültige BIC (8 oder 11 Zeichen, Großbuchstaben und Ziffern)
error-detail-fee-without-payee = Dienstleistung „{ $service }“ hat eine Gebühr, aber der Katalog nennt kein Konto (payee)
error-detail-fee-amount-invalid = Dienstleistung „{ $service }“: Die Gebühr muss zwischen 1 Cent und 999.999.999,99 € liegen
error-detail-fee-remittance-invalid = Dienstleistung „{ $service }“: Verwendungszweck „{ $remittance }“ muss „{"{"}reference{"}"}“ genau einmal enthalten, mit der Vorgangsnummer höchstens { $max } Zeichen lang sein und nur A–Z, a–z, 0–9, Leerzeichen und / - ? : ( ) . , ' + enthalten
error-detail-station-name-missing = Station „{ $id }“ hat keinen Namen
error-detail-station-days-missing = Station „{ $id }“ hat keine Tage
error-detail-station-hours-invalid = Station „{ $id }“ schließt nicht nach dem Öffnen
error-detail-station-minutes-out-of-range = Station „{ $id }“: defaultServiceMinutes muss zwischen 1 und 240 liegen
error-detail-time-invalid = Uhrzeit „{ $text }“ ist nicht im Format HH:MM

## Einzelheiten in Fehlermeldungen der Station und der Synchronisation: error-detail-<was> (crates/station/src: staff_pin.rs, tickets.rs, store/open.rs, sync/enrolment.rs, sync/client.rs)

# Gründe für error-station-staff-pin-rejected ($reason).
error-detail-pin-length = Die PIN muss 6 bis 12 Ziffern haben.
error-detail-pin-not-digits = Die PIN darf nur aus Ziffern bestehen.
error-detail-pin-sequence = Die PIN ist zu leicht zu erraten (gleiche Ziffern oder eine Zahlenfolge).
error-detail-pin-pattern = Die PIN ist zu leicht zu erraten (ein wiederholtes Muster).
# Gründe für error-station-desks-invalid ($reason).
error-detail-desks-count = Es braucht 1 bis { $max } Schalter, nummeriert ab 1 ohne Lücke.
error-detail-desk-without-kind = Schalter { $desk } bedient keine Art von Anliegen.
error-detail-desks-strand = Für „{ $kinds }“ warten heute noch Menschen; ein Schalter muss dieses Anliegen weiter annehmen, bis alle aufgerufen sind.
# Ein gespeicherter Wert, den das Programm nicht lesen kann; $column: Spaltenname der Datenbank.
error-detail-unexpected-value = unerwarteter Wert „{ $value }“ in Spalte { $column }
# $mode: der Journal-Modus, den SQLite stattdessen meldet.
error-detail-wal-unavailable = WAL-Modus nicht verfügbar (Modus { $mode })
# Gründe für error-station-not-a-database ($detail).
error-detail-not-a-file = keine gewöhnliche Datei
error-detail-foreign-header = der Dateikopf ist nicht der einer SQLite-Datenbank
error-detail-file-too-short = die Datei ist zu kurz für eine SQLite-Datenbank
error-detail-foreign-database = eine SQLite-Datenbank eines anderen Programms
# Für error-station-database-corrupt ($detail); $key: hpke, central oder station.
error-detail-enrolment-key-unusable =
    gespeicherte Anmeldung: { $key ->
        [hpke] HPKE-Schlüssel
        [central] Signaturschlüssel
       *[station] Stationsschlüssel
    } unbrauchbar
# Für error-sync-central-bad-response ($detail).
error-detail-response-too-large = die Antwort ist größer als { $mib } MiB; das Lesen wurde dort abgebrochen
error-detail-not-modified = „nicht geändert“ (304) wo eine Antwort erwartet wurde

## Status einer Wartenummer: ticket-status-<status> zu tickets::Status (crates/station/src/tickets.rs), z. B. in error-station-ticket-transition und bk tickets

ticket-status-waiting = wartend
ticket-status-called = aufgerufen
ticket-status-served = bedient
ticket-status-gone = gegangen

## Anwendung und Kiosk-Fenster

error-app-ticket-id-invalid = „{ $id }“ ist keine Kennung einer Wartenummer.
error-app-ticket-outcome-invalid = „{ $outcome }“ ist kein Abschluss einer Wartenummer (möglich: served, gone).
error-app-help-request-unknown = „{ $id }“ ist kein offener Hilferuf dieser Station.
error-app-ready-file-failed = Startzeit-Datei { $path } nicht schreibbar: { $detail }
error-app-printer-not-set-up = Es ist kein Bondrucker eingerichtet (Mitarbeiterbereich oder „bk printer set ADRESSE“).
error-app-figures-period = Der Zeitraum muss mit dem Von-Tag beginnen und darf höchstens { $days } Tage umfassen.
error-app-window-failed = Fenster-Fehler: { $detail }
error-app-card-command-aborted = Kartenbefehl abgebrochen: { $detail }

## Einstellungen aus der Umgebung (BK_…)

setting-idle-not-a-number = „{ $raw }“ ist keine ganze Zahl von Sekunden.
setting-idle-out-of-range = { $seconds } s liegt nicht zwischen 10 und 86400; es gelten { $default } s.
setting-switch-invalid = „{ $raw }“ ist weder ein (1, true, yes, on) noch aus (0, false, no, off); es gilt aus.
setting-drawing-invalid = „{ $raw }“ ist weder auto noch gpu noch software; es gilt auto.

## Protokoll des Kiosks (stderr)

log-prefix = bürgerkoffer: { $text }
log-setting-ignored = bürgerkoffer: Einstellung ignoriert – { $setting }
log-start-failed = bürgerkoffer: Start fehlgeschlagen: { $detail }
log-notify-failed = bürgerkoffer: Meldung an systemd fehlgeschlagen: { $detail }
log-sync-not-started = bürgerkoffer: Synchronisation nicht gestartet – { $detail }
log-reader-watch-not-started = bürgerkoffer: Kartenleser-Überwachung startet nicht: { $detail }

## Bondrucker und Aufruf (crates/devices): error-printer-<code> zu PrinterProblem::code, error-voice-…

error-printer-paper-out = Der Bondrucker hat kein Papier mehr. Bitte eine neue Rolle einlegen; bis dahin zeigt der Kiosk die Wartenummer nur am Bildschirm.
error-printer-offline = Der Bondrucker ist nicht bereit (Deckel offen oder Störung). Bitte den Drucker prüfen; bis dahin zeigt der Kiosk die Wartenummer nur am Bildschirm.
error-printer-unreachable = Der Bondrucker { $address } ist nicht erreichbar ({ $detail }). Bitte Kabel, Strom und Adresse prüfen; bis dahin zeigt der Kiosk die Wartenummer nur am Bildschirm.
error-printer-address-invalid = „{ $address }“ ist keine Druckeradresse. Möglich: eine IP-Adresse wie 192.168.1.50 (Port 9100) oder 192.168.1.50:9100, oder eine Gerätedatei unter /dev wie /dev/usb/lp0.
error-detail-printer-not-a-device = keine Gerätedatei eines Druckers; es wurde nichts geschrieben
error-printer-render = Die Wartenummer konnte nicht für den Drucker aufbereitet werden: { $detail }
# $program: espeak-ng oder aplay.
error-voice-program = Der Aufruf konnte nicht abgespielt werden: { $program } meldet { $detail }
error-detail-program-timeout = nach { $seconds } Sekunden abgebrochen
error-voice-sound = Der Aufruf konnte nicht abgespielt werden: { $detail }
# Der Satz, den die Sprachausgabe nach dem Gong spricht; $letter: Buchstabe der Art, $number: Nummer ohne führende Nullen.
call-spoken = Nummer { $letter } { $number }, bitte zu Schalter { $desk }.
