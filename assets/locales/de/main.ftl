# Texte der Bürgerkoffer-Oberfläche (Kiosk und Mitarbeiterbereich), Deutsch.
# Jede Nachricht muss es auch in en/main.ftl geben (npm test prüft das).

## Kopf

app-title = Bürgerservice Potsdam – mobil
header-kopfzeile = Ein Angebot der öffentlichen Verwaltung
nav-back = Zurück
nav-restart = Neu beginnen

## Startseite (wird in jeder Sprache gezeigt)

language-name = Deutsch
start-title = Willkommen
start-choose = Bitte wählen Sie Ihre Sprache.

## Übersicht

home-title = Wie können wir Ihnen helfen?
tile-eid = Online-Ausweis & PIN
tile-eid-text = PIN des Personalausweises ändern oder entsperren
tile-services = Online-Dienste der Stadt
tile-services-text = Anträge finden und auf dem Handy weitermachen
tile-ticket = Wartenummer ziehen
tile-ticket-text = Wir rufen Sie auf, wenn Sie an der Reihe sind
tile-request = Anliegen hinterlassen
tile-request-text = Schreiben Sie uns, wir melden uns bei Ihnen

## Online-Dienste

services-title = Online-Dienste der Stadt
services-search-label = Dienst suchen
services-search-hint = Zum Beispiel „Wohnsitz“, „Hund“ oder „Ausweis“
services-most-asked = Am häufigsten gefragt
services-categories = Bereiche
services-category-all = Alle Bereiche
services-results-heading = Gefundene Dienste
services-count =
    { $count ->
        [0] Keine Dienste gefunden
        [one] 1 Dienst gefunden
       *[other] { $count } Dienste gefunden
    }
services-empty = Versuchen Sie ein anderes Wort oder einen anderen Bereich.
services-back-to-list = Zurück zur Liste
service-address = Adresse
service-qr-hint = Scannen Sie den QR-Code mit der Kamera Ihres Handys. Dann können Sie den Antrag dort ausfüllen.
service-qr-label = QR-Code zum Online-Dienst { $name }

## Bildschirmtastatur und Ziffernblock

keyboard-label = Bildschirmtastatur
keyboard-shift = Großbuchstabe
keyboard-space = Leerzeichen
keyboard-backspace = Letztes Zeichen löschen
keyboard-clear = Alles löschen
pin-pad-label = Ziffernblock
pin-pad-delete = Letzte Ziffer löschen

## Wartenummer

ticket-title = Wartenummer
ticket-intro = Worum geht es? Tippen Sie auf Ihr Anliegen, dann bekommen Sie eine Nummer.
ticket-kinds-label = Worum geht es?
ticket-drawing = Nummer wird gezogen …
ticket-your-number = Ihre Wartenummer
ticket-wait =
    ca. { $minutes } { $minutes ->
        [one] Minute
       *[other] Minuten
    } Wartezeit
ticket-call-hint = Bitte merken Sie sich die Nummer. Wir rufen Sie auf.
ticket-window = Bitte kommen Sie zwischen { $from } und { $to } Uhr wieder.
ticket-printed = Ihr Bon wurde gedruckt. Bitte nehmen Sie ihn mit. Wir rufen Ihre Nummer auf.
ticket-qr-label = QR-Code zur Wartenummer { $label }
ticket-qr-hint = Mit dem QR-Code haben Sie die Nummer auch auf Ihrem Handy.
ticket-done = Fertig

## Mitarbeiter-PIN am Kiosk

staff-pin-setup-title = Mitarbeiter-PIN festlegen
staff-pin-unlock-title = Mitarbeiterbereich öffnen
staff-pin-enter = Bitte geben Sie die Mitarbeiter-PIN ein.
staff-pin-new = Bitte wählen Sie eine neue Mitarbeiter-PIN mit { $min } bis { $max } Ziffern.
staff-pin-repeat = Bitte geben Sie die neue PIN noch einmal ein.
staff-pin-mismatch = Die beiden Eingaben stimmen nicht überein. Bitte beginnen Sie noch einmal.
staff-pin-too-short = Die PIN hat mindestens { $min } Ziffern.
pin-digits =
    { $count ->
        [0] Keine Ziffer eingegeben
        [one] 1 Ziffer eingegeben
       *[other] { $count } Ziffern eingegeben
    }
staff-pin-submit = Bestätigen
staff-pin-cancel = Abbrechen

## Mitarbeiterbereich

staff-title = Mitarbeiterbereich
staff-station-none = Keine Station gewählt
staff-lock = Sperren
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

error-title = Das hat nicht geklappt
error-generic = Bitte versuchen Sie es noch einmal. Wenn es wieder nicht klappt, sprechen Sie bitte unsere Mitarbeiterinnen und Mitarbeiter an.
error-staff_pin_wrong =
    Die PIN ist falsch. { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
error-staff_locked = Zu viele falsche Versuche. Bitte warten Sie { $secondsLeft } Sekunden.
error-staff_pin_rejected = Die PIN muss aus 6 bis 12 Ziffern bestehen und darf nicht zu einfach sein (nicht 000000, nicht 123456).
error-staff_pin_already_set = Es ist bereits eine Mitarbeiter-PIN festgelegt.
error-staff_pin_not_set = Es ist noch keine Mitarbeiter-PIN festgelegt.
error-no_station_selected = Heute ist noch keine Station gewählt. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-unknown_service = Diesen Dienst gibt es nicht mehr. Bitte wählen Sie einen anderen.
error-ticket_not_found = Diese Wartenummer wurde nicht gefunden.
error-ticket_transition = Diese Wartenummer wurde schon abgeschlossen.
error-kind_not_served = Für dieses Anliegen gibt es heute keinen Schalter. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-unknown_desk = Diesen Schalter gibt es nicht. Bitte unter „Schalter“ die Einrichtung prüfen.
error-desks_invalid = Die Schalter wurden nicht gespeichert: Jeder Schalter braucht mindestens ein Anliegen.
error-printer_paper_out = Der Bondrucker hat kein Papier mehr. Bitte eine neue Rolle einlegen.
error-printer_offline = Der Bondrucker ist nicht bereit (Deckel offen oder Störung). Bitte den Drucker prüfen.
error-printer_unreachable = Der Bondrucker antwortet nicht. Bitte Kabel, Strom und Adresse prüfen.
error-printer_address_invalid = Das ist keine Druckeradresse. Möglich: eine IP-Adresse wie 192.168.1.50 (auch mit :9100) oder eine Gerätedatei wie /dev/usb/lp0.
error-printer_not_set_up = Es ist kein Bondrucker eingerichtet.
error-printer_render = Die Wartenummer konnte nicht für den Drucker aufbereitet werden. Bitte die IT verständigen.
error-not_enrolled = Anliegen können an dieser Station gerade nicht angenommen werden. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-database = Die Daten konnten nicht gelesen oder gespeichert werden. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-store_unavailable = Die Station kann gerade keine Daten speichern. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.

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
