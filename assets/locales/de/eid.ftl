# Texte des Kiosks für „Online-Ausweis & PIN“, Deutsch.
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Auf den Ausweis warten

eid-wait-title-start = Legen Sie Ihren Ausweis auf das Lesegerät
eid-wait-title-not_changed = Der Ausweis wurde weggenommen
eid-wait-text-not_changed = Es wurde nichts geändert. Legen Sie den Ausweis wieder auf, dann versuchen wir es noch einmal.
eid-wait-title-unknown = Bitte legen Sie den Ausweis wieder auf
eid-wait-text-unknown = Ob die PIN geändert wurde, ist unklar. Legen Sie den Ausweis wieder auf – wir prüfen es.
eid-wait-title-reader_gone = Das Lesegerät ist nicht mehr verbunden
eid-wait-text-reader_gone = Es wurde nichts geändert. Sobald das Lesegerät wieder da ist, können Sie weitermachen.
eid-reader-searching = Wir suchen das Lesegerät …
eid-reader-no_reader = Kein Lesegerät gefunden – bitte Mitarbeitende ansprechen
eid-reader-no_card = Das Lesegerät ist bereit. Legen Sie den Ausweis flach darauf und lassen Sie ihn dort liegen.
eid-reader-other_card = Diese Karte hat keine Online-Ausweisfunktion. Bitte legen Sie Ihren Personalausweis, Ihren Aufenthaltstitel oder Ihre eID-Karte auf.
eid-picture-card-on-reader = Bild: Ein Ausweis wird flach auf das Lesegerät gelegt.

## Der Ausweis wird gelesen oder geändert

eid-busy-checking = Wir lesen Ihren Ausweis …
eid-busy-verifying = Wir prüfen, ob die Änderung auf Ihrem Ausweis angekommen ist …
eid-busy-changing = Ihre PIN wird geändert …
eid-busy-unblocking = Ihre PIN wird entsperrt …
eid-busy-keep-card = Bitte Ausweis nicht bewegen.

## Eingabe am Lesegerät (Lesegerät mit eigenen Zifferntasten)

eid-on-reader-title = Bitte am Lesegerät eingeben
eid-on-reader-intro = Ihr Lesegerät hat eigene Zifferntasten. Geben Sie Ihre Geheimzahlen dort ein, nicht hier am Bildschirm. Drücken Sie nach jeder Eingabe die Taste „OK“.
eid-on-reader-waiting = Einen Moment, das Lesegerät ist gleich bereit …
eid-on-reader-can = Geben Sie jetzt die Zugangsnummer (CAN) am Lesegerät ein: die 6 Ziffern vorn auf Ihrem Ausweis.
eid-on-reader-pin = Geben Sie jetzt Ihre jetzige PIN (6 Ziffern) am Lesegerät ein.
eid-on-reader-transport_pin = Geben Sie jetzt Ihre Transport-PIN (5 Ziffern aus dem PIN-Brief) am Lesegerät ein.
eid-on-reader-new_pin = Geben Sie jetzt Ihre neue PIN (6 Ziffern) am Lesegerät ein. Danach geben Sie sie zur Kontrolle noch einmal ein.
eid-on-reader-check_new_pin = Zur Prüfung: Geben Sie jetzt Ihre neue PIN (6 Ziffern) einmal am Lesegerät ein.
eid-on-reader-puk = Geben Sie jetzt die PUK (10 Ziffern aus dem PIN-Brief) am Lesegerät ein.
eid-picture-pin-pad = Bild: Ein Lesegerät mit Zifferntasten, der Ausweis liegt darauf. Die Finger tippen auf die Tasten des Lesegeräts.
eid-choose-on-reader = Sie geben die PIN gleich am Lesegerät ein, nicht am Bildschirm.

## Welche PIN haben Sie?

