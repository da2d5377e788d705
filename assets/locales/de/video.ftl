# Texte des Kiosks für „Videogespräch“, Deutsch: Bürgerinnen und Bürger sprechen per
# Video mit dem Bürgerservice, auf ihrem Handy (der Kiosk zeigt den QR-Code dafür).
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Der Knopf auf der Startseite

home-video = Videogespräch

## Vor dem Gespräch

video-title = Videogespräch mit dem Bürgerservice
video-intro = Eine Mitarbeiterin oder ein Mitarbeiter des Bürgerservice berät Sie per Video. Sie sprechen dabei über Ihr Handy: Sie brauchen ein Handy mit Kamera und Internet.
video-screen-note = Dieser Bildschirm kann selbst keine Videogespräche führen. Das Gespräch wird nicht aufgezeichnet.
video-start = Gespräch beginnen
video-opening = Das Gespräch wird vorbereitet …

## Der QR-Code für das Handy

video-open-title = Scannen Sie den QR-Code mit Ihrem Handy
video-step-scan = Richten Sie die Kamera Ihres Handys auf den QR-Code und öffnen Sie den Link.
# Der Knopf heißt auf dem Handy genau so wie „call-start“ in call.ftl.
video-step-allow = Tippen Sie auf „Kamera und Mikrofon freigeben und verbinden“.
video-step-wait = Warten Sie einen Moment: Gleich meldet sich jemand vom Bürgerservice.
video-state-waiting = Der Bürgerservice weiß Bescheid und nimmt Ihr Gespräch gleich an.
video-state-answered = Der Bürgerservice spricht jetzt mit Ihnen auf Ihrem Handy.
video-state-ended = Das Gespräch ist beendet. Vielen Dank!
video-qr-label = QR-Code: Link zum Videogespräch mit dem Bürgerservice
video-qr-hint = Der Link gilt nur für dieses Gespräch.

## Wenn kein Gespräch möglich ist

error-video_unavailable = Videogespräche sind gerade nicht möglich. Sie können ein Anliegen hinterlassen oder eine Wartenummer ziehen.
error-video_not_offered = Hier gibt es keine Videogespräche. Sie können ein Anliegen hinterlassen oder eine Wartenummer ziehen.
