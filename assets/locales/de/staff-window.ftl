# Texte des Mitarbeiterfensters, der Aufrufanzeige und des Mitarbeiter-PIN-Dialogs am Kiosk, Deutsch.
# Nur Deutsch und Englisch: Jede Nachricht muss es auch in en/staff-window.ftl geben (npm test prüft das).

## Mitarbeiter-PIN am Kiosk

staff-pin-unlock-title = Mitarbeiterbereich öffnen
staff-pin-enter = Bitte geben Sie die Mitarbeiter-PIN ein.
staff-pin-too-short = Die PIN hat mindestens { $min } Ziffern.
staff-pin-submit = Bestätigen
staff-pin-unset-title = Noch keine Mitarbeiter-PIN
staff-pin-unset-text = Für diese Station ist noch keine Mitarbeiter-PIN gesetzt. Die IT setzt sie am Gerät (nicht hier am Bildschirm) mit diesem Befehl:
staff-pin-close = Schließen
staff-pin-cancel = Abbrechen

## Mitarbeiterbereich

staff-title = Mitarbeiterbereich
staff-station-none = Keine Station gewählt
staff-lock = Sperren
staff-quit = Kiosk beenden
staff-quit-question = Der Bildschirm für Bürgerinnen und Bürger schließt sich, bis der Kiosk wieder gestartet wird. Jetzt beenden?
staff-quit-confirm = Ja, Kiosk beenden
staff-quit-cancel = Abbrechen
staff-tickets-title = Wartenummern heute
staff-call-next = Nächste Nummer aufrufen
staff-waiting-count =
    { $count ->
        [0] Niemand wartet
        [one] 1 Person wartet
       *[other] { $count } Personen warten
    }
staff-called = Aufgerufen:
staff-called-desk = an Schalter { $desk }
staff-desk-label = Mein Schalter
staff-desk-option = Schalter { $desk }
staff-nobody-waiting = Es wartet gerade niemand.
staff-tickets-empty = Heute wurden noch keine Nummern gezogen.
staff-ticket-number = Nummer
staff-ticket-status = Status
staff-ticket-kind = Anliegen
staff-ticket-desk = Schalter
staff-ticket-window = Zeitfenster
staff-ticket-drawn = Gezogen
staff-ticket-called = Aufgerufen
staff-ticket-actions = Aktionen
staff-status-waiting = Wartet
staff-status-called = Aufgerufen
staff-status-served = Bedient
staff-status-gone = Nicht erschienen
staff-mark-served = Bedient
staff-mark-served-label = Nummer { $label } wurde bedient
staff-mark-gone = Nicht erschienen
staff-mark-gone-label = Nummer { $label } ist nicht erschienen
staff-desks-title = Schalter
staff-desks-intro = Welcher Schalter nimmt welche Anliegen an? Am Kiosk wählen die Bürgerinnen und Bürger ihr Anliegen; nur Anliegen, die ein Schalter annimmt, werden angeboten.
staff-desks-count = Anzahl der Schalter
staff-desks-desk = Schalter { $desk }
staff-desks-save = Schalter speichern
staff-desks-saved = Die Schalter sind gespeichert.
staff-display-open = Aufrufanzeige öffnen
staff-display-hint = Die Aufrufanzeige erscheint auf einem zweiten Bildschirm, wenn einer angeschlossen ist. Dort ertönen auch Gong und Ansage.
staff-printer-title = Bondrucker
staff-printer-address = Adresse des Druckers
staff-printer-hint = IP-Adresse (z. B. 192.168.1.50 oder 192.168.1.50:9100) oder Gerätedatei (z. B. /dev/usb/lp0). Leer lassen, wenn es keinen Drucker gibt.
staff-printer-save = Drucker speichern
staff-printer-check = Drucker prüfen
staff-printer-test = Testbon drucken
staff-printer-none = Kein Bondrucker eingerichtet: Wartenummern erscheinen nur am Bildschirm.
staff-printer-ready = Der Bondrucker ist eingerichtet: { $address }
staff-printer-ok = Der Bondrucker ist bereit.
staff-printer-no-answer = Der Bondrucker ist erreichbar, antwortet aber nicht auf Statusabfragen; ob Papier da ist, ist unbekannt. Gedruckt wird trotzdem.
staff-printer-test-done = Der Testbon wurde gedruckt.
staff-printer-trouble-title = Problem mit dem Bondrucker
staff-printer-trouble-link = Der Kiosk zeigt Wartenummern nur am Bildschirm. Zum Bondrucker
# $time: HH:MM; $message: die Meldung des Druckers (error-printer-…).
staff-printer-trouble = Seit { $time } Uhr: { $message } Der Kiosk zeigt Wartenummern so lange nur am Bildschirm.
staff-stations-title = Station wählen
staff-stations-empty = Es gibt keinen Einsatzplan.
staff-stations-today = Heute
staff-stations-hours = { $open } bis { $close } Uhr
staff-stations-next = Nächster Einsatz: { $day }
staff-stations-past = Kein weiterer Einsatz geplant
staff-stations-select = Diese Station wählen
staff-stations-select-label = Diese Station wählen: { $name }
staff-stations-selected = Ausgewählt
staff-footer-schema = Datenbankschema: Version { $version }
staff-footer-database = Datenbank: { $path }

