# Texte des Kiosks für „Online-Ausweis & PIN“, Leichte Sprache.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Auf den Ausweis warten

eid-wait-title-start = Legen Sie Ihren Ausweis auf das Lese-Gerät
eid-wait-title-not_changed = Der Ausweis ist nicht mehr auf dem Lese-Gerät
eid-wait-text-not_changed = Auf Ihrem Ausweis ist alles noch wie vorher. Legen Sie den Ausweis wieder auf das Lese-Gerät. Dann versuchen wir es noch einmal.
eid-wait-title-unknown = Bitte legen Sie den Ausweis wieder auf
eid-wait-text-unknown = Wir wissen nicht: Ist die PIN jetzt geändert? Legen Sie den Ausweis wieder auf das Lese-Gerät. Dann prüfen wir das.
eid-wait-title-reader_gone = Das Lese-Gerät ist nicht mehr angeschlossen
eid-wait-text-reader_gone = Auf Ihrem Ausweis ist alles noch wie vorher. Ist das Lese-Gerät wieder da? Dann können Sie weitermachen.
eid-reader-searching = Wir suchen das Lese-Gerät …
eid-reader-no_reader = Wir finden kein Lese-Gerät. Bitte fragen Sie unsere Mitarbeiter.
eid-reader-no_card = Das Lese-Gerät ist bereit. Legen Sie den Ausweis flach auf das Lese-Gerät. Lassen Sie den Ausweis dort liegen.
eid-reader-other_card = Diese Karte hat keine Online-Ausweis-Funktion. Bitte legen Sie eine von diesen Karten auf: Ihren Personal-Ausweis, Ihren Aufenthalts-Titel oder Ihre eID-Karte.
eid-picture-card-on-reader = Bild: Ein Ausweis liegt flach auf dem Lese-Gerät.

## Der Ausweis wird gelesen oder geändert

eid-busy-checking = Wir lesen Ihren Ausweis …
eid-busy-verifying = Wir prüfen jetzt Ihren Ausweis. Hat die Änderung geklappt?
eid-busy-changing = Wir ändern Ihre PIN …
eid-busy-unblocking = Wir entsperren Ihre PIN …
eid-busy-keep-card = Bitte lassen Sie den Ausweis ruhig liegen.

## Eingabe am Lese-Gerät (Lese-Gerät mit eigenen Tasten für Zahlen)

eid-on-reader-title = Bitte am Lese-Gerät eingeben
eid-on-reader-intro = Ihr Lese-Gerät hat eigene Tasten mit Zahlen. Geben Sie Ihre geheimen Nummern dort ein. Eine geheime Nummer ist zum Beispiel die PIN. Geben Sie die Nummern nicht hier auf dem Bildschirm ein. Drücken Sie nach jeder Nummer die Taste „OK“.
eid-on-reader-waiting = Bitte warten Sie einen Moment. Das Lese-Gerät ist gleich bereit …
eid-on-reader-can = Geben Sie jetzt die Zugangs-Nummer am Lese-Gerät ein. Die Zugangs-Nummer heißt auch CAN. Sie hat 6 Zahlen. Sie steht vorne auf Ihrem Ausweis.
eid-on-reader-pin = Geben Sie jetzt Ihre jetzige PIN am Lese-Gerät ein. Die PIN hat 6 Zahlen.
eid-on-reader-transport_pin = Geben Sie jetzt Ihre Transport-PIN am Lese-Gerät ein. Die Transport-PIN steht in Ihrem PIN-Brief. Sie hat 5 Zahlen.
eid-on-reader-new_pin = Geben Sie jetzt Ihre neue PIN am Lese-Gerät ein. Die neue PIN hat 6 Zahlen. Danach geben Sie die neue PIN noch einmal ein. Das ist zur Kontrolle.
eid-on-reader-check_new_pin = Wir prüfen jetzt: Ist Ihre PIN geändert? Geben Sie dafür Ihre neue PIN am Lese-Gerät ein. Die neue PIN hat 6 Zahlen. Geben Sie die neue PIN nur 1-mal ein.
eid-on-reader-puk = Geben Sie jetzt die PUK am Lese-Gerät ein. Die PUK steht in Ihrem PIN-Brief. Sie hat 10 Zahlen.
eid-picture-pin-pad = Bild: Ein Lese-Gerät mit Tasten für Zahlen. Der Ausweis liegt auf dem Lese-Gerät. Finger tippen auf die Tasten vom Lese-Gerät.
eid-choose-on-reader = Sie geben die PIN gleich am Lese-Gerät ein. Sie geben die PIN nicht auf dem Bildschirm ein.

## Welche PIN haben Sie?

