# Kiosk texts for "Online ID & PIN", English.
# Every message must exist in every kiosk language, with the same variables (npm test checks this).

## Waiting for the ID card

eid-wait-title-start = Place your ID card on the card reader
eid-wait-title-not_changed = The ID card was taken away
eid-wait-text-not_changed = Nothing was changed. Place the card on the reader again and we will try once more.
eid-wait-title-unknown = Please place your ID card on the reader again
eid-wait-text-unknown = It is not clear whether the PIN was changed. Place the card on the reader again – we will check.
eid-wait-title-reader_gone = The card reader is no longer connected
eid-wait-text-reader_gone = Nothing was changed. You can go on as soon as the reader is back.
eid-reader-searching = Looking for the card reader …
eid-reader-no_reader = No card reader found – please ask our staff
eid-reader-no_card = The reader is ready. Lay your ID card flat on it and leave it there.
eid-reader-other_card = This card has no online ID function. Please use your ID card, residence permit or eID card.
eid-picture-card-on-reader = Picture: an ID card is laid flat on the card reader.

## Reading or changing the card

eid-busy-checking = Reading your ID card …
eid-busy-verifying = Checking whether the change reached your ID card …
eid-busy-changing = Changing your PIN …
eid-busy-unblocking = Unblocking your PIN …
eid-busy-keep-card = Please do not move the card.

## Entering on the card reader (card reader with its own number keys)

eid-on-reader-title = Please type on the card reader
eid-on-reader-intro = Your card reader has its own number keys. Type your secret numbers there, not here on the screen. Press the "OK" key after each entry.
eid-on-reader-waiting = One moment, the card reader will be ready shortly …
eid-on-reader-can = Now type the card access number (CAN) on the card reader: the 6 digits on the front of your ID card.
eid-on-reader-pin = Now type your current PIN (6 digits) on the card reader.
eid-on-reader-transport_pin = Now type your Transport PIN (5 digits from the PIN letter) on the card reader.
eid-on-reader-new_pin = Now type your new PIN (6 digits) on the card reader. Then type it once more to confirm.
eid-on-reader-check_new_pin = To check: now type your new PIN (6 digits) once on the card reader.
eid-on-reader-puk = Now type the PUK (10 digits from the PIN letter) on the card reader.
eid-picture-pin-pad = Picture: a card reader with number keys, with the ID card lying on it. Fingers are typing on the reader's keys.
eid-choose-on-reader = You will type the PIN on the card reader in a moment, not on the screen.

## Which PIN do you have?

eid-choose-title = Which PIN do you have?
eid-choose-transport = 5-digit Transport PIN
eid-choose-transport-text = From the PIN letter you received by post after applying.
eid-choose-pin = 6-digit PIN
eid-choose-pin-text = The PIN you chose yourself.
eid-choose-forgotten = I forgot my PIN
eid-choose-forgotten-text = We will tell you how to get a new PIN.
eid-tries-title = Please mind the tries left
eid-tries-left =
    { $triesLeft ->
        [one] You have 1 try left.
       *[other] You have { $triesLeft } tries left.
    }
eid-last-try = This is your last try. If this PIN is wrong too, it will be blocked. You will then need the PUK from your PIN letter.

## Entering PIN, new PIN, CAN and PUK

eid-transport-title = Enter the Transport PIN
eid-transport-prompt = Enter the { $digits }‑digit Transport PIN from your PIN letter.
eid-current-title = Enter your current PIN
eid-current-prompt = Enter your current { $digits }‑digit PIN.
eid-new-title = Choose a new PIN
eid-new-prompt = Choose your new PIN with { $digits } digits. Remember it well.
eid-repeat-title = Repeat the new PIN
eid-repeat-prompt = Enter the new PIN once more.
eid-can-title = Enter the card access number
eid-can-prompt = To protect your card we need the { $digits }‑digit card access number (CAN). It is printed bottom right on the front of your ID card.
eid-puk-title = Enter the PUK
eid-puk-prompt = Your PIN is blocked. Unblock it with the { $digits }‑digit PUK from your PIN letter.
eid-picture-can = Picture: front of the ID card. The 6-digit card access number is at the bottom right.
eid-rules-title = The new PIN:
eid-rule-digits = has exactly 6 digits,
eid-rule-same = is not six times the same digit (not 111111),
eid-rule-sequence = is not a simple sequence like 123456 or 654321.
eid-submit = Next
eid-pin-wrong-title = The PIN was wrong
eid-can-wrong-title = The card access number was wrong
eid-can-wrong = Please check the number at the bottom right on the front of your ID card.
eid-puk-wrong-title = The PUK was wrong
eid-puk-wrong = Please check the PUK in your PIN letter.
eid-new-pin-problem-title = This PIN cannot be used
eid-new-pin-problem-length = The new PIN must have exactly 6 digits.
eid-new-pin-problem-digits = The new PIN may only contain digits.
eid-new-pin-problem-all_same = The new PIN must not be six times the same digit.
eid-new-pin-problem-sequence = The new PIN must not be a simple sequence like 123456.
eid-new-pin-problem-mismatch = The two entries were not the same. Please choose the new PIN again.

