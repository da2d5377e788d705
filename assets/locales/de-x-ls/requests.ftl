# Texte des Kiosks für „Anliegen hinterlassen“, Leichte Sprache.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Thema wählen

request-title = Anliegen hinterlassen
request-intro = Worum geht es? Wählen Sie ein Thema.
request-topic-rueckruf = Rück-Ruf
request-topic-rueckruf-text = Wir rufen Sie an.
request-topic-termin = Termin-Wunsch im Bürger-Service-Center
request-topic-termin-text = Wir schlagen Ihnen einen Termin vor.
request-topic-frage = Frage zu einem Angebot von der Stadt
request-topic-frage-text = Stellen Sie uns Ihre Frage. Wir antworten Ihnen.
request-topic-ummeldung = Um-Meldung vorbereiten
request-topic-ummeldung-text = Sie ziehen in Potsdam um? Dann bereiten wir die Um-Meldung vor. Um-Meldung heißt: Das Amt bekommt Ihre neue Adresse.
request-topic-meldebescheinigung = Melde-Bescheinigung mit der Post
request-topic-meldebescheinigung-text = Wir schicken Ihnen die Melde-Bescheinigung mit der Post. Die Melde-Bescheinigung ist ein Papier vom Amt. Darauf steht: Hier wohnen Sie.
request-fee = Das kostet { $amount }.

## Formular

request-back-to-topics = Anderes Thema
request-form-intro = Tippen Sie auf ein Feld. Schreiben Sie dann mit der Tastatur rechts.
request-fee-notice = Das kostet { $amount }. Zuerst senden Sie Ihr Anliegen. Danach bezahlen Sie. Sie können mit dem Handy im Internet bezahlen. Oder Sie bezahlen mit einer Überweisung. Überweisung heißt: Sie schicken das Geld von Ihrem Bank-Konto.
request-fee-notice-transfer = Das kostet { $amount }. Zuerst senden Sie Ihr Anliegen. Danach bezahlen Sie mit einer Überweisung. Überweisung heißt: Sie schicken das Geld von Ihrem Bank-Konto.
request-typing-into = Sie schreiben jetzt in dieses Feld: { $field }
request-next = Weiter
request-optional = (wenn Sie möchten)
request-field-name = Ihr Name
request-field-phone = Telefon-Nummer
request-field-phone-hint = Zum Beispiel 0331 123456
request-field-email = E-Mail-Adresse
request-field-email-hint = Zum Beispiel name@beispiel.de
request-field-preferred_time = Wann haben Sie Zeit?
request-field-preferred_date = Wunsch-Tag
request-field-preferred_date-hint = Tag, Monat, Jahr. Zum Beispiel 15.06.2026
request-field-service = Zu welchem Angebot?
request-field-message = Ihre Nachricht
request-field-move_date = Tag vom Umzug
request-field-move_date-hint = Tag, Monat, Jahr. Zum Beispiel 01.07.2026
request-field-new_address = Neue Adresse in Potsdam
request-field-new_address-hint = Straße, Haus-Nummer
request-field-birth_date = Ihr Geburts-Datum
request-field-birth_date-hint = Tag, Monat, Jahr. Zum Beispiel 24.12.1950
request-field-address = Ihre Adresse in Potsdam
request-field-address-hint = Straße, Haus-Nummer. An diese Adresse schicken wir die Melde-Bescheinigung.
request-option-preferred_time-morning = Am Vormittag
request-option-preferred_time-afternoon = Am Nachmittag
request-option-preferred_time-any = Egal wann

## Fehler an einem Feld

request-invalid-required = Bitte schreiben Sie etwas in dieses Feld.
request-invalid-too_long = Bitte schreiben Sie weniger. Sie dürfen höchstens { $max } Zeichen schreiben.
request-invalid-email_invalid = Diese E-Mail-Adresse stimmt nicht. Eine E-Mail-Adresse hat ein @ und einen Punkt. Zum Beispiel name@beispiel.de
request-invalid-phone_invalid = Diese Telefon-Nummer stimmt nicht. Bitte schreiben Sie nur Zahlen. Am Anfang dürfen Sie auch ein + schreiben.
request-invalid-choice_invalid = Bitte wählen Sie eine von den Möglichkeiten.
request-invalid-date_invalid = Dieses Datum stimmt nicht. Bitte schreiben Sie das Datum so: Tag, Monat, Jahr. Zum Beispiel 15.06.2026
request-invalid-one_of_required = Bitte geben Sie an: { $fields }. Dann können wir Sie erreichen.
request-invalid-consent_required = Sind Sie einverstanden? Dann setzen Sie bitte den Haken.
request-invalid-other = Bitte prüfen Sie, was Sie hier geschrieben haben.

## Datenschutz und Einwilligung

