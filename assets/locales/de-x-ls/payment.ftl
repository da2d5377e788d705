# Die Seite von der Zentrale: Hier bezahlen Bürgerinnen und Bürger mit dem Handy die Gebühr
# für ihr Anliegen im Internet (crates/central/src/checkout.rs, templates/payment.html).
# Der Link kommt als QR-Code vom Kiosk. Die Seite führt zur Bezahl-Seite von der Stadt.
# Danach zeigt sie: Ist das Geld angekommen? Die Seite spricht die Sprache vom Kiosk. Leichte Sprache.

payment-title = Im Internet bezahlen
# $amount: der Betrag, fertig formatiert (10,00 €); $reference: die Vorgangsnummer.
payment-what = Ihr Anliegen hat die Vorgangs-Nummer { $reference }. Das kostet { $amount }.
payment-paid-title = Vielen Dank! Sie haben bezahlt.
# $when: Tag und Uhrzeit, fertig formatiert.
payment-paid = Ihr Geld ist bei der Stadt angekommen. Das war am { $when }. Sie müssen nichts mehr machen.
payment-canceled-title = Das Bezahlen ist abgebrochen
payment-canceled = Sie haben kein Geld bezahlt. Sie können es noch einmal versuchen. Oder Sie bezahlen mit einer Überweisung.
payment-failed-title = Das Bezahlen hat nicht geklappt
payment-failed = Die Bezahl-Seite hat das Bezahlen nicht angenommen. Sie haben kein Geld bezahlt. Sie können es noch einmal versuchen. Oder Sie bezahlen mit einer Überweisung.
payment-open-title = Das Bezahlen ist noch nicht fertig
payment-open = Die Bezahl-Seite hat uns noch nicht gesagt: Das Geld ist bezahlt. Haben Sie gerade bezahlt? Dann warten Sie bitte 1 Minute. Danach laden Sie diese Seite neu. Neu laden heißt: Die Seite öffnet sich noch einmal.
payment-retry = Jetzt im Internet bezahlen
payment-reload = Seite neu laden
payment-transfer-title = Oder mit einer Überweisung bezahlen
payment-transfer-intro = Sie können auch mit einer Überweisung bezahlen. Überweisung heißt: Sie schicken das Geld von Ihrem Bank-Konto. Bitte schreiben Sie den Verwendungs-Zweck genau so ab. Daran erkennen wir Ihr Geld. Sie brauchen diese Angaben:
payment-transfer-payee = Empfänger
payment-transfer-iban = IBAN
payment-transfer-bic = BIC
payment-transfer-amount = Betrag
payment-transfer-remittance = Verwendungs-Zweck

## Warum Sie auf dieser Seite nicht bezahlen können

payment-error-link = Dieser Link funktioniert nicht. Bitte halten Sie die Kamera von Ihrem Handy noch einmal auf den QR-Code. Den QR-Code finden Sie am Kiosk. Der Kiosk ist der Bildschirm vom Bürger-Service. Oder melden Sie sich beim Bürger-Service.
payment-error-expired = Dieser Link gilt nicht mehr. Er galt nur bis { $until }. Bitte bezahlen Sie mit einer Überweisung. Oder melden Sie sich beim Bürger-Service.
payment-error-no-fee = Für dieses Anliegen müssen Sie nichts bezahlen.
payment-error-unavailable = Das Bezahlen im Internet geht gerade nicht. Bitte versuchen Sie es später noch einmal. Oder bezahlen Sie mit einer Überweisung.
payment-error-closed = Ihr Anliegen ist schon fertig bearbeitet. Bitte melden Sie sich beim Bürger-Service.
payment-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
