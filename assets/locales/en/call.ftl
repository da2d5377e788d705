# The page of the central server where citizens have a video call with the citizen service
# on their phone (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). The link comes as a QR code from the kiosk.
# The page speaks the kiosk's language. The texts starting with “call-state-” are filled in by
# the page's script while the call is in progress.

call-title = Video call with the citizen service
call-intro = A member of the citizen service staff will talk to you by video in a moment. The call is not recorded.
call-privacy = Video and sound are sent encrypted to the city's citizen service and are not stored anywhere.
call-start = Allow camera and microphone and connect
call-hang-up = End call
call-mute = Microphone off
call-unmute = Microphone on
call-camera-off = Camera off
call-camera-on = Camera on
call-you = You
call-clerk = Citizen service
call-documents-title = Send documents
call-documents-intro = Does the citizen service need a document from you? Send it here while the call continues: PDF, JPEG or PNG, or a photo taken with your camera.
call-state-connecting = Connecting …
call-state-waiting = You are connected. Please wait a moment; someone from the citizen service will be with you shortly.
call-state-talking = You are talking to the citizen service.
call-state-left = The citizen service has left the call for a moment. Please stay on this page.
call-state-ended = The call has ended. Thank you very much! You can close this page.
call-state-no-camera = The call cannot work without access to the camera and microphone. Please allow access in your browser and tap “Allow camera and microphone and connect” again.
call-state-failed = The connection did not work. Please reload the page or ask the staff at the kiosk.
call-state-unsupported = Your browser cannot make video calls. Please open the link in an up-to-date browser (for example Chrome, Firefox or Safari).

## Why the page does not offer a call

call-error-link = This link is not valid. Please scan the QR code at the kiosk again.
call-error-ended = This call has already ended. You can start a new one at the kiosk.
call-error-internal = Sorry, that did not work. Please try again later.