request-privacy-title = Daten-Schutz: Was passiert mit Ihren Angaben?
request-privacy-what = Wir speichern das Thema und Ihre Angaben aus diesem Formular. Wir brauchen die Angaben nur für Ihr Anliegen.
request-privacy-who = Nur bestimmte Mitarbeiter vom Bürger-Service dürfen Ihre Angaben lesen. Jeder von ihnen hat ein eigenes Benutzer-Konto. Der Computer schreibt jedes Mal auf: Wer hat die Angaben gelesen?
request-privacy-protection = Dieses Gerät verschlüsselt Ihre Angaben. Das heißt: Die Angaben sind dann in einer Geheim-Schrift. Nur die Zentrale von der Stadt-Verwaltung kann die Angaben öffnen.
request-privacy-duration = Zuerst erledigen wir Ihr Anliegen. 90 Tage danach löschen wir Ihre Angaben.
request-privacy-voluntary = Die Angaben sind freiwillig. Das heißt: Sie entscheiden selbst. Sie können Ihr Anliegen auch direkt unseren Mitarbeitern sagen.
request-privacy-withdraw = Sie können Ihre Zustimmung jederzeit zurücknehmen. Sagen Sie das unseren Mitarbeitern. Oder schreiben Sie an: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Geben Sie dabei Ihre Vorgangs-Nummer an. Die Vorgangs-Nummer bekommen Sie am Ende.
request-consent = Ich habe die Hinweise gelesen. Ich bin einverstanden: Der Bürger-Service benutzt meine Angaben für dieses Anliegen.
request-back-to-form = Zurück zum Formular
request-send = Anliegen senden
request-sending = Wir senden Ihr Anliegen …

## Fertig

request-done-title = Danke! Wir haben Ihr Anliegen gespeichert.
request-done-reference = Ihre Vorgangs-Nummer:
request-done-next = Mit dieser Nummer finden wir Ihr Anliegen. Wir melden uns bei Ihnen. Bitte schreiben Sie die Nummer auf. Oder halten Sie die Kamera von Ihrem Handy auf den QR-Code.
request-done = Fertig
request-qr-label = QR-Code mit der Vorgangs-Nummer { $reference }
request-qr-hint = Mit dem QR-Code haben Sie die Nummer auch auf Ihrem Handy.
request-pay-title = So bezahlen Sie { $amount }
request-pay-how = Öffnen Sie die App von Ihrer Bank auf dem Handy. Halten Sie die Kamera von der App auf den QR-Code. Dann schreibt die App alles für die Überweisung hin. Oder Sie machen die Überweisung selbst. Dafür brauchen Sie diese Angaben:
request-pay-recipient = Empfänger
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Betrag
request-pay-remittance = Verwendungs-Zweck
request-pay-next = Zuerst muss Ihr Geld bei uns ankommen. Dann schicken wir Ihnen die Melde-Bescheinigung.
request-pay-qr-label = QR-Code für die Überweisung von { $amount } an { $recipient }
request-pay-online-show = Mit dem Handy bezahlen
request-pay-online-title = So bezahlen Sie { $amount } mit dem Handy
request-pay-online-how = Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dann öffnet sich eine Internet-Seite. Das ist die Bezahl-Seite von der Stadt. Dort suchen Sie aus: Wie bezahlen Sie?
request-pay-online-qr-label = QR-Code zum Bezahlen von { $amount } im Internet für die Vorgangs-Nummer { $reference }
request-pay-online-back = Zurück zur Überweisung
request-upload-show = Unterlagen mit dem Handy schicken
request-upload-title = Unterlagen mit dem Handy schicken
request-upload-how = Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dann öffnet sich eine Internet-Seite. Dort können Sie Fotos oder PDF-Dateien für Ihr Anliegen hochladen. Hochladen heißt: Sie schicken die Dateien an uns. Zum Beispiel ein Foto von Ihrem Miet-Vertrag.
# $until: der Tag, fertig formatiert (Donnerstag, 17. Dezember).
request-upload-until = Das geht bis { $until }.
request-upload-qr-label = QR-Code zum Schicken von Unterlagen für die Vorgangs-Nummer { $reference }
request-upload-back-pay = Zurück zum Bezahlen
request-upload-back-reference = Zurück zur Vorgangs-Nummer

## Fehler der Befehle für Anliegen (docs/ipc.md)

error-request_invalid = Bitte prüfen Sie die markierten Felder.
error-consent_required = Bitte stimmen Sie den Hinweisen zum Daten-Schutz zu.
error-unknown_topic = Dieses Thema gibt es nicht mehr. Bitte wählen Sie ein anderes Thema.
error-disk_full = Der Speicher vom Gerät ist voll. Bitte fragen Sie unsere Mitarbeiter.
