# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = Відеодзвінок зі службою Bürgerservice
call-intro = Зараз із вами за відеозв’язком поговорить працівниця або працівник служби Bürgerservice. Розмова не записується.
call-privacy = Зображення і звук передаються до служби Bürgerservice міста в зашифрованому вигляді й ніде не зберігаються.
call-start = Дозволити доступ до камери й мікрофона та під’єднатися
call-hang-up = Завершити розмову
call-mute = Вимкнути мікрофон
call-unmute = Увімкнути мікрофон
call-camera-off = Вимкнути камеру
call-camera-on = Увімкнути камеру
call-you = Ви
call-clerk = Служба Bürgerservice
call-documents-title = Надіслати документи
call-documents-intro = Службі Bürgerservice потрібен документ від вас? Надішліть його тут — розмова при цьому не перерветься: PDF, JPEG або PNG, а також фото з камери.
call-state-connecting = Встановлюється з’єднання …
call-state-waiting = Ви під’єднані. Будь ласка, зачекайте трохи — зараз до вас приєднається працівник служби Bürgerservice.
call-state-talking = Ви розмовляєте з працівником служби Bürgerservice.
call-state-left = Працівник служби Bürgerservice ненадовго вийшов із розмови. Будь ласка, залишайтеся на цій сторінці.
call-state-ended = Розмову завершено. Щиро дякуємо! Ви можете закрити цю сторінку.
call-state-no-camera = Без доступу до камери й мікрофона розмова неможлива. Будь ласка, дозвольте доступ у своєму браузері й ще раз натисніть «Дозволити доступ до камери й мікрофона та під’єднатися».
call-state-failed = Не вдалося встановити з’єднання. Будь ласка, оновіть сторінку або зверніться до працівників біля терміналу.
call-state-unsupported = Ваш браузер не підтримує відеодзвінки. Будь ласка, відкрийте посилання в сучасному браузері (наприклад, Chrome, Firefox або Safari).

## Warum die Seite kein Gespräch anbietet

call-error-link = Це посилання недійсне. Будь ласка, ще раз відскануйте QR-код на терміналі.
call-error-ended = Цю розмову вже завершено. Нову розмову ви можете почати на терміналі.
call-error-internal = На жаль, щось пішло не так. Будь ласка, спробуйте ще раз пізніше.
