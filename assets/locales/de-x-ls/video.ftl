# Texte des Kiosks für „Videogespräch“, Leichte Sprache: Bürgerinnen und Bürger sprechen per
# Video mit dem Bürgerservice, auf ihrem Handy (der Kiosk zeigt den QR-Code dafür).
# Jede Nachricht muss es in jeder Kiosk-Sprache geben, mit denselben Variablen (npm test prüft das).

## Der Knopf auf der Startseite

home-video = Video-Gespräch

## Vor dem Gespräch

video-title = Video-Gespräch mit dem Bürger-Service
video-intro = Ein Mitarbeiter vom Bürger-Service hilft Ihnen. Das ist ein Video-Gespräch. Sie können sich dabei sehen und hören. Sie sprechen mit Ihrem Handy. Ihr Handy braucht eine Kamera und Internet.
video-screen-note = Mit diesem Bildschirm geht kein Video-Gespräch. Sie sprechen nur mit Ihrem Handy. Wir nehmen das Gespräch nicht auf. Das heißt: Wir speichern das Gespräch nicht.
video-start = Gespräch beginnen
video-opening = Wir bereiten das Gespräch vor …

## Der QR-Code für das Handy

video-open-title = Der QR-Code für Ihr Handy
video-step-scan = Das Bild mit den kleinen Kästchen heißt QR-Code. Halten Sie die Kamera von Ihrem Handy auf den QR-Code. Dann zeigt Ihr Handy einen Link. Tippen Sie auf den Link.
# Der Knopf heißt auf dem Handy genau so wie „call-start“ in call.ftl.
video-step-allow = Tippen Sie auf Ihrem Handy auf „Kamera und Mikrofon erlauben und verbinden“.
video-step-wait = Warten Sie einen Moment. Gleich kommt ein Mitarbeiter vom Bürger-Service.
video-state-waiting = Der Bürger-Service weiß Bescheid. Gleich spricht ein Mitarbeiter mit Ihnen.
video-state-answered = Der Bürger-Service spricht jetzt mit Ihnen. Das Gespräch ist auf Ihrem Handy.
video-state-ended = Das Gespräch ist zu Ende. Vielen Dank!
video-qr-label = QR-Code: Link zum Video-Gespräch mit dem Bürger-Service
video-qr-hint = Sie können den Link nur für dieses Gespräch benutzen.

## Wenn kein Gespräch möglich ist

error-video_unavailable = Video-Gespräche gehen gerade nicht. Sie können ein Anliegen hinterlassen. Oder Sie holen eine Warte-Nummer.
error-video_not_offered = Hier gibt es keine Video-Gespräche. Sie können ein Anliegen hinterlassen. Oder Sie holen eine Warte-Nummer.
