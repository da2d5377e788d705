# Texte des Kiosks für Bürgerinnen und Bürger, Leichte Sprache: Kopf, Startseite, Online-Dienste, Tastaturen, Wartenummer, Fehler.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Kopf

app-title = Bürgerservice Potsdam – mobil
header-kopfzeile = Ein Angebot von der öffentlichen Verwaltung
nav-back = Zurück
nav-restart = Neu anfangen

## Startseite (wird in jeder Sprache gezeigt)

language-name = Leichte Sprache
start-title = Willkommen
start-choose = Bitte wählen Sie Ihre Sprache.

## Sprache und Darstellung (auf jeder Seite)

language-switch-label = Sprache wählen
modes-label = Ansicht
mode-contrast = Hoher Kontrast
mode-large-text = Große Schrift
# Nur in Leichter Sprache zu sehen; in den anderen Sprachen trotzdem übersetzt.
language-easy-review = Diese Texte sind in Leichter Sprache. Prüf-Leser prüfen die Texte noch.

## Übersicht

home-title = Wie können wir Ihnen helfen?
tile-eid = Online-Ausweis und PIN
tile-eid-text = PIN ändern oder entsperren. Die PIN ist Ihre geheime Nummer.
tile-services = Online-Dienste von der Stadt
tile-services-text = Hier finden Sie Anträge. Dann machen Sie auf Ihrem Handy weiter.
tile-ticket = Warte-Nummer holen
tile-ticket-text = Sind Sie an der Reihe? Dann rufen wir Ihre Nummer auf.
tile-request = Anliegen hinterlassen
tile-request-text = Schreiben Sie uns Ihre Frage oder Ihren Wunsch. Wir melden uns bei Ihnen.

## Online-Dienste

services-title = Online-Dienste von der Stadt
services-search-label = Dienst suchen
services-search-hint = Zum Beispiel „Wohnsitz“, „Hund“ oder „Ausweis“
services-most-asked = Am meisten gefragt
services-categories = Themen
services-category-all = Alle Themen
services-results-heading = Diese Dienste haben wir gefunden
services-count =
    { $count ->
        [0] Kein Dienst gefunden
        [one] 1 Dienst gefunden
       *[other] { $count } Dienste gefunden
    }
services-empty = Versuchen Sie ein anderes Wort. Oder wählen Sie ein anderes Thema.
services-back-to-list = Zurück zur Liste
service-address = Adresse
service-qr-hint = Das Bild mit den kleinen Kästchen heißt QR-Code. Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dann können Sie den Antrag auf dem Handy ausfüllen.
service-qr-label = QR-Code für den Online-Dienst { $name }

## Bildschirmtastatur und Ziffernblock

keyboard-label = Bildschirm-Tastatur
keyboard-shift = Groß-Buchstabe
keyboard-space = Leer-Zeichen
keyboard-backspace = Letztes Zeichen löschen
keyboard-clear = Alles löschen
keyboard-other-letters = Andere Buchstaben
pin-pad-label = Zahlen-Tasten
pin-pad-delete = Letzte Zahl löschen

## Wartenummer

ticket-title = Warte-Nummer
ticket-intro = Worum geht es bei Ihnen? Tippen Sie auf Ihr Thema. Dann bekommen Sie eine Nummer.
ticket-kinds-label = Worum geht es?
ticket-drawing = Ihre Nummer kommt gleich …
ticket-your-number = Ihre Warte-Nummer
ticket-wait =
    Sie warten ungefähr { $minutes } { $minutes ->
        [one] Minute
       *[other] Minuten
    }.
ticket-call-hint = Bitte merken Sie sich die Nummer. Wir rufen Sie auf.
ticket-window = Bitte kommen Sie zwischen { $from } Uhr und { $to } Uhr wieder.
ticket-printed = Der Drucker hat Ihren Zettel gedruckt. Bitte nehmen Sie den Zettel mit. Wir rufen Ihre Nummer auf.
ticket-qr-label = QR-Code für die Warte-Nummer { $label }
ticket-qr-hint = Mit dem QR-Code haben Sie die Nummer auch auf Ihrem Handy.
ticket-done = Fertig

## Ziffern in der PIN-Anzeige (für Screenreader)

pin-digits =
    { $count ->
        [0] Sie haben noch keine Zahl eingegeben.
        [one] Sie haben 1 Zahl eingegeben.
       *[other] Sie haben { $count } Zahlen eingegeben.
    }

## Fehler: error-<code> zu den Codes der Tauri-Befehle (docs/ipc.md)

error-title = Das hat nicht geklappt
error-generic = Bitte versuchen Sie es noch einmal. Klappt es wieder nicht? Dann fragen Sie bitte unsere Mitarbeiter.
error-no_station_selected = Das Gerät ist für heute noch nicht eingestellt. Bitte fragen Sie unsere Mitarbeiter.
error-unknown_service = Diesen Dienst gibt es nicht mehr. Bitte wählen Sie einen anderen Dienst.
error-kind_not_served = Für dieses Thema gibt es heute keinen Schalter. Bitte fragen Sie unsere Mitarbeiter.
error-not_enrolled = Dieses Gerät kann gerade keine Anliegen annehmen. Bitte fragen Sie unsere Mitarbeiter.
error-database = Das Gerät konnte die Daten nicht lesen oder nicht speichern. Bitte fragen Sie unsere Mitarbeiter.
error-store_unavailable = Das Gerät kann gerade keine Daten speichern. Bitte fragen Sie unsere Mitarbeiter.
