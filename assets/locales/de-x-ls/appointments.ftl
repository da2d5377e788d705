# Texte des Kiosks für „Termin buchen“, Leichte Sprache.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Die Seite einer Dienstleistung

appointment-book = Termin im Bürger-Service-Center machen

## Freie Termine

appointment-title = Termin machen: { $service }
appointment-loading = Wir suchen die freien Termine …
appointment-office = Hier sind die freien Termine im { $office }. Wählen Sie einen Tag. Wählen Sie dann eine Uhr-Zeit.
appointment-none = In den nächsten 4 Wochen gibt es leider keinen freien Termin.
appointment-time-label = { $day }, { $time } Uhr
appointment-earlier-days = Frühere Tage
appointment-later-days = Spätere Tage
appointment-reserving = Wir halten den Termin für Sie frei …
appointment-wish = Termin-Wunsch hinterlassen

## Ihre Angaben

request-topic-terminbuchung = Ihre Angaben für den Termin
appointment-held = Wir halten diesen Termin für Sie frei: { $when }. Bitte machen Sie bis { $until } Uhr alles fertig.
appointment-back-to-times = Andere Uhr-Zeit
appointment-send = Diesen Termin fest machen
appointment-privacy-system = Die Zentrale von der Stadt-Verwaltung gibt diese Angaben an das Termin-System von der Stadt weiter: Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefon-Nummer. Das Termin-System macht damit Ihren Termin. Und es schickt Ihnen eine E-Mail mit Ihrem Termin.

## Gebucht

appointment-done-title = Sie haben jetzt einen Termin
appointment-done-place = im { $office }
appointment-done-number = Ihre Termin-Nummer:
appointment-done-mail = Sie bekommen eine E-Mail. In der E-Mail steht Ihr Termin. Bitte bringen Sie Ihren Ausweis zum Termin mit.
appointment-qr-label = QR-Code mit Ihrem Termin am { $when }
appointment-qr-hint = Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dann ist der Termin in Ihrem Kalender.
appointment-queued-title = Wir haben Ihren Termin-Wunsch gespeichert
appointment-queued-text = Das Termin-System geht gerade nicht. Das Bürger-Service-Center schreibt Ihnen eine E-Mail. In der E-Mail steht ein Termin für Sie.

## Fehler

error-slot_taken = Jemand anderes hat diesen Termin gerade genommen. Bitte wählen Sie eine andere Uhr-Zeit.
error-reservation_expired = Die Zeit ist vorbei. Wir halten den Termin nicht mehr für Sie frei. Bitte wählen Sie den Termin noch einmal.
error-appointments_unreachable = Das Termin-System geht gerade nicht. Sie können einen Termin-Wunsch hinterlassen. Dann melden wir uns bei Ihnen.
error-appointments_not_offered = Für dieses Angebot können Sie hier leider keinen Termin machen. Bitte fragen Sie unsere Mitarbeiter.
error-too_many_with_same_mail = Mit dieser E-Mail-Adresse gibt es schon genug Termine. Mehr Termine sind nicht erlaubt. Bitte nehmen Sie eine andere E-Mail-Adresse.
error-appointment_refused = Das Termin-System hat Ihren Termin nicht angenommen. Bitte fragen Sie unsere Mitarbeiter.
error-name_refused = Das Termin-System nimmt diesen Namen nicht an. Bitte prüfen Sie den Namen.
error-email_refused = Das Termin-System nimmt diese E-Mail-Adresse nicht an. Bitte prüfen Sie die E-Mail-Adresse.
error-telephone_refused = Das Termin-System nimmt diese Telefon-Nummer nicht an. Bitte prüfen Sie die Telefon-Nummer. Oder lassen Sie das Feld leer.
