# Texte des Kiosks für „Anliegen hinterlassen“, Deutsch.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Thema wählen

request-title = Anliegen hinterlassen
request-intro = Worum geht es? Wählen Sie ein Thema.
request-topic-rueckruf = Rückruf
request-topic-rueckruf-text = Wir rufen Sie an.
request-topic-termin = Terminwunsch im Bürgerservicecenter
request-topic-termin-text = Wir schlagen Ihnen einen Termin vor.
request-topic-frage = Frage zu einer Leistung
request-topic-frage-text = Stellen Sie uns Ihre Frage. Wir antworten Ihnen.
request-topic-ummeldung = Ummeldung vorbereiten
request-topic-ummeldung-text = Sie ziehen in Potsdam um? Wir bereiten die Ummeldung vor.
request-topic-meldebescheinigung = Meldebescheinigung per Post
request-topic-meldebescheinigung-text = Wir schicken Ihnen die Bescheinigung an Ihre Adresse.
request-fee = Gebühr: { $amount }

## Formular

request-back-to-topics = Anderes Thema
request-form-intro = Tippen Sie auf ein Feld und schreiben Sie mit der Tastatur rechts.
request-fee-notice = Das kostet { $amount }. Sie bezahlen mit dem Handy online oder per Überweisung, nachdem Sie das Anliegen abgeschickt haben.
request-fee-notice-transfer = Das kostet { $amount }. Sie bezahlen per Überweisung, nachdem Sie das Anliegen abgeschickt haben.
request-typing-into = Sie schreiben in: { $field }
request-next = Weiter
request-optional = (freiwillig)
request-field-name = Ihr Name
request-field-phone = Telefonnummer
request-field-phone-hint = Zum Beispiel 0331 123456
request-field-email = E-Mail-Adresse
request-field-email-hint = Zum Beispiel name@beispiel.de
request-field-preferred_time = Wann passt es Ihnen?
request-field-preferred_date = Wunschtag
request-field-preferred_date-hint = Als TT.MM.JJJJ, zum Beispiel 15.06.2026
request-field-service = Zu welcher Leistung?
request-field-message = Ihre Nachricht
request-field-move_date = Tag des Umzugs
request-field-move_date-hint = Als TT.MM.JJJJ, zum Beispiel 01.07.2026
request-field-new_address = Neue Adresse in Potsdam
request-field-new_address-hint = Straße, Hausnummer
request-field-birth_date = Ihr Geburtsdatum
request-field-birth_date-hint = Als TT.MM.JJJJ, zum Beispiel 24.12.1950
request-field-address = Ihre Adresse in Potsdam
request-field-address-hint = Straße, Hausnummer. Dorthin schicken wir die Bescheinigung.
request-option-preferred_time-morning = Vormittags
request-option-preferred_time-afternoon = Nachmittags
request-option-preferred_time-any = Egal

## Fehler an einem Feld

request-invalid-required = Bitte füllen Sie dieses Feld aus.
request-invalid-too_long = Bitte schreiben Sie höchstens { $max } Zeichen.
request-invalid-email_invalid = Das ist keine gültige E-Mail-Adresse. Sie braucht ein @ und einen Punkt, zum Beispiel name@beispiel.de.
request-invalid-phone_invalid = Das ist keine gültige Telefonnummer. Bitte nur Ziffern, am Anfang ist ein + erlaubt.
request-invalid-choice_invalid = Bitte wählen Sie eine der Möglichkeiten.
request-invalid-date_invalid = Das ist kein gültiges Datum. Bitte schreiben Sie es als TT.MM.JJJJ.
request-invalid-one_of_required = Bitte geben Sie { $fields } an, damit wir Sie erreichen.
request-invalid-consent_required = Bitte setzen Sie den Haken, wenn Sie einverstanden sind.
request-invalid-other = Bitte prüfen Sie diese Angabe.

## Datenschutz und Einwilligung

