# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = Video-Gespräch mit dem Bürger-Service
call-intro = Gleich spricht ein Mitarbeiter vom Bürger-Service mit Ihnen. Das ist ein Video-Gespräch. Sie können sich dabei sehen und hören. Wir nehmen das Gespräch nicht auf. Das heißt: Wir speichern das Gespräch nicht.
call-privacy = Ihr Bild und Ihr Ton gehen nur an den Bürger-Service von der Stadt. Bild und Ton sind dabei verschlüsselt. Das heißt: Niemand anders kann Sie sehen oder hören. Wir speichern Bild und Ton nicht.
call-start = Kamera und Mikrofon erlauben und verbinden
call-hang-up = Gespräch beenden
call-mute = Mikrofon aus
call-unmute = Mikrofon an
call-camera-off = Kamera aus
call-camera-on = Kamera an
call-you = Sie
call-clerk = Bürger-Service
call-documents-title = Unterlagen schicken
call-documents-intro = Braucht der Bürger-Service Unterlagen von Ihnen? Dann können Sie die Unterlagen hier schicken. Das Gespräch geht dabei weiter. Sie dürfen diese Dateien schicken: PDF, JPEG und PNG. Oder Sie machen ein Foto mit der Kamera von Ihrem Handy.
call-state-connecting = Wir verbinden Sie …
call-state-waiting = Sie sind jetzt verbunden. Bitte warten Sie einen Moment. Gleich kommt ein Mitarbeiter vom Bürger-Service zu Ihnen.
call-state-talking = Sie sprechen jetzt mit dem Bürger-Service.
call-state-left = Der Mitarbeiter vom Bürger-Service ist kurz weg. Bitte bleiben Sie auf dieser Seite.
call-state-ended = Das Gespräch ist zu Ende. Vielen Dank! Sie können diese Seite jetzt schließen.
call-state-no-camera = Für das Gespräch brauchen wir Ihre Kamera und Ihr Mikrofon. Bitte erlauben Sie das in Ihrem Browser. Ein Browser ist das Programm für das Internet. Tippen Sie danach noch einmal auf „Kamera und Mikrofon erlauben und verbinden“.
call-state-failed = Die Verbindung hat nicht geklappt. Bitte laden Sie die Seite neu. Neu laden heißt: Die Seite öffnet sich noch einmal. Oder fragen Sie unsere Mitarbeiter am Kiosk. Der Kiosk ist der Bildschirm vom Bürger-Service.
call-state-unsupported = Mit Ihrem Browser geht kein Video-Gespräch. Ein Browser ist das Programm für das Internet. Bitte öffnen Sie den Link mit einem neuen Browser. Zum Beispiel mit Chrome, Firefox oder Safari.

## Warum die Seite kein Gespräch anbietet

call-error-link = Dieser Link funktioniert nicht. Bitte halten Sie die Kamera von Ihrem Handy noch einmal auf den QR-Code. Den QR-Code finden Sie am Kiosk. Der Kiosk ist der Bildschirm vom Bürger-Service.
call-error-ended = Dieses Gespräch ist schon zu Ende. Am Kiosk können Sie ein neues Gespräch beginnen.
call-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