## Fehler: error-<code> zu den Codes der Tauri-Befehle (docs/ipc.md)

error-staff_pin_wrong =
    Die PIN ist falsch. { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
error-staff_locked = Zu viele falsche Versuche. Bitte warten Sie { $secondsLeft } Sekunden.
error-staff_pin_rejected = Die PIN muss aus 6 bis 12 Ziffern bestehen und darf nicht zu einfach sein (nicht 000000, nicht 123456).
error-staff_pin_already_set = Es ist bereits eine Mitarbeiter-PIN festgelegt.
error-staff_pin_not_set = Es ist noch keine Mitarbeiter-PIN festgelegt.
error-ticket_not_found = Diese Wartenummer wurde nicht gefunden.
error-ticket_transition = Diese Wartenummer wurde schon abgeschlossen.
error-unknown_desk = Diesen Schalter gibt es nicht. Bitte unter „Schalter“ die Einrichtung prüfen.
error-desks_invalid = Die Schalter wurden nicht gespeichert: Jeder Schalter braucht mindestens ein Anliegen.
error-printer_address_invalid = Das ist keine Druckeradresse. Möglich: eine IP-Adresse wie 192.168.1.50 (auch mit :9100) oder eine Gerätedatei wie /dev/usb/lp0.
error-printer_not_set_up = Es ist kein Bondrucker eingerichtet.
error-printer_render = Die Wartenummer konnte nicht für den Drucker aufbereitet werden. Bitte die IT verständigen.
error-printer_paper_out = Der Bondrucker hat kein Papier mehr. Bitte eine neue Rolle einlegen.
error-printer_offline = Der Bondrucker ist nicht bereit (Deckel offen oder Störung). Bitte den Drucker prüfen.
error-printer_unreachable = Der Bondrucker antwortet nicht. Bitte Kabel, Strom und Adresse prüfen.

## Aufrufanzeige (display.html)

display-title = Aufrufanzeige
display-now = Aufgerufen
display-desk = Schalter { $desk }
display-call = Nummer { $label } bitte zu Schalter { $desk }
display-earlier = Zuvor aufgerufen
display-none = Noch wurde keine Nummer aufgerufen.
display-waiting = Wartende
display-waiting-kind =
    { $count ->
        [0] niemand
        [one] 1 Person
       *[other] { $count } Personen
    }
display-no-station = Heute ist noch keine Station gewählt.
display-hint = Bitte halten Sie Ihren Bon bereit.

## Mitarbeiterbereich: Online-Ausweis

staff-eid-title = Online-Ausweis am Kiosk
staff-eid-reader = Lesegerät
staff-eid-reader-none = Kein Lesegerät angeschlossen
staff-eid-card = Karte
staff-eid-card-none = Keine Karte aufgelegt
staff-eid-card-eid = Ausweis mit Online-Funktion aufgelegt
staff-eid-card-other = Andere Karte aufgelegt
staff-eid-busy = Der Kiosk spricht gerade mit der Karte.
staff-eid-today = Heute
staff-eid-changed = PIN-Änderungen erfolgreich
staff-eid-failed = PIN-Änderungen fehlgeschlagen
staff-eid-referred = An Mitarbeitende verwiesen
staff-eid-help-title = Eine Person am Kiosk braucht Hilfe
staff-eid-help-at = Seit { $time } Uhr
staff-eid-help-reason-puk_used_up = PUK verbraucht – neue PIN nur im Bürgeramt
staff-eid-help-reason-pin_forgotten = PIN vergessen – neue PIN im Bürgeramt (Termin)
staff-eid-help-reason-deactivated = Online-Ausweisfunktion ausgeschaltet
staff-eid-help-reason-other = Bittet um Hilfe
staff-eid-help-done = Erledigt
staff-eid-help-done-label = Hilfe erledigt: { $reason }, seit { $time } Uhr

## Mitarbeiterbereich: Anliegen erfassen

staff-request-title = Anliegen für Bürger*in erfassen
staff-request-topic = Thema
staff-request-consent = Die Person hat die Datenschutzhinweise gelesen (oder vorgelesen bekommen) und ist einverstanden.
staff-request-submit = Anliegen speichern
staff-request-saving = Wird gespeichert …
staff-request-saved-title = Anliegen gespeichert
staff-request-saved = Vorgangsnummer: { $reference }. Bitte geben Sie der Person die Nummer.
staff-request-fee = Gebühr { $amount }: Bitte überweisen an { $recipient }, IBAN { $iban }, BIC { $bic }, Verwendungszweck „{ $remittance }“.
staff-request-pay-online = Online bezahlt die Person über diesen Link (gültig bis { $until }):
staff-request-upload = Unterlagen reicht die Person mit dem Handy über diesen QR-Code oder Link nach (gültig bis { $until }):
staff-request-upload-qr = QR-Code zum Hochladen von Unterlagen für Vorgang { $reference }
staff-request-new = Neues Anliegen

## Mitarbeiterbereich: Synchronisation

staff-sync-title = Synchronisation mit dem Rathaus
staff-sync-enrolled = Station ist angemeldet
staff-sync-not-enrolled = Station ist noch nicht angemeldet – bitte die IT ansprechen
staff-sync-central = Zentrale: { $url }
staff-sync-pending = Warten auf Übertragung
staff-sync-dead-letter = Abgewiesen (bitte prüfen)
staff-sync-acknowledged = Übertragen
staff-sync-last-success = Zuletzt erfolgreich
staff-sync-never = Noch nie
staff-sync-last-error-title = Letzte Synchronisation fehlgeschlagen
staff-sync-last-error = Am { $time }: { $message }
staff-sync-running = Synchronisation läuft …
staff-sync-now = Jetzt synchronisieren
staff-sync-done = Synchronisation beendet.
staff-sync-retry-dead = Abgewiesene erneut senden
staff-sync-retry-dead-hint = Erst nachdem die IT die Ursache behoben hat: Die abgewiesenen Einträge gehen zurück in den Ausgang und werden gleich erneut gesendet.

## Heute gebucht und bestellt

staff-day-title = Heute gebucht und bestellt
staff-day-appointments = Termine, die Bürgerinnen und Bürger heute hier gebucht haben
staff-day-appointments-none = Heute wurde hier noch kein Termin gebucht.
staff-day-reference = Vorgangsnummer
staff-day-booked-at = Gebucht um
staff-day-service = Leistung
staff-day-appointment = Termin
staff-day-number = Terminnummer
staff-day-wish = Terminwunsch: wird gebucht, sobald die Zentrale ihn hat
staff-day-fees = Gebühren, die heute hier angefordert wurden
staff-day-fees-none = Heute wurde hier noch keine Gebühr angefordert.
staff-day-fees-hint = Bezahlt wird per Überweisung oder online mit dem Handy. Was die Kasse erfasst oder die Bezahlplattform gemeldet hat, kommt mit der nächsten Synchronisation hierher.
staff-day-recorded-at = Angefordert um
staff-day-amount = Betrag
staff-day-paid = Bezahlt
staff-day-paid-office = bei der Kasse erfasst, { $time }
staff-day-paid-online = online bezahlt, { $time }
staff-day-unpaid = noch kein Zahlungseingang gemeldet
staff-day-calls = Videogespräche, die heute hier begonnen wurden
staff-day-calls-none = Heute wurde hier noch kein Videogespräch begonnen.
staff-day-started-at = Begonnen um
staff-day-language = Sprache am Kiosk
staff-day-call-state = Stand
staff-day-call-waiting = wartet auf den Bürgerservice
staff-day-call-answered = im Gespräch mit dem Bürgerservice
staff-day-call-ended = beendet

## Videogespräch für Bürger*in

staff-video-title = Videogespräch für Bürger*in
staff-video-intro = Eine Person an der Station möchte mit dem Bürgerservice per Video sprechen: Das Gespräch läuft auf ihrem Handy. Wählen Sie ihre Sprache und lassen Sie sie den QR-Code scannen.
staff-video-lang = Sprache der Person
staff-video-open = Videogespräch beginnen
staff-video-opening = Wird vorbereitet …
staff-video-qr = QR-Code: Link zum Videogespräch für das Handy der Person
staff-video-link = Der Link gilt nur für dieses Gespräch:
staff-video-another = Weiteres Gespräch beginnen
