# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = Videogespräch mit dem Bürgerservice
call-intro = Eine Mitarbeiterin oder ein Mitarbeiter des Bürgerservice spricht gleich per Video mit Ihnen. Das Gespräch wird nicht aufgezeichnet.
call-privacy = Bild und Ton gehen verschlüsselt an den Bürgerservice der Stadt und werden nirgends gespeichert.
call-start = Kamera und Mikrofon freigeben und verbinden
call-hang-up = Gespräch beenden
call-mute = Mikrofon aus
call-unmute = Mikrofon an
call-camera-off = Kamera aus
call-camera-on = Kamera an
call-you = Sie
call-clerk = Bürgerservice
call-documents-title = Unterlagen senden
call-documents-intro = Braucht der Bürgerservice ein Dokument von Ihnen? Schicken Sie es hier, das Gespräch läuft dabei weiter: PDF, JPEG oder PNG, auch ein Foto mit der Kamera.
call-state-connecting = Verbindung wird aufgebaut …
call-state-waiting = Sie sind verbunden. Bitte warten Sie einen Moment, gleich ist jemand vom Bürgerservice für Sie da.
call-state-talking = Sie sprechen mit dem Bürgerservice.
call-state-left = Der Bürgerservice hat das Gespräch kurz verlassen. Bitte bleiben Sie auf dieser Seite.
call-state-ended = Das Gespräch ist beendet. Vielen Dank! Sie können diese Seite schließen.
call-state-no-camera = Ohne Freigabe von Kamera oder Mikrofon geht es nicht. Bitte erlauben Sie den Zugriff in Ihrem Browser und tippen Sie noch einmal auf „Kamera und Mikrofon freigeben und verbinden“.
call-state-failed = Die Verbindung hat nicht geklappt. Bitte laden Sie die Seite neu oder wenden Sie sich an die Mitarbeitenden am Kiosk.
call-state-unsupported = Ihr Browser kann keine Videogespräche führen. Bitte öffnen Sie den Link in einem aktuellen Browser (zum Beispiel Chrome, Firefox oder Safari).

## Warum die Seite kein Gespräch anbietet

call-error-link = Dieser Link ist ungültig. Bitte scannen Sie den QR-Code am Kiosk noch einmal.
call-error-ended = Dieses Gespräch ist bereits beendet. Am Kiosk können Sie ein neues beginnen.
call-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
