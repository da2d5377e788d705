# The page of the central server where citizens pay the fee for a request online
# with their phone (crates/central/src/checkout.rs, templates/payment.html).
# The link comes as a QR code from the kiosk; the page leads to the city's payment page and,
# on return, shows whether the payment has arrived. It speaks the kiosk's language.

payment-title = Pay the fee online
# $amount: the amount, already formatted (10,00 €); $reference: the reference number.
payment-what = Fee of { $amount } for your request { $reference }.
payment-paid-title = Thank you, the fee has been paid
# $when: day and time, already formatted.
payment-paid = Your payment reached the city on { $when }. You do not need to do anything else.
payment-canceled-title = The payment was cancelled
payment-canceled = Nothing has been charged. You can try again or pay the fee by bank transfer.
payment-failed-title = The payment did not go through
payment-failed = The payment page declined the payment. Nothing has been charged. You can try again or pay the fee by bank transfer.
payment-open-title = The payment is not complete yet
payment-open = The payment page has not confirmed the payment yet. If you have just paid, reload this page in a minute.
payment-retry = Pay online now
payment-reload = Reload page
payment-transfer-title = Or by bank transfer
payment-transfer-intro = You can also pay the fee by bank transfer, with exactly this payment reference:
payment-transfer-payee = Recipient
payment-transfer-iban = IBAN
payment-transfer-bic = BIC
payment-transfer-amount = Amount
payment-transfer-remittance = Payment reference

## Why the page does not lead to the payment

payment-error-link = This link is not valid. Please scan the QR code at the kiosk again or contact the citizen service.
payment-error-expired = This link expired on { $until }. Please pay the fee by bank transfer or contact the citizen service.
payment-error-no-fee = There is no fee to pay for this request.
payment-error-unavailable = Online payment is not available at the moment. Please try again later or pay the fee by bank transfer.
payment-error-closed = Your request has already been closed. Please contact the citizen service.
payment-error-internal = Sorry, that did not work. Please try again later.
