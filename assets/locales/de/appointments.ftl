# Texte des Kiosks für „Termin buchen“, Deutsch.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Die Seite einer Dienstleistung

appointment-book = Termin im Bürgerservicecenter buchen

## Freie Termine

appointment-title = Termin buchen: { $service }
appointment-loading = Die freien Termine werden geladen …
appointment-office = Termine im { $office }. Wählen Sie einen Tag und eine Uhrzeit.
appointment-none = In den nächsten vier Wochen ist leider kein Termin frei.
appointment-time-label = { $day }, { $time } Uhr
appointment-earlier-days = Frühere Tage
appointment-later-days = Spätere Tage
appointment-reserving = Der Termin wird für Sie reserviert …
appointment-wish = Terminwunsch hinterlassen

## Ihre Angaben

request-topic-terminbuchung = Ihre Angaben für den Termin
appointment-held = Für Sie reserviert: { $when }. Bitte schließen Sie bis { $until } Uhr ab.
appointment-back-to-times = Andere Uhrzeit
appointment-send = Termin verbindlich buchen
appointment-privacy-system = Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer gibt die Zentrale an das Terminsystem der Stadt weiter. Es bucht damit den Termin und schickt Ihnen die Bestätigung.

## Gebucht

appointment-done-title = Ihr Termin ist gebucht
appointment-done-place = im { $office }
appointment-done-number = Ihre Terminnummer:
appointment-done-mail = Die Bestätigung kommt per E-Mail. Bitte bringen Sie Ihren Ausweis mit.
appointment-qr-label = QR-Code mit Ihrem Termin am { $when }
appointment-qr-hint = Scannen Sie den QR-Code mit der Handy-Kamera. Dann ist der Termin in Ihrem Kalender.
appointment-queued-title = Ihr Terminwunsch ist gespeichert
appointment-queued-text = Das Terminsystem ist gerade nicht erreichbar. Das Bürgerservicecenter meldet sich bei Ihnen per E-Mail mit einem Termin.

## Fehler

error-slot_taken = Diesen Termin hat gerade jemand anderes gebucht. Bitte wählen Sie eine andere Uhrzeit.
error-reservation_expired = Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin noch einmal.
error-appointments_unreachable = Das Terminsystem ist gerade nicht erreichbar. Sie können einen Terminwunsch hinterlassen; wir melden uns dann bei Ihnen.
error-appointments_not_offered = Für diese Leistung kann man hier leider keinen Termin buchen. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-too_many_with_same_mail = Mit dieser E-Mail-Adresse sind schon so viele Termine gebucht, wie erlaubt sind. Bitte nehmen Sie eine andere E-Mail-Adresse.
error-appointment_refused = Das Terminsystem hat die Buchung abgelehnt. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
error-name_refused = Das Terminsystem nimmt diesen Namen nicht an. Bitte prüfen Sie ihn.
error-email_refused = Das Terminsystem nimmt diese E-Mail-Adresse nicht an. Bitte prüfen Sie sie.
error-telephone_refused = Das Terminsystem nimmt diese Telefonnummer nicht an. Bitte prüfen Sie sie oder lassen Sie das Feld leer.
