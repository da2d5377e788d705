# Kiosk texts for citizens, English: header, start page, online services, keyboards, waiting ticket, errors.
# Every message must exist in every kiosk language, with the same variables (npm test checks this).

## Header

app-title = Bürgerservice Potsdam – mobile citizen service
header-kopfzeile = A service of the public administration
nav-back = Back
nav-restart = Start over

## Start screen (shown in every language)

language-name = English
start-title = Welcome
start-choose = Please choose your language.

## Language and display (on every page)

language-switch-label = Choose language
modes-label = Display
mode-contrast = High contrast
mode-large-text = Large text
# Only shown in Leichte Sprache (easy-to-read German); translated in the other languages all the same.
language-easy-review = These texts in easy-to-read language are still being checked by test readers.

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
keyboard-other-letters = Other alphabet
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

## Digits in the PIN display (for screen readers)

pin-digits =
    { $count ->
        [0] No digit entered
        [one] 1 digit entered
       *[other] { $count } digits entered
    }

## Errors: error-<code> for the codes of the Tauri commands (docs/ipc.md)

error-title = That did not work
error-generic = Please try again. If it still does not work, please ask our staff.
error-no_station_selected = No station has been chosen for today yet. Please ask our staff.
error-unknown_service = This service no longer exists. Please choose another one.
error-kind_not_served = No desk takes this matter today. Please ask our staff.
error-not_enrolled = This station cannot take requests right now. Please ask our staff.
error-database = The data could not be read or saved. Please ask our staff.
error-store_unavailable = The station cannot save data right now. Please ask our staff.