## Result

eid-changed-title = Your PIN has been changed
eid-changed-text = Your online ID is ready.
eid-changed-use = With the AusweisApp on your phone you can now prove who you are to online services – for example for applications to the City of Potsdam.
eid-changed-qr-label = QR code: how to use your online ID
eid-changed-qr-hint = Scan the QR code. It explains how to use your online ID.
eid-take-card = Please take your ID card with you.
eid-done = Done
eid-unblocked-title = Your PIN is unblocked
eid-unblocked-text = Your previous PIN works again. You have 3 tries.
eid-unblocked-next = Do you know your PIN? Then you can choose a new PIN now. If you do not remember it, choose "I forgot my PIN" next.
eid-unblocked-change = Change PIN now
eid-help-title-puk_used_up = Your PUK is used up
eid-help-title-pin_forgotten = Forgot your PIN
eid-help-title-deactivated = The online ID function is switched off
eid-help-title-other = Our staff will help you
eid-help-puk_used_up = The PUK from your PIN letter can no longer unblock your PIN. You can get a new PIN at the Bürgerservicecenter (citizens' service centre). Please bring your ID card.
eid-help-pin_forgotten = You can get a new PIN at the Bürgerservicecenter (citizens' service centre). Please bring your ID card. The PIN reset letter (PIN-Rücksetzbrief) sent to your home no longer exists since the end of 2023.
eid-help-deactivated = Only an authority can switch it on: the Bürgerservicecenter for the German ID card, the immigration office (Ausländerbehörde) for the electronic residence permit. Please bring your card.
eid-help-other = Our staff will be with you shortly and help you.
eid-help-book = You can book an appointment right here, with the QR code on your phone, or by calling 115, the public service number.
eid-help-book-elsewhere = Book an appointment with the QR code or by calling the public service number 115.
eid-help-qr-label = QR code: book an appointment at the Bürgerservicecenter
eid-help-qr-hint = Scan the QR code with your phone to book an appointment.
eid-help-told-title = Our staff have been told
eid-help-told = Someone will be with you shortly.
eid-retry = Try again
eid-call-staff = Call staff
eid-cancel = Cancel

## Errors of the eID commands (docs/ipc.md)

error-eid_pin_wrong =
    The PIN was wrong. { $triesLeft ->
        [one] You have 1 try left.
       *[other] You have { $triesLeft } tries left.
    }
error-eid_can_needed = Please enter the card access number (CAN) first.
error-eid_can_wrong = The card access number was wrong.
error-eid_puk_needed = The PIN is blocked. Please enter the PUK.
error-eid_puk_wrong = The PUK was wrong.
error-eid_puk_used_up = The PUK has been used too often. Please ask our staff.
error-eid_deactivated = The online ID function is switched off. Please ask our staff.
error-eid_card_removed = The ID card was taken away.
error-eid_not_changed = The change did not reach your ID card; it is as it was before. You can try again.
error-eid_no_reader = No card reader found. Please ask our staff.
error-eid_reader_gone = The card reader is no longer connected.
error-eid_no_card = There is no ID card on the reader.
error-eid_not_eid_card = This card has no online ID function.
error-eid_new_pin_rule = This new PIN cannot be used.
error-eid_pin_pad_cancelled = The cancel key was pressed on the card reader. Nothing was changed.
error-eid_pin_pad_timed_out = Nothing was typed on the card reader in time. No changes were made.
error-eid_pin_pad_mismatch = The new PIN and the repeated PIN were not the same. Nothing was changed.
error-eid_pin_pad_wrong_length = The new PIN must have 6 digits. Nothing was changed.
error-eid_card_error = The ID card did not answer as expected. Please place it on the reader again and try once more.
