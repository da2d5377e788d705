# Kiosk texts for "Video call", English: citizens talk to the citizen service by
# video, on their own phone (the kiosk shows the QR code for it).
# Every message must exist in every kiosk language, with the same variables (npm test checks this).

## The button on the home page

home-video = Video call

## Before the call

video-title = Video call with the citizen service
video-intro = A member of the citizen service staff will advise you by video. You talk on your phone: you need a phone with a camera and internet access.
video-screen-note = This screen cannot make video calls itself. The call is not recorded.
video-start = Start call
video-opening = Preparing the call …

## The QR code for the phone

video-open-title = Scan the QR code with your phone
video-step-scan = Point your phone's camera at the QR code and open the link.
# The button on the phone is labelled exactly like “call-start” in call.ftl.
video-step-allow = Tap “Allow camera and microphone and connect”.
video-step-wait = Wait a moment: someone from the citizen service will be with you shortly.
video-state-waiting = The citizen service knows you are waiting and will take your call shortly.
video-state-answered = The citizen service is now talking to you on your phone.
video-state-ended = The call has ended. Thank you very much!
video-qr-label = QR code: link to the video call with the citizen service
video-qr-hint = The link is only valid for this call.

## When no call is possible

error-video_unavailable = Video calls are not possible right now. You can leave a request or take a waiting number.
error-video_not_offered = Video calls are not offered here. You can leave a request or take a waiting number.
