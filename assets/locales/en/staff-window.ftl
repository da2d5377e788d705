# Texts of the staff window, the call display and the staff PIN dialog at the kiosk, English.
# German and English only: every message must also be in de/staff-window.ftl (npm test checks this).

## Staff PIN at the kiosk

staff-pin-unlock-title = Open the staff area
staff-pin-enter = Please enter the staff PIN.
staff-pin-too-short = The PIN has at least { $min } digits.
staff-pin-submit = Confirm
staff-pin-unset-title = No staff PIN yet
staff-pin-unset-text = No staff PIN has been set for this station. IT sets it on the laptop (not here on the screen) with this command:
staff-pin-close = Close
staff-pin-cancel = Cancel

## Staff area

staff-title = Staff area
staff-station-none = No station chosen
staff-lock = Lock
staff-quit = Quit the kiosk
staff-quit-question = The citizens' screen closes until the kiosk is started again. Quit now?
staff-quit-confirm = Yes, quit the kiosk
staff-quit-cancel = Cancel
staff-tickets-title = Waiting numbers today
staff-call-next = Call next number
staff-waiting-count =
    { $count ->
        [0] Nobody is waiting
        [one] 1 person waiting
       *[other] { $count } people waiting
    }
staff-called = Called:
staff-called-desk = to desk { $desk }
staff-desk-label = My desk
staff-desk-option = Desk { $desk }
staff-nobody-waiting = Nobody is waiting right now.
staff-tickets-empty = No numbers have been taken today.
staff-ticket-number = Number
staff-ticket-status = Status
staff-ticket-kind = Matter
staff-ticket-desk = Desk
staff-ticket-window = Time window
staff-ticket-drawn = Taken
staff-ticket-called = Called
staff-ticket-actions = Actions
staff-status-waiting = Waiting
staff-status-called = Called
staff-status-served = Served
staff-status-gone = Did not show up
staff-mark-served = Served
staff-mark-served-label = Number { $label } was served
staff-mark-gone = Did not show up
staff-mark-gone-label = Number { $label } did not show up
staff-desks-title = Desks
staff-desks-intro = Which desk takes which matters? Citizens choose their matter at the kiosk; only matters that a desk takes are offered.
staff-desks-count = Number of desks
staff-desks-desk = Desk { $desk }
staff-desks-save = Save desks
staff-desks-saved = The desks are saved.
staff-display-open = Open call display
staff-display-hint = The call display appears on a second screen when one is connected. The gong and the announcement sound there too.
staff-printer-title = Receipt printer
staff-printer-address = Printer address
staff-printer-hint = IP address (e.g. 192.168.1.50 or 192.168.1.50:9100) or device file (e.g. /dev/usb/lp0). Leave empty if there is no printer.
staff-printer-save = Save printer
staff-printer-check = Check printer
staff-printer-test = Print test ticket
staff-printer-none = No receipt printer set up: waiting numbers are shown on screen only.
staff-printer-ready = The receipt printer is set up: { $address }
staff-printer-ok = The receipt printer is ready.
staff-printer-no-answer = The receipt printer can be reached but does not answer status requests, so whether it has paper is unknown. It is printed to all the same.
staff-printer-test-done = The test ticket was printed.
staff-printer-trouble-title = Problem with the receipt printer
staff-printer-trouble-link = The kiosk shows waiting numbers on screen only. Go to the receipt printer
# $time: HH:MM; $message: the printer's message (error-printer-…).
staff-printer-trouble = Since { $time }: { $message } Meanwhile the kiosk shows waiting numbers on screen only.
staff-stations-title = Choose station
staff-stations-empty = There is no schedule.
staff-stations-today = Today
staff-stations-hours = { $open } to { $close }
staff-stations-next = Next service day: { $day }
staff-stations-past = No further service day planned
staff-stations-select = Choose this station
staff-stations-select-label = Choose this station: { $name }
staff-stations-selected = Chosen
staff-footer-schema = Database schema: version { $version }
staff-footer-database = Database: { $path }

## Errors: error-<code> for the codes of the Tauri commands (docs/ipc.md)

error-staff_pin_wrong =
    The PIN is wrong. { $triesLeft ->
        [one] You have 1 try left.
       *[other] You have { $triesLeft } tries left.
    }
error-staff_locked = Too many wrong tries. Please wait { $secondsLeft } seconds.
error-staff_pin_rejected = The PIN must have 6 to 12 digits and must not be too simple (not 000000, not 123456).
error-staff_pin_already_set = A staff PIN has already been set.
error-staff_pin_not_set = No staff PIN has been set yet.
error-ticket_not_found = This waiting number was not found.
error-ticket_transition = This waiting number has already been closed.
error-unknown_desk = This desk does not exist. Please check the set-up under “Desks”.
error-desks_invalid = The desks were not saved: every desk needs at least one matter.
error-printer_address_invalid = That is not a printer address. Possible: an IP address such as 192.168.1.50 (also with :9100) or a device file such as /dev/usb/lp0.
error-printer_not_set_up = No receipt printer is set up.
error-printer_render = The waiting number could not be prepared for the printer. Please tell IT.
error-printer_paper_out = The receipt printer is out of paper. Please put in a new roll.
error-printer_offline = The receipt printer is not ready (cover open or a fault). Please check the printer.
error-printer_unreachable = The receipt printer does not answer. Please check cable, power and address.

