# Die Seite der Zentrale, über die Bürgerinnen und Bürger die Gebühr eines Anliegens
# mit dem Handy online bezahlen (crates/central/src/checkout.rs, templates/payment.html).
# Der Link kommt als QR-Code vom Kiosk; die Seite führt zur Bezahlseite der Stadt und
# zeigt nach der Rückkehr, ob die Zahlung angekommen ist. Sie spricht die Sprache des Kiosks.

payment-title = Gebühr online bezahlen
# $amount: der Betrag, fertig formatiert (10,00 €); $reference: die Vorgangsnummer.
payment-what = Gebühr { $amount } für Ihr Anliegen { $reference }.
payment-paid-title = Vielen Dank, die Gebühr ist bezahlt
# $when: Tag und Uhrzeit, fertig formatiert.
payment-paid = Ihre Zahlung ist am { $when } bei der Stadt eingegangen. Sie müssen nichts weiter tun.
payment-canceled-title = Die Zahlung wurde abgebrochen
payment-canceled = Es wurde nichts abgebucht. Sie können es noch einmal versuchen oder die Gebühr überweisen.
payment-failed-title = Die Zahlung hat nicht geklappt
payment-failed = Die Bezahlseite hat die Zahlung abgelehnt. Es wurde nichts abgebucht. Sie können es noch einmal versuchen oder die Gebühr überweisen.
payment-open-title = Die Zahlung ist noch nicht abgeschlossen
payment-open = Die Bezahlseite hat die Zahlung noch nicht bestätigt. Wenn Sie gerade bezahlt haben, laden Sie diese Seite in einer Minute neu.
payment-retry = Jetzt online bezahlen
payment-reload = Seite neu laden
payment-transfer-title = Oder per Überweisung
payment-transfer-intro = Sie können die Gebühr auch überweisen, mit genau diesem Verwendungszweck:
payment-transfer-payee = Empfänger
payment-transfer-iban = IBAN
payment-transfer-bic = BIC
payment-transfer-amount = Betrag
payment-transfer-remittance = Verwendungszweck

## Warum die Seite nicht zur Bezahlung führt

payment-error-link = Dieser Link ist ungültig. Bitte scannen Sie den QR-Code am Kiosk noch einmal oder wenden Sie sich an den Bürgerservice.
payment-error-expired = Dieser Link ist am { $until } abgelaufen. Bitte überweisen Sie die Gebühr oder wenden Sie sich an den Bürgerservice.
payment-error-no-fee = Für dieses Anliegen ist keine Gebühr zu zahlen.
payment-error-unavailable = Die Online-Bezahlung ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal oder überweisen Sie die Gebühr.
payment-error-closed = Ihr Anliegen ist bereits abgeschlossen. Bitte wenden Sie sich an den Bürgerservice.
payment-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