request-privacy-title = Datenschutz: Was passiert mit Ihren Angaben?
request-privacy-what = Wir speichern das Thema und Ihre Angaben aus diesem Formular – nur für Ihr Anliegen.
request-privacy-who = Lesen dürfen sie nur berechtigte Mitarbeitende des Bürgerservice, jede Person mit eigenem Konto. Jedes Lesen wird aufgezeichnet.
request-privacy-protection = Ihre Angaben werden hier am Gerät verschlüsselt. Öffnen kann sie nur die Zentrale der Stadtverwaltung.
request-privacy-duration = Wir löschen Ihre Angaben 90 Tage, nachdem Ihr Anliegen erledigt ist.
request-privacy-voluntary = Ihre Angaben sind freiwillig. Sie können Ihr Anliegen auch direkt bei den Mitarbeitenden vorbringen.
request-privacy-withdraw = Sie können Ihre Zustimmung jederzeit widerrufen. Sagen Sie es den Mitarbeitenden oder schreiben Sie an: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Nennen Sie dabei Ihre Vorgangsnummer.
request-consent = Ich habe die Hinweise gelesen. Ich bin einverstanden, dass der Bürgerservice meine Angaben für dieses Anliegen nutzt.
request-back-to-form = Zurück zum Formular
request-send = Anliegen absenden
request-sending = Wird gesendet …

## Fertig

request-done-title = Danke, Ihr Anliegen ist gespeichert
request-done-reference = Ihre Vorgangsnummer:
request-done-next = Wir melden uns bei Ihnen. Bitte notieren Sie die Nummer oder scannen Sie den QR-Code.
request-done = Fertig
request-qr-label = QR-Code mit der Vorgangsnummer { $reference }
request-qr-hint = Mit dem QR-Code haben Sie die Nummer auch auf Ihrem Handy.
request-pay-title = Gebühr bezahlen: { $amount }
request-pay-how = Scannen Sie den QR-Code mit Ihrer Banking-App. Die App füllt die Überweisung aus. Oder überweisen Sie selbst:
request-pay-recipient = Empfänger
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Betrag
request-pay-remittance = Verwendungszweck
request-pay-next = Wir schicken die Bescheinigung, wenn das Geld bei uns angekommen ist.
request-pay-qr-label = QR-Code für die Überweisung von { $amount } an { $recipient }
request-pay-online-show = Mit dem Handy online bezahlen
request-pay-online-title = Online bezahlen: { $amount }
request-pay-online-how = Scannen Sie den QR-Code mit der Kamera Ihres Handys. Sie kommen zur Bezahlseite der Stadt und wählen dort, wie Sie bezahlen.
request-pay-online-qr-label = QR-Code zur Online-Bezahlung von { $amount } für Vorgang { $reference }
request-pay-online-back = Zurück zur Überweisung
request-upload-show = Unterlagen mit dem Handy nachreichen
request-upload-title = Unterlagen mit dem Handy nachreichen
request-upload-how = Scannen Sie den QR-Code mit der Kamera Ihres Handys. Dort können Sie Fotos oder PDF-Dateien zu Ihrem Anliegen hochladen, zum Beispiel einen Mietvertrag.
# $until: der Tag, fertig formatiert (Donnerstag, 17. Dezember).
request-upload-until = Der Link gilt bis { $until }.
request-upload-qr-label = QR-Code zum Hochladen von Unterlagen für Vorgang { $reference }
request-upload-back-pay = Zurück zur Zahlung
request-upload-back-reference = Zurück zur Vorgangsnummer

## Fehler der Befehle für Anliegen (docs/ipc.md)

error-request_invalid = Bitte prüfen Sie die markierten Felder.
error-consent_required = Bitte stimmen Sie den Datenschutzhinweisen zu.
error-unknown_topic = Dieses Thema gibt es nicht mehr. Bitte wählen Sie ein anderes.
error-disk_full = Der Speicher des Geräts ist voll. Bitte sprechen Sie unsere Mitarbeiterinnen und Mitarbeiter an.