eid-choose-title = Welche PIN haben Sie?
eid-choose-transport = 5-stellige Transport‑PIN
eid-choose-transport-text = Aus dem PIN-Brief, den Sie nach dem Antrag per Post bekommen haben.
eid-choose-pin = 6-stellige PIN
eid-choose-pin-text = Die PIN, die Sie selbst festgelegt haben.
eid-choose-forgotten = PIN vergessen
eid-choose-forgotten-text = Wir sagen Ihnen, wie Sie eine neue PIN bekommen.
eid-tries-title = Bitte achten Sie auf die Versuche
eid-tries-left =
    { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
eid-last-try = Das ist Ihr letzter Versuch. Ist auch diese PIN falsch, wird sie gesperrt. Dann brauchen Sie die PUK aus dem PIN-Brief.

## PIN, neue PIN, CAN und PUK eingeben

eid-transport-title = Transport-PIN eingeben
eid-transport-prompt = Geben Sie die { $digits }‑stellige Transport-PIN aus Ihrem PIN-Brief ein.
eid-current-title = Jetzige PIN eingeben
eid-current-prompt = Geben Sie Ihre jetzige { $digits }‑stellige PIN ein.
eid-new-title = Neue PIN wählen
eid-new-prompt = Wählen Sie Ihre neue PIN mit { $digits } Ziffern. Merken Sie sich die PIN gut.
eid-repeat-title = Neue PIN wiederholen
eid-repeat-prompt = Geben Sie die neue PIN noch einmal ein.
eid-can-title = Zugangsnummer eingeben
eid-can-prompt = Zum Schutz Ihres Ausweises brauchen wir die { $digits }‑stellige Zugangsnummer (CAN). Sie steht unten rechts auf der Vorderseite Ihres Ausweises.
eid-puk-title = PUK eingeben
eid-puk-prompt = Ihre PIN ist gesperrt. Mit der { $digits }‑stelligen PUK aus Ihrem PIN-Brief entsperren Sie sie.
eid-picture-can = Bild: Vorderseite des Ausweises. Die 6-stellige Zugangsnummer steht unten rechts.
eid-rules-title = Die neue PIN:
eid-rule-digits = hat genau 6 Ziffern,
eid-rule-same = besteht nicht aus 6 gleichen Ziffern (nicht 111111),
eid-rule-sequence = ist keine einfache Folge wie 123456 oder 654321.
eid-submit = Weiter
eid-pin-wrong-title = Die PIN war falsch
eid-can-wrong-title = Die Zugangsnummer war falsch
eid-can-wrong = Bitte prüfen Sie die Nummer unten rechts auf der Vorderseite Ihres Ausweises.
eid-puk-wrong-title = Die PUK war falsch
eid-puk-wrong = Bitte prüfen Sie die PUK in Ihrem PIN-Brief.
eid-new-pin-problem-title = Diese PIN geht nicht
eid-new-pin-problem-length = Die neue PIN muss genau 6 Ziffern haben.
eid-new-pin-problem-digits = Die neue PIN darf nur Ziffern haben.
eid-new-pin-problem-all_same = Die neue PIN darf nicht aus 6 gleichen Ziffern bestehen.
eid-new-pin-problem-sequence = Die neue PIN darf keine einfache Folge wie 123456 sein.
eid-new-pin-problem-mismatch = Die beiden Eingaben waren nicht gleich. Bitte wählen Sie die neue PIN noch einmal.

## Ergebnis

eid-changed-title = Ihre PIN ist geändert
eid-changed-text = Ihr Online-Ausweis ist bereit.
eid-changed-use = Mit der AusweisApp auf Ihrem Handy können Sie sich jetzt bei Online-Diensten ausweisen – zum Beispiel bei Anträgen der Stadt Potsdam.
eid-changed-qr-label = QR-Code: So nutzen Sie den Online-Ausweis
eid-changed-qr-hint = Scannen Sie den QR-Code. Dort steht, wie Sie den Online-Ausweis nutzen.
eid-take-card = Bitte nehmen Sie Ihren Ausweis mit.
eid-done = Fertig
eid-unblocked-title = Ihre PIN ist entsperrt
eid-unblocked-text = Ihre bisherige PIN gilt wieder. Sie haben 3 Versuche.
eid-unblocked-next = Kennen Sie Ihre PIN? Dann können Sie jetzt eine neue PIN wählen. Wenn Sie die PIN nicht mehr wissen, wählen Sie danach „PIN vergessen“.
eid-unblocked-change = PIN jetzt ändern
eid-help-title-puk_used_up = Ihre PUK ist verbraucht
eid-help-title-pin_forgotten = PIN vergessen
eid-help-title-deactivated = Die Online-Ausweisfunktion ist ausgeschaltet
eid-help-title-other = Die Mitarbeitenden helfen Ihnen
eid-help-puk_used_up = Mit der PUK aus Ihrem PIN-Brief können Sie Ihre PIN nicht mehr entsperren. Eine neue PIN bekommen Sie im Bürgerservicecenter. Bringen Sie dazu Ihren Ausweis mit.
eid-help-pin_forgotten = Eine neue PIN bekommen Sie im Bürgerservicecenter. Bringen Sie dazu Ihren Ausweis mit. Einen PIN-Rücksetzbrief nach Hause gibt es seit Ende 2023 nicht mehr.
eid-help-deactivated = Einschalten kann sie nur eine Behörde: für den Personalausweis das Bürgerservicecenter, für den elektronischen Aufenthaltstitel die Ausländerbehörde. Bringen Sie dazu Ihren Ausweis mit.
eid-help-other = Die Mitarbeitenden kommen gleich zu Ihnen und helfen Ihnen weiter.
eid-help-book = Einen Termin buchen Sie gleich hier, mit dem QR-Code auf dem Handy oder über die Behördennummer 115.
eid-help-book-elsewhere = Einen Termin buchen Sie mit dem QR-Code oder über die Behördennummer 115.
eid-help-qr-label = QR-Code: Termin im Bürgerservicecenter buchen
eid-help-qr-hint = Scannen Sie den QR-Code mit Ihrem Handy. Dort buchen Sie einen Termin.
eid-help-told-title = Die Mitarbeitenden wissen Bescheid
eid-help-told = Sie kommen gleich zu Ihnen.
eid-retry = Noch einmal versuchen
eid-call-staff = Mitarbeitende rufen
eid-cancel = Abbrechen

## Fehler der eID-Befehle (docs/ipc.md)

error-eid_pin_wrong =
    Die PIN war falsch. { $triesLeft ->
        [one] Sie haben noch 1 Versuch.
       *[other] Sie haben noch { $triesLeft } Versuche.
    }
error-eid_can_needed = Bitte geben Sie zuerst die Zugangsnummer (CAN) ein.
error-eid_can_wrong = Die Zugangsnummer war falsch.
error-eid_puk_needed = Die PIN ist gesperrt. Bitte geben Sie die PUK ein.
error-eid_puk_wrong = Die PUK war falsch.
error-eid_puk_used_up = Die PUK wurde zu oft benutzt. Bitte wenden Sie sich an die Mitarbeitenden.
error-eid_deactivated = Die Online-Ausweisfunktion ist ausgeschaltet. Bitte wenden Sie sich an die Mitarbeitenden.
error-eid_card_removed = Der Ausweis wurde weggenommen.
error-eid_not_changed = Die Änderung ist nicht auf Ihrem Ausweis angekommen; er ist so wie vorher. Sie können es noch einmal versuchen.
error-eid_no_reader = Kein Lesegerät gefunden. Bitte wenden Sie sich an die Mitarbeitenden.
error-eid_reader_gone = Das Lesegerät ist nicht mehr verbunden.
error-eid_no_card = Es liegt kein Ausweis auf dem Lesegerät.
error-eid_not_eid_card = Diese Karte hat keine Online-Ausweisfunktion.
error-eid_new_pin_rule = Diese neue PIN geht nicht.
error-eid_pin_pad_cancelled = Am Lesegerät wurde „Abbrechen“ gedrückt. Es wurde nichts geändert.
error-eid_pin_pad_timed_out = Am Lesegerät wurde nicht rechtzeitig etwas eingegeben. Es wurde nichts geändert.
error-eid_pin_pad_mismatch = Die neue PIN und ihre Wiederholung waren verschieden. Es wurde nichts geändert.
error-eid_pin_pad_wrong_length = Die neue PIN muss 6 Ziffern haben. Es wurde nichts geändert.
error-eid_card_error = Der Ausweis hat nicht wie erwartet geantwortet. Bitte legen Sie ihn noch einmal auf und versuchen Sie es erneut.
