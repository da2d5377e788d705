# Texts of the Bürgerkoffer user interface (kiosk and staff area), English.
# Every message must also exist in de/main.ftl (npm test checks this).

## Header

app-title = Bürgerservice Potsdam – mobile citizen service
header-kopfzeile = A service of the public administration
nav-back = Back
nav-restart = Start over

## Start screen (shown in every language)

language-name = English
start-title = Welcome
start-choose = Please choose your language.

## Home

home-title = How can we help you?
tile-eid = Online ID & PIN
tile-eid-text = Change or unblock the PIN of your ID card
tile-services = Online services of the city
tile-services-text = Find applications and continue on your phone
tile-ticket = Take a waiting number
tile-ticket-text = We will call you when it is your turn
tile-request = Leave a request
tile-request-text = Write to us and we will get back to you

## Online services

services-title = Online services of the city
services-search-label = Search for a service
services-search-hint = For example “residence”, “dog” or “ID card”
services-most-asked = Asked for most
services-categories = Areas
services-category-all = All areas
services-results-heading = Services found
services-count =
    { $count ->
        [0] No services found
        [one] 1 service found
       *[other] { $count } services found
    }
services-empty = Try another word or another area.
services-back-to-list = Back to the list
service-address = Address
service-qr-hint = Scan the QR code with your phone's camera. You can then fill in the application there.
service-qr-label = QR code for the online service { $name }

## On-screen keyboard and keypad

keyboard-label = On-screen keyboard
keyboard-shift = Capital letter
keyboard-space = Space
keyboard-backspace = Delete last character
keyboard-clear = Delete all
pin-pad-label = Keypad
pin-pad-delete = Delete last digit

## Waiting number

ticket-title = Waiting number
ticket-intro = What have you come for? Tap it to get a number.
ticket-kinds-label = What is it about?
ticket-drawing = Taking a number …
ticket-your-number = Your waiting number
ticket-wait =
    about { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } waiting time
ticket-call-hint = Please remember the number. We will call you.
ticket-window = Please come back between { $from } and { $to }.
ticket-printed = Your ticket has been printed. Please take it with you. We will call your number.
ticket-qr-label = QR code for waiting number { $label }
ticket-qr-hint = With the QR code you also have the number on your phone.
ticket-done = Done

## Staff PIN at the kiosk

staff-pin-setup-title = Set the staff PIN
staff-pin-unlock-title = Open the staff area
staff-pin-enter = Please enter the staff PIN.
staff-pin-new = Please choose a new staff PIN with { $min } to { $max } digits.
staff-pin-repeat = Please enter the new PIN once more.
staff-pin-mismatch = The two entries do not match. Please start again.
staff-pin-too-short = The PIN has at least { $min } digits.
pin-digits =
    { $count ->
        [0] No digit entered
        [one] 1 digit entered
       *[other] { $count } digits entered
    }
staff-pin-submit = Confirm
staff-pin-cancel = Cancel

## Staff area

staff-title = Staff area
staff-station-none = No station chosen
staff-lock = Lock
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

error-title = That did not work
error-generic = Please try again. If it still does not work, please ask our staff.
error-staff_pin_wrong =
    The PIN is wrong. { $triesLeft ->
        [one] You have 1 try left.
       *[other] You have { $triesLeft } tries left.
    }
error-staff_locked = Too many wrong tries. Please wait { $secondsLeft } seconds.
error-staff_pin_rejected = The PIN must have 6 to 12 digits and must not be too simple (not 000000, not 123456).
error-staff_pin_already_set = A staff PIN has already been set.
error-staff_pin_not_set = No staff PIN has been set yet.
error-no_station_selected = No station has been chosen for today yet. Please ask our staff.
error-unknown_service = This service no longer exists. Please choose another one.
error-ticket_not_found = This waiting number was not found.
error-ticket_transition = This waiting number has already been closed.
error-kind_not_served = No desk takes this matter today. Please ask our staff.
error-unknown_desk = This desk does not exist. Please check the set-up under “Desks”.
error-desks_invalid = The desks were not saved: every desk needs at least one matter.
error-printer_paper_out = The receipt printer is out of paper. Please put in a new roll.
error-printer_offline = The receipt printer is not ready (cover open or a fault). Please check the printer.
error-printer_unreachable = The receipt printer does not answer. Please check cable, power and address.
error-printer_address_invalid = That is not a printer address. Possible: an IP address such as 192.168.1.50 (also with :9100) or a device file such as /dev/usb/lp0.
error-printer_not_set_up = No receipt printer is set up.
error-printer_render = The waiting number could not be prepared for the printer. Please tell IT.
error-not_enrolled = This station cannot take requests right now. Please ask our staff.
error-database = The data could not be read or saved. Please ask our staff.
error-store_unavailable = The station cannot save data right now. Please ask our staff.

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
