# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = Видеозвонок с Bürgerservice
call-intro = Сейчас с вами по видеосвязи поговорит сотрудница или сотрудник Bürgerservice. Разговор не записывается.
call-privacy = Изображение и звук передаются в Bürgerservice города в зашифрованном виде и нигде не сохраняются.
call-start = Разрешить доступ к камере и микрофону и подключиться
call-hang-up = Завершить разговор
call-mute = Выключить микрофон
call-unmute = Включить микрофон
call-camera-off = Выключить камеру
call-camera-on = Включить камеру
call-you = Вы
call-clerk = Bürgerservice
call-documents-title = Отправить документы
call-documents-intro = Bürgerservice нужен документ от вас? Отправьте его здесь — разговор при этом не прервётся: PDF, JPEG или PNG, а также фото с камеры.
call-state-connecting = Устанавливается соединение …
call-state-waiting = Вы подключены. Пожалуйста, подождите немного — сейчас к вам подключится сотрудник Bürgerservice.
call-state-talking = Вы говорите с сотрудником Bürgerservice.
call-state-left = Сотрудник Bürgerservice ненадолго покинул разговор. Пожалуйста, оставайтесь на этой странице.
call-state-ended = Разговор завершён. Большое спасибо! Вы можете закрыть эту страницу.
call-state-no-camera = Без доступа к камере и микрофону разговор невозможен. Пожалуйста, разрешите доступ в своём браузере и ещё раз нажмите «Разрешить доступ к камере и микрофону и подключиться».
call-state-failed = Не удалось установить соединение. Пожалуйста, обновите страницу или обратитесь к сотрудникам у терминала.
call-state-unsupported = Ваш браузер не поддерживает видеозвонки. Пожалуйста, откройте ссылку в современном браузере (например, Chrome, Firefox или Safari).

## Warum die Seite kein Gespräch anbietet

call-error-link = Эта ссылка недействительна. Пожалуйста, ещё раз отсканируйте QR-код на терминале.
call-error-ended = Этот разговор уже завершён. Новый разговор вы можете начать на терминале.
call-error-internal = К сожалению, что-то пошло не так. Пожалуйста, попробуйте ещё раз позже.
