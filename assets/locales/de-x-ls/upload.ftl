# Die Seite von der Zentrale: Hier laden Bürgerinnen und Bürger mit dem Handy Unterlagen
# zu ihrem Anliegen hoch (crates/central/src/upload.rs, templates/upload.html).
# Der Link kommt als QR-Code vom Kiosk. Die Seite spricht die Sprache vom Kiosk. Leichte Sprache.

upload-site = Landeshauptstadt Potsdam – Bürger-Service
upload-title = Unterlagen für Ihr Anliegen
upload-intro = Hier können Sie Fotos oder PDF-Dateien für Ihr Anliegen hochladen. Hochladen heißt: Sie schicken die Dateien von Ihrem Handy an uns. Zum Beispiel ein Foto von Ihrem Miet-Vertrag. Oder eine Voll-Macht. Eine Voll-Macht ist ein Schreiben. Darin steht: Eine andere Person darf etwas für Sie erledigen. Die Mitarbeiter von der Stadt sehen die Dateien bei Ihrem Anliegen.
upload-rules = Sie dürfen diese Dateien hochladen: PDF, JPEG und PNG. Eine Datei darf höchstens 10 MB groß sein. MB heißt Mega-Byte. So misst man die Größe von einer Datei. Sie dürfen höchstens 10 Dateien hochladen. Alle Dateien zusammen dürfen höchstens 30 MB groß sein.
# $until: Tag und Uhrzeit, fertig formatiert (17.12.2026, 10:15 Uhr).
upload-valid-until = Dieser Link gilt bis { $until }.
upload-held =
    { $count ->
        [0] Für dieses Anliegen haben wir noch keine Unterlagen.
        [one] Für dieses Anliegen haben wir schon 1 Datei.
       *[other] Für dieses Anliegen haben wir schon { $count } Dateien.
    }
upload-choose = Dateien aussuchen
upload-choose-hint = Sie können mehrere Dateien auf einmal aussuchen. Oder Sie machen ein Foto.
upload-send = Hochladen
upload-privacy = Wir speichern Ihre Dateien verschlüsselt. Das heißt: Die Dateien sind in einer Geheim-Schrift. Nur die Mitarbeiter für Ihr Anliegen können die Dateien öffnen. Wir löschen Ihr Anliegen später. Dann löschen wir auch Ihre Dateien.

## Nach dem Hochladen

upload-received-title = Vielen Dank
upload-received =
    { $count ->
        [one] Wir haben diese Datei bekommen:
       *[other] Wir haben diese { $count } Dateien bekommen:
    }
upload-more = Sie können noch mehr Dateien hochladen. Oder Sie schließen die Seite.
upload-refused-title = Wir haben nicht alle Dateien angenommen
upload-refused = Diese Dateien haben wir nicht angenommen:
# $name: der Dateiname, $size: die Größe fertig formatiert (2,4 MB).
upload-file = { $name } ({ $size })

## Warum wir eine Datei oder den Link nicht annehmen

upload-error-type = { $name }: Diese Art von Datei geht nicht. Erlaubt sind nur PDF, JPEG und PNG.
upload-error-file-too-large = { $name }: Diese Datei ist zu groß. Eine Datei darf höchstens 10 MB groß sein.
upload-error-too-many = { $name }: Für dieses Anliegen haben wir schon 10 Dateien. Mehr Dateien gehen nicht.
upload-error-total-too-large = { $name }: Mit dieser Datei sind alle Dateien zusammen größer als 30 MB. Das geht nicht.
upload-error-empty = Bitte suchen Sie mindestens 1 Datei aus.
upload-error-body-too-large = Die Dateien sind zusammen zu groß. Bitte laden Sie auf einmal höchstens 30 MB hoch.
upload-error-link = Dieser Link funktioniert nicht. Bitte halten Sie die Kamera von Ihrem Handy noch einmal auf den QR-Code. Den QR-Code finden Sie am Kiosk. Der Kiosk ist der Bildschirm vom Bürger-Service. Oder melden Sie sich beim Bürger-Service.
upload-error-expired = Dieser Link gilt nicht mehr. Er galt nur bis { $until }. Bitte melden Sie sich beim Bürger-Service.
upload-error-closed = Ihr Anliegen ist schon fertig bearbeitet. Darum können Sie keine Unterlagen mehr hochladen. Bitte melden Sie sich beim Bürger-Service.
upload-error-internal = Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.