eid-choose-title = Welche PIN haben Sie?
eid-choose-transport = Transport-PIN mit 5 Zahlen
eid-choose-transport-text = Das ist die erste PIN aus dem PIN-Brief. Den Brief haben Sie nach dem Antrag mit der Post bekommen.
eid-choose-pin = PIN mit 6 Zahlen
eid-choose-pin-text = Diese PIN haben Sie selbst ausgesucht.
eid-choose-forgotten = PIN vergessen
eid-choose-forgotten-text = Wir sagen Ihnen: So bekommen Sie eine neue PIN.
eid-tries-title = Bitte achten Sie auf die Versuche
eid-tries-left =
    { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
eid-last-try = Das ist Ihr letzter Versuch. Ist auch diese PIN falsch? Dann ist die PIN gesperrt. Sie brauchen dann die PUK aus dem PIN-Brief. Die PUK ist eine andere geheime Nummer.

## PIN, neue PIN, CAN und PUK eingeben

eid-transport-title = Transport-PIN eingeben
eid-transport-prompt = Geben Sie die Transport-PIN aus Ihrem PIN-Brief ein. Die Transport-PIN hat { $digits } Zahlen.
eid-current-title = Jetzige PIN eingeben
eid-current-prompt = Geben Sie Ihre jetzige PIN ein. Die PIN hat { $digits } Zahlen.
eid-new-title = Neue PIN wählen
eid-new-prompt = Wählen Sie eine neue PIN mit { $digits } Zahlen. Merken Sie sich die PIN gut.
eid-repeat-title = Neue PIN wiederholen
eid-repeat-prompt = Geben Sie die neue PIN noch einmal ein.
eid-can-title = Zugangs-Nummer eingeben
eid-can-prompt = Wir brauchen die Zugangs-Nummer. Die Zugangs-Nummer heißt auch CAN. Sie schützt Ihren Ausweis. Die Zugangs-Nummer hat { $digits } Zahlen. Sie steht vorne auf Ihrem Ausweis, unten rechts.
eid-puk-title = PUK eingeben
eid-puk-prompt = Ihre PIN ist gesperrt. Mit der PUK können Sie die PIN entsperren. Dann geht die PIN wieder. Die PUK ist eine andere geheime Nummer. Sie steht in Ihrem PIN-Brief. Die PUK hat { $digits } Zahlen.
eid-picture-can = Bild: Die Vorder-Seite vom Ausweis. Unten rechts steht die Zugangs-Nummer mit 6 Zahlen.
eid-rules-title = Die neue PIN:
eid-rule-digits = hat genau 6 Zahlen,
eid-rule-same = hat nicht 6-mal die gleiche Zahl, also nicht 111111,
eid-rule-sequence = ist keine einfache Reihe wie 123456 oder 654321.
eid-submit = Weiter
eid-pin-wrong-title = Die PIN war falsch
eid-can-wrong-title = Die Zugangs-Nummer war falsch
eid-can-wrong = Bitte prüfen Sie die Nummer. Sie steht vorne auf Ihrem Ausweis, unten rechts.
eid-puk-wrong-title = Die PUK war falsch
eid-puk-wrong = Bitte prüfen Sie die PUK in Ihrem PIN-Brief.
eid-new-pin-problem-title = Diese PIN geht nicht
eid-new-pin-problem-length = Die neue PIN muss genau 6 Zahlen haben.
eid-new-pin-problem-digits = Die neue PIN darf nur Zahlen haben.
eid-new-pin-problem-all_same = Die neue PIN darf nicht 6-mal die gleiche Zahl haben.
eid-new-pin-problem-sequence = Die neue PIN darf keine einfache Reihe wie 123456 sein.
eid-new-pin-problem-mismatch = Sie haben 2 verschiedene PINs eingegeben. Bitte wählen Sie die neue PIN noch einmal.

## Ergebnis

eid-changed-title = Ihre PIN ist geändert
eid-changed-text = Ihr Online-Ausweis ist bereit.
eid-changed-use = Jetzt können Sie im Internet zeigen: Das bin ich. Zum Beispiel bei Anträgen von der Stadt Potsdam. Dafür brauchen Sie die AusweisApp auf Ihrem Handy.
eid-changed-qr-label = QR-Code: So benutzen Sie den Online-Ausweis
eid-changed-qr-hint = Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dort steht: So benutzen Sie den Online-Ausweis.
eid-take-card = Bitte nehmen Sie Ihren Ausweis mit.
eid-done = Fertig
eid-unblocked-title = Ihre PIN ist entsperrt
eid-unblocked-text = Ihre alte PIN geht wieder. Sie haben 3 Versuche.
eid-unblocked-next = Wissen Sie Ihre PIN noch? Dann können Sie jetzt eine neue PIN wählen. Sie wissen die PIN nicht mehr? Dann tippen Sie zuerst auf „PIN jetzt ändern“. Danach tippen Sie auf „PIN vergessen“.
eid-unblocked-change = PIN jetzt ändern
eid-help-title-puk_used_up = Ihre PUK ist verbraucht
eid-help-title-pin_forgotten = PIN vergessen
eid-help-title-deactivated = Die Online-Ausweis-Funktion ist ausgeschaltet
eid-help-title-other = Unsere Mitarbeiter helfen Ihnen
eid-help-puk_used_up = Mit der PUK aus Ihrem PIN-Brief können Sie die PIN nicht mehr entsperren. Eine neue PIN bekommen Sie im Bürger-Service-Center. Bringen Sie dafür Ihren Ausweis mit.
eid-help-pin_forgotten = Eine neue PIN bekommen Sie im Bürger-Service-Center. Bringen Sie dafür Ihren Ausweis mit. Früher konnten Sie eine neue PIN mit der Post bekommen. Das geht seit Ende 2023 nicht mehr.
eid-help-deactivated = Nur ein Amt kann die Online-Ausweis-Funktion einschalten. Sie haben einen Personal-Ausweis? Dann hilft Ihnen das Bürger-Service-Center. Sie haben einen elektronischen Aufenthalts-Titel? Dann hilft Ihnen die Ausländer-Behörde. Bringen Sie dafür Ihren Ausweis mit.
eid-help-other = Unsere Mitarbeiter kommen gleich zu Ihnen. Dann helfen sie Ihnen weiter.
eid-help-book = Einen Termin machen Sie gleich hier. Oder Sie machen den Termin mit dem QR-Code und Ihrem Handy. Oder Sie rufen die Telefon-Nummer 115 an. Das ist die Telefon-Nummer für Fragen an die Ämter.
eid-help-book-elsewhere = Einen Termin machen Sie mit dem QR-Code. Oder Sie rufen die Telefon-Nummer 115 an. Das ist die Telefon-Nummer für Fragen an die Ämter.
eid-help-qr-label = QR-Code: Termin im Bürger-Service-Center machen
eid-help-qr-hint = Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dort können Sie einen Termin machen.
eid-help-told-title = Unsere Mitarbeiter wissen Bescheid
eid-help-told = Die Mitarbeiter kommen gleich zu Ihnen.
eid-retry = Noch einmal versuchen
eid-call-staff = Mitarbeiter rufen
eid-cancel = Abbrechen

## Fehler der eID-Befehle (docs/ipc.md)

error-eid_pin_wrong =
    Die PIN war falsch. { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
error-eid_can_needed = Bitte geben Sie zuerst die Zugangs-Nummer ein. Die Zugangs-Nummer heißt auch CAN.
error-eid_can_wrong = Die Zugangs-Nummer war falsch.
error-eid_puk_needed = Die PIN ist gesperrt. Bitte geben Sie die PUK ein.
error-eid_puk_wrong = Die PUK war falsch.
error-eid_puk_used_up = Die PUK geht nicht mehr. Sie haben die PUK zu oft benutzt. Bitte fragen Sie unsere Mitarbeiter.
error-eid_deactivated = Die Online-Ausweis-Funktion ist ausgeschaltet. Bitte fragen Sie unsere Mitarbeiter.
error-eid_card_removed = Der Ausweis ist nicht mehr auf dem Lese-Gerät.
error-eid_not_changed = Die Änderung hat nicht geklappt. Auf Ihrem Ausweis ist alles wie vorher. Sie können es noch einmal versuchen.
error-eid_no_reader = Wir finden kein Lese-Gerät. Bitte fragen Sie unsere Mitarbeiter.
error-eid_reader_gone = Das Lese-Gerät ist nicht mehr angeschlossen.
error-eid_no_card = Auf dem Lese-Gerät liegt kein Ausweis.
error-eid_not_eid_card = Diese Karte hat keine Online-Ausweis-Funktion.
error-eid_new_pin_rule = Diese neue PIN geht nicht.
error-eid_pin_pad_cancelled = Am Lese-Gerät wurde die Taste „Abbrechen“ gedrückt. Auf Ihrem Ausweis ist alles noch wie vorher.
error-eid_pin_pad_timed_out = Am Lese-Gerät wurde zu lange nichts eingegeben. Auf Ihrem Ausweis ist alles noch wie vorher.
error-eid_pin_pad_mismatch = Sie haben 2 verschiedene neue PINs eingegeben. Auf Ihrem Ausweis ist alles noch wie vorher.
error-eid_pin_pad_wrong_length = Die neue PIN muss 6 Zahlen haben. Auf Ihrem Ausweis ist alles noch wie vorher.
error-eid_card_error = Das Lese-Gerät konnte den Ausweis nicht richtig lesen. Bitte legen Sie den Ausweis noch einmal auf. Versuchen Sie es dann noch einmal.
