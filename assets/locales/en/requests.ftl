# Kiosk texts for "Leave a request", English.
# Every message must exist in every kiosk language, with the same variables (npm test checks this).

## Choose a topic

request-title = Leave a request
request-intro = What is it about? Choose a topic.
request-topic-rueckruf = Call back
request-topic-rueckruf-text = We will call you.
request-topic-termin = Appointment at the citizen service centre
request-topic-termin-text = We will suggest an appointment.
request-topic-frage = Question about a service
request-topic-frage-text = Ask us your question. We will answer.
request-topic-ummeldung = Prepare a change of address
request-topic-ummeldung-text = Moving within Potsdam? We will prepare the registration.
request-topic-meldebescheinigung = Certificate of registration by post
request-topic-meldebescheinigung-text = We send the certificate to your address.
request-fee = Fee: { $amount }

## Form

request-back-to-topics = Other topic
request-form-intro = Tap a field and type with the keyboard on the right.
request-fee-notice = This costs { $amount }. You pay online with your phone or by bank transfer after you have sent the request.
request-fee-notice-transfer = This costs { $amount }. You pay by bank transfer after you have sent the request.
request-typing-into = You are typing into: { $field }
request-next = Next
request-optional = (optional)
request-field-name = Your name
request-field-phone = Phone number
request-field-phone-hint = For example 0331 123456
request-field-email = E-mail address
request-field-email-hint = For example name@example.com
request-field-preferred_time = When suits you?
request-field-preferred_date = Preferred day
request-field-preferred_date-hint = As DD.MM.YYYY, for example 15.06.2026
request-field-service = Which service?
request-field-message = Your message
request-field-move_date = Day of the move
request-field-move_date-hint = As DD.MM.YYYY, for example 01.07.2026
request-field-new_address = New address in Potsdam
request-field-new_address-hint = Street, house number
request-field-birth_date = Your date of birth
request-field-birth_date-hint = As DD.MM.YYYY, for example 24.12.1950
request-field-address = Your address in Potsdam
request-field-address-hint = Street, house number. We send the certificate there.
request-option-preferred_time-morning = Mornings
request-option-preferred_time-afternoon = Afternoons
request-option-preferred_time-any = Any time

## Errors at a field

request-invalid-required = Please fill in this field.
request-invalid-too_long = Please write at most { $max } characters.
request-invalid-email_invalid = This is not a valid e-mail address. It needs an @ and a dot, for example name@example.com.
request-invalid-phone_invalid = This is not a valid phone number. Please use digits only; a + is allowed at the start.
request-invalid-choice_invalid = Please choose one of the options.
request-invalid-date_invalid = This is not a valid date. Please write it as DD.MM.YYYY.
request-invalid-one_of_required = Please fill in one of these fields so that we can reach you: { $fields }.
request-invalid-consent_required = Please tick the box if you agree.
request-invalid-other = Please check this entry.

## Privacy and consent

request-privacy-title = Privacy: what happens to your details?
request-privacy-what = We store the topic and the details from this form – only for your request.
request-privacy-who = Only authorised staff of the citizen service may read them, each with a personal account. Every reading is recorded.
request-privacy-protection = Your details are encrypted here on this device. Only the city administration’s central system can open them.
request-privacy-duration = We delete your details 90 days after your request has been dealt with.
request-privacy-voluntary = Giving your details is voluntary. You can also tell our staff directly.
request-privacy-withdraw = You can withdraw your consent at any time. Tell our staff or write to: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Please give your reference number.
request-consent = I have read the information. I agree that the citizen service uses my details for this request.
request-back-to-form = Back to the form
request-send = Send request
request-sending = Sending …

## Done

request-done-title = Thank you, your request is saved
request-done-reference = Your reference number:
request-done-next = We will get back to you. Please note the number or scan the QR code.
request-done = Done
request-qr-label = QR code with the reference number { $reference }
request-qr-hint = With the QR code you also have the number on your phone.
request-pay-title = Pay the fee: { $amount }
request-pay-how = Scan the QR code with your banking app. The app fills in the transfer. Or make the transfer yourself:
request-pay-recipient = Recipient
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Amount
request-pay-remittance = Payment reference
request-pay-next = We send the certificate when the money has reached us.
request-pay-qr-label = QR code for the transfer of { $amount } to { $recipient }
request-pay-online-show = Pay online with your phone
request-pay-online-title = Pay online: { $amount }
request-pay-online-how = Scan the QR code with your phone's camera. You will reach the city's payment page and choose there how you want to pay.
request-pay-online-qr-label = QR code for paying { $amount } online for the request with reference number { $reference }
request-pay-online-back = Back to the bank transfer
request-upload-show = Upload documents with your phone
request-upload-title = Upload documents with your phone
request-upload-how = Scan the QR code with your phone's camera. There you can upload photos or PDF files for your request, for example a rental contract.
# $until: the day, already formatted (Thursday, 17 December).
request-upload-until = The link is valid until { $until }.
request-upload-qr-label = QR code for uploading documents for the request with reference number { $reference }
request-upload-back-pay = Back to the payment
request-upload-back-reference = Back to the reference number

## Errors of the request commands (docs/ipc.md)

error-request_invalid = Please check the marked fields.
error-consent_required = Please agree to the privacy information.
error-unknown_topic = This topic no longer exists. Please choose another one.
error-disk_full = The device's storage is full. Please ask our staff.
