# The page of the central server where citizens upload documents for their request
# with their phone (crates/central/src/upload.rs, templates/upload.html).
# The link comes as a QR code from the kiosk; the page speaks the kiosk's language.

upload-site = City of Potsdam – Citizen Service
upload-title = Documents for your request
upload-intro = Here you can upload photos or PDF files for your request, for example a rental contract or a power of attorney. The city staff handling your request will see them together with your request.
upload-rules = PDF, JPEG and PNG are allowed, up to 10 MB per file, in total up to 10 files and 30 MB.
# $until: day and time, already formatted (17.12.2026, 10:15).
upload-valid-until = This link is valid until { $until }.
upload-held =
    { $count ->
        [0] There are no documents for this request yet.
        [one] There is 1 file for this request.
       *[other] There are { $count } files for this request.
    }
upload-choose = Choose files
upload-choose-hint = You can choose several files at once or take a photo.
upload-send = Upload
upload-privacy = Your files are stored encrypted. Only the staff responsible for your request can open them; they are deleted together with your request.

## After uploading

upload-received-title = Thank you
upload-received =
    { $count ->
        [one] We have received this file:
       *[other] We have received these { $count } files:
    }
upload-more = You can upload more files or close the page.
upload-refused-title = Not everything was accepted
upload-refused = We did not accept these files:
# $name: the file name, $size: the size, already formatted (2.4 MB).
upload-file = { $name } ({ $size })

## Why a file or the link was not accepted

upload-error-type = { $name }: not a PDF, JPEG or PNG file.
upload-error-file-too-large = { $name }: larger than 10 MB.
upload-error-too-many = { $name }: there are already 10 files for this request.
upload-error-total-too-large = { $name }: together the files would be more than 30 MB.
upload-error-empty = Please choose at least one file.
upload-error-body-too-large = The files are too large together. Please upload no more than 30 MB at a time.
upload-error-link = This link is not valid. Please scan the QR code at the kiosk again or contact the citizen service.
upload-error-expired = This link expired on { $until }. Please contact the citizen service.
upload-error-closed = Your request has already been closed, so no more documents can be added to it. Please contact the citizen service.
upload-error-internal = Sorry, that did not work. Please try again later.
