# Texte des Kiosks für Bürgerinnen und Bürger, Deutsch: Kopf, Startseite, Online-Dienste, Tastaturen, Wartenummer, Fehler.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Kopf

app-title = Bürgerservice Potsdam – mobil
header-kopfzeile = Ein Angebot der öffentlichen Verwaltung
nav-back = Zurück
nav-restart = Neu beginnen

## Startseite (wird in jeder Sprache gezeigt)

language-name = Deutsch
start-title = Willkommen
start-choose = Bitte wählen Sie Ihre Sprache.

## Sprache und Darstellung (auf jeder Seite)

language-switch-label = Sprache wählen
modes-label = Darstellung
mode-contrast = Hoher Kontrast
mode-large-text = Große Schrift
# Nur in Leichter Sprache zu sehen; in den anderen Sprachen trotzdem übersetzt.
language-easy-review = Diese Texte in Leichter Sprache werden noch von Prüf-Lesern geprüft.

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
keyboard-other-letters = Andere Schrift
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

## Ziffern in der PIN-Anzeige (für Screenreader)

pin-digits =
    { $count ->
        [0] Keine Ziffer eingegeben
        [one] 1 Ziffer eingegeben
       *[other] { $count } Ziffern eingegeben
    }

## Fehler: error-<code> zu den Codes der Tauri-Befehle (docs/ipc.md)

error-title = Das hat nicht geklappt
error-generic = Bitte versuchen Sie es noch einmal. Wenn es wieder nicht klappt, sprechen Sie bitte unsere Mitarbeiterinnen und Mitarbeiter an.
error-no_station_selected = Heute ist noch keine Station gewählt. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-unknown_service = Diesen Dienst gibt es nicht mehr. Bitte wählen Sie einen anderen.
error-kind_not_served = Für dieses Anliegen gibt es heute keinen Schalter. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-not_enrolled = Anliegen können an dieser Station gerade nicht angenommen werden. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-database = Die Daten konnten nicht gelesen oder gespeichert werden. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-store_unavailable = Die Station kann gerade keine Daten speichern. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
