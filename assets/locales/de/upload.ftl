# Die Seite der Zentrale, auf der Bürgerinnen und Bürger mit dem Handy Unterlagen zu
# ihrem Anliegen hochladen (crates/central/src/upload.rs, templates/upload.html).
# Der Link kommt als QR-Code vom Kiosk; die Seite spricht die Sprache des Kiosks.

upload-site = Landeshauptstadt Potsdam – Bürgerservice
upload-title = Unterlagen zu Ihrem Anliegen
upload-intro = Hier können Sie Fotos oder PDF-Dateien zu Ihrem Anliegen hochladen, zum Beispiel einen Mietvertrag oder eine Vollmacht. Die Sachbearbeitung der Stadt sieht sie zusammen mit Ihrem Anliegen.
upload-rules = Erlaubt sind PDF, JPEG und PNG, je Datei bis 10 MB, zusammen bis zu 10 Dateien und 30 MB.
# $until: Tag und Uhrzeit, fertig formatiert (17.12.2026, 10:15 Uhr).
upload-valid-until = Dieser Link gilt bis { $until }.
upload-held =
    { $count ->
        [0] Zu diesem Anliegen liegen noch keine Unterlagen vor.
        [one] Zu diesem Anliegen liegt 1 Datei vor.
       *[other] Zu diesem Anliegen liegen { $count } Dateien vor.
    }
upload-choose = Dateien auswählen
upload-choose-hint = Sie können mehrere Dateien auf einmal auswählen oder ein Foto aufnehmen.
upload-send = Hochladen
upload-privacy = Ihre Dateien werden verschlüsselt gespeichert. Nur die zuständige Sachbearbeitung kann sie öffnen; sie werden mit Ihrem Anliegen gelöscht.

## Nach dem Hochladen

upload-received-title = Vielen Dank
upload-received =
    { $count ->
        [one] Diese Datei haben wir erhalten:
       *[other] Diese { $count } Dateien haben wir erhalten:
    }
upload-more = Sie können weitere Dateien hochladen oder die Seite schließen.
upload-refused-title = Nicht alles wurde angenommen
upload-refused = Diese Dateien haben wir nicht angenommen:
# $name: der Dateiname, $size: die Größe fertig formatiert (2,4 MB).
upload-file = { $name } ({ $size })

## Warum eine Datei oder der Link nicht angenommen wurde

upload-error-type = { $name }: keine PDF-, JPEG- oder PNG-Datei.
upload-error-file-too-large = { $name }: größer als 10 MB.
upload-error-too-many = { $name }: zu diesem Anliegen liegen schon 10 Dateien vor.
upload-error-total-too-large = { $name }: zusammen wären es mehr als 30 MB.
upload-error-empty = Bitte wählen Sie mindestens eine Datei aus.
upload-error-body-too-large = Die Dateien sind zusammen zu groß. Bitte laden Sie höchstens 30 MB auf einmal hoch.
upload-error-link = Dieser Link ist ungültig. Bitte scannen Sie den QR-Code am Kiosk noch einmal oder wenden Sie sich an den Bürgerservice.
upload-error-expired = Dieser Link ist am { $until } abgelaufen. Bitte wenden Sie sich an den Bürgerservice.
upload-error-closed = Ihr Anliegen ist bereits abgeschlossen und nimmt keine Unterlagen mehr an. Bitte wenden Sie sich an den Bürgerservice.
upload-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
