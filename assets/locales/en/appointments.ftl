# Kiosk texts for "Book an appointment", English.
# Every message must exist in every kiosk language, with the same variables (npm test checks this).

## The page of a service

appointment-book = Book an appointment at the citizen service centre

## Free times

appointment-title = Book an appointment: { $service }
appointment-loading = Loading the free times …
appointment-office = Appointments at { $office }. Choose a day and a time.
appointment-none = Sorry, no time is free in the next four weeks.
appointment-time-label = { $day }, { $time }
appointment-earlier-days = Earlier days
appointment-later-days = Later days
appointment-reserving = Reserving the time for you …
appointment-wish = Leave an appointment request

## Your details

request-topic-terminbuchung = Your details for the appointment
appointment-held = Reserved for you: { $when }. Please finish by { $until }.
appointment-back-to-times = Other time
appointment-send = Book this appointment
appointment-privacy-system = The central passes your name, e-mail address and phone number on to the city's appointment system. It uses them to book the appointment and to send you the confirmation.

## Booked

appointment-done-title = Your appointment is booked
appointment-done-place = at { $office }
appointment-done-number = Your appointment number:
appointment-done-mail = The confirmation comes by e-mail. Please bring your ID.
appointment-qr-label = QR code with your appointment on { $when }
appointment-qr-hint = Scan the QR code with your phone's camera to put the appointment in your calendar.
appointment-queued-title = Your appointment request is saved
appointment-queued-text = The appointment system cannot be reached just now. The citizen service centre will e-mail you an appointment.

## Errors

error-slot_taken = Someone else has just booked this time. Please choose another one.
error-reservation_expired = The reservation has run out. Please choose the time again.
error-appointments_unreachable = The appointment system cannot be reached just now. You can leave an appointment request, and we will get back to you.
error-appointments_not_offered = Sorry, this service cannot be booked here. Please ask our staff.
error-too_many_with_same_mail = This e-mail address already has as many appointments as allowed. Please use another e-mail address.
error-appointment_refused = The appointment system refused the booking. Please ask our staff.
error-name_refused = The appointment system does not accept this name. Please check it.
error-email_refused = The appointment system does not accept this e-mail address. Please check it.
error-telephone_refused = The appointment system does not accept this phone number. Please check it or leave the field empty.