## Call display (display.html)

display-title = Call display
display-now = Called
display-desk = Desk { $desk }
display-call = Number { $label }, please go to desk { $desk }
display-earlier = Called before
display-none = No number has been called yet.
display-waiting = Waiting
display-waiting-kind =
    { $count ->
        [0] nobody
        [one] 1 person
       *[other] { $count } people
    }
display-no-station = No station has been chosen for today yet.
display-hint = Please have your ticket ready.

## Staff area: online ID

staff-eid-title = Online ID at the kiosk
staff-eid-reader = Card reader
staff-eid-reader-none = No card reader connected
staff-eid-card = Card
staff-eid-card-none = No card on the reader
staff-eid-card-eid = ID card with online function on the reader
staff-eid-card-other = Another card on the reader
staff-eid-busy = The kiosk is talking to the card.
staff-eid-today = Today
staff-eid-changed = PIN changes successful
staff-eid-failed = PIN changes failed
staff-eid-referred = Referred to staff
staff-eid-help-title = A person at the kiosk needs help
staff-eid-help-at = Since { $time }
staff-eid-help-reason-puk_used_up = PUK used up – new PIN only at the Bürgeramt
staff-eid-help-reason-pin_forgotten = PIN forgotten – new PIN at the Bürgeramt (appointment)
staff-eid-help-reason-deactivated = Online ID function switched off
staff-eid-help-reason-other = Asks for help
staff-eid-help-done = Done
staff-eid-help-done-label = Help done: { $reason }, since { $time }

## Staff area: record a request

staff-request-title = Record a request for a citizen
staff-request-topic = Topic
staff-request-consent = The person has read (or been read) the privacy information and agrees.
staff-request-submit = Save request
staff-request-saving = Saving …
staff-request-saved-title = Request saved
staff-request-saved = Reference number: { $reference }. Please give the person this number.
staff-request-fee = Fee { $amount }: please transfer to { $recipient }, IBAN { $iban }, BIC { $bic }, payment reference “{ $remittance }”.
staff-request-pay-online = The person pays online through this link (valid until { $until }):
staff-request-upload = The person hands in documents with their phone through this QR code or link (valid until { $until }):
staff-request-upload-qr = QR code for uploading documents for the request with reference number { $reference }
staff-request-new = New request

## Staff area: synchronisation

staff-sync-title = Synchronisation with the town hall
staff-sync-enrolled = Station is enrolled
staff-sync-not-enrolled = Station is not enrolled yet – please ask IT
staff-sync-central = Central: { $url }
staff-sync-pending = Waiting to be sent
staff-sync-dead-letter = Rejected (please check)
staff-sync-acknowledged = Sent
staff-sync-last-success = Last success
staff-sync-never = Never
staff-sync-last-error-title = Last synchronisation failed
staff-sync-last-error = On { $time }: { $message }
staff-sync-running = Synchronising …
staff-sync-now = Synchronise now
staff-sync-done = Synchronisation finished.
staff-sync-retry-dead = Send rejected items again
staff-sync-retry-dead-hint = Only after IT has fixed the cause: the rejected items go back to the outbox and are sent again right away.

## Booked and ordered today

staff-day-title = Booked and ordered today
staff-day-appointments = Appointments citizens booked here today
staff-day-appointments-none = No appointment has been booked here today.
staff-day-reference = Reference number
staff-day-booked-at = Booked at
staff-day-service = Service
staff-day-appointment = Appointment
staff-day-number = Appointment number
staff-day-wish = Appointment wish: booked once the central has it
staff-day-fees = Fees asked for here today
staff-day-fees-none = No fee has been asked for here today.
staff-day-fees-hint = Fees are paid by transfer or online with a phone. What the cash office records or the payment platform reports arrives here with the next sync.
staff-day-recorded-at = Asked for at
staff-day-amount = Amount
staff-day-paid = Paid
staff-day-paid-office = recorded by the cash office, { $time }
staff-day-paid-online = paid online, { $time }
staff-day-unpaid = no payment reported yet
staff-day-calls = Video calls started here today
staff-day-calls-none = No video call was started here today.
staff-day-started-at = Started at
staff-day-language = Kiosk language
staff-day-call-state = State
staff-day-call-waiting = waiting for the Bürgerservice
staff-day-call-answered = talking with the Bürgerservice
staff-day-call-ended = ended

## Video call for a citizen

staff-video-title = Video call for a citizen
staff-video-intro = Someone at the station wants to talk with the Bürgerservice by video: the call runs on their phone. Choose their language and let them scan the QR code.
staff-video-lang = The person's language
staff-video-open = Start video call
staff-video-opening = Preparing …
staff-video-qr = QR code: link to the video call for the person's phone
staff-video-link = The link is only valid for this call:
staff-video-another = Start another call
