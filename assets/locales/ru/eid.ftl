# Тексты киоска для раздела «Онлайн-удостоверение и PIN-код», русский язык.
# Каждое сообщение должно быть на каждом языке киоска, с теми же переменными (это проверяет npm test).

## Ожидание удостоверения

eid-wait-title-start = Положите удостоверение на считыватель
eid-wait-title-not_changed = Удостоверение убрано со считывателя
eid-wait-text-not_changed = Ничего не изменено. Положите удостоверение обратно, и мы попробуем ещё раз.
eid-wait-title-unknown = Пожалуйста, положите удостоверение обратно
eid-wait-text-unknown = Неясно, был ли изменён PIN-код. Положите удостоверение обратно — мы это проверим.
eid-wait-title-reader_gone = Считыватель больше не подключён
eid-wait-text-reader_gone = Ничего не изменено. Как только считыватель снова будет подключён, вы сможете продолжить.
eid-reader-searching = Ищем считыватель…
eid-reader-no_reader = Считыватель не найден — пожалуйста, обратитесь к сотрудникам
eid-reader-no_card = Считыватель готов. Положите удостоверение на считыватель плашмя и не убирайте его.
eid-reader-other_card = У этой карты нет функции онлайн-идентификации (Online-Ausweisfunktion). Пожалуйста, положите удостоверение личности (Personalausweis), вид на жительство (Aufenthaltstitel) или карту eID (eID-Karte).
eid-picture-card-on-reader = Изображение: удостоверение кладут плашмя на считыватель.

## Удостоверение считывается или изменяется

eid-busy-checking = Считываем ваше удостоверение…
eid-busy-verifying = Проверяем, сохранилось ли изменение на вашем удостоверении …
eid-busy-changing = Изменяем ваш PIN-код…
eid-busy-unblocking = Разблокируем ваш PIN-код…
eid-busy-keep-card = Пожалуйста, не сдвигайте удостоверение.

## Какой у вас PIN-код?

eid-choose-title = Какой у вас PIN-код?
eid-choose-transport = 5-значный транспортный PIN-код (Transport‑PIN)
eid-choose-transport-text = Из письма с PIN-кодом (PIN-Brief), которое вы получили по почте после подачи заявления.
eid-choose-pin = 6-значный PIN-код
eid-choose-pin-text = PIN-код, который вы установили сами.
eid-choose-forgotten = Забыли PIN-код?
eid-choose-forgotten-text = Мы расскажем, как получить новый PIN-код.
eid-tries-title = Пожалуйста, следите за числом попыток
eid-tries-left =
    { $triesLeft ->
        [one] У вас осталась { $triesLeft } попытка.
        [few] У вас осталось { $triesLeft } попытки.
        [many] У вас осталось { $triesLeft } попыток.
       *[other] У вас осталось { $triesLeft } попытки.
    }
eid-last-try = Это ваша последняя попытка. Если и этот PIN-код неверный, он будет заблокирован. Тогда вам понадобится PUK-код из письма с PIN-кодом.

## Ввод PIN-кода, нового PIN-кода, CAN и PUK-кода

eid-transport-title = Введите транспортный PIN-код
eid-transport-prompt = Введите { $digits }‑значный транспортный PIN-код (Transport-PIN) из письма с PIN-кодом.
eid-current-title = Введите текущий PIN-код
eid-current-prompt = Введите ваш текущий { $digits }‑значный PIN-код.
eid-new-title = Выберите новый PIN-код
eid-new-prompt = Выберите новый PIN-код из { $digits } цифр. Хорошо запомните его.
eid-repeat-title = Повторите новый PIN-код
eid-repeat-prompt = Введите новый PIN-код ещё раз.
eid-can-title = Введите номер доступа
eid-can-prompt = Для защиты вашего удостоверения нам нужен { $digits }‑значный номер доступа к карте (CAN). Он указан внизу справа на лицевой стороне удостоверения.
eid-puk-title = Введите PUK-код
eid-puk-prompt = Ваш PIN-код заблокирован. Разблокируйте его с помощью { $digits }‑значного PUK-кода из письма с PIN-кодом.
eid-picture-can = Изображение: лицевая сторона удостоверения. 6-значный номер доступа указан внизу справа.
eid-rules-title = Новый PIN-код:
eid-rule-digits = состоит ровно из 6 цифр,
eid-rule-same = не состоит из 6 одинаковых цифр (не 111111),
eid-rule-sequence = не является простой последовательностью, например 123456 или 654321.
eid-submit = Далее
eid-pin-wrong-title = Неверный PIN-код
eid-can-wrong-title = Неверный номер доступа
eid-can-wrong = Пожалуйста, проверьте номер внизу справа на лицевой стороне удостоверения.
eid-puk-wrong-title = Неверный PUK-код
eid-puk-wrong = Пожалуйста, проверьте PUK-код в письме с PIN-кодом.
eid-new-pin-problem-title = Этот PIN-код не подходит
eid-new-pin-problem-length = Новый PIN-код должен состоять ровно из 6 цифр.
eid-new-pin-problem-digits = Новый PIN-код может содержать только цифры.
eid-new-pin-problem-all_same = Новый PIN-код не может состоять из 6 одинаковых цифр.
eid-new-pin-problem-sequence = Новый PIN-код не может быть простой последовательностью, например 123456.
eid-new-pin-problem-mismatch = Введённые PIN-коды не совпали. Пожалуйста, выберите новый PIN-код ещё раз.

## Результат

eid-changed-title = Ваш PIN-код изменён
eid-changed-text = Ваше онлайн-удостоверение готово к использованию.
eid-changed-use = С помощью приложения AusweisApp на телефоне вы теперь можете подтверждать свою личность в онлайн-сервисах — например, при подаче заявлений в администрацию города Потсдам.
eid-changed-qr-label = QR-код: как пользоваться онлайн-удостоверением
eid-changed-qr-hint = Отсканируйте QR-код. Там написано, как пользоваться онлайн-удостоверением.
eid-take-card = Пожалуйста, заберите своё удостоверение.
eid-done = Готово
eid-unblocked-title = Ваш PIN-код разблокирован
eid-unblocked-text = Ваш прежний PIN-код снова действует. У вас 3 попытки.
eid-unblocked-next = Вы помните свой PIN-код? Тогда сейчас вы можете выбрать новый PIN-код. Если вы его не помните, затем выберите «Забыли PIN-код?».
eid-unblocked-change = Изменить PIN-код сейчас
eid-help-title-puk_used_up = Ваш PUK-код израсходован
eid-help-title-pin_forgotten = Забыли PIN-код?
eid-help-title-deactivated = Функция онлайн-идентификации (Online-Ausweisfunktion) отключена
eid-help-title-other = Вам помогут сотрудники
eid-help-puk_used_up = PUK-кодом из письма с PIN-кодом больше нельзя разблокировать PIN-код. Новый PIN-код можно получить в центре обслуживания граждан (Bürgerservicecenter). Возьмите с собой удостоверение.
eid-help-pin_forgotten = Новый PIN-код можно получить в центре обслуживания граждан (Bürgerservicecenter). Возьмите с собой удостоверение. С конца 2023 года письмо для сброса PIN-кода (PIN-Rücksetzbrief) на домашний адрес больше не высылается.
eid-help-deactivated = Включить её может только ведомство: для удостоверения личности — центр обслуживания граждан (Bürgerservicecenter), для электронного вида на жительство — ведомство по делам иностранцев (Ausländerbehörde). Возьмите с собой удостоверение.
eid-help-other = Сотрудники сейчас подойдут к вам и помогут.
eid-help-book = Записаться на приём можно прямо здесь, по QR-коду с телефона или по единому справочному номеру ведомств 115 (Behördennummer 115).
eid-help-book-elsewhere = Записаться на приём можно по QR-коду или по единому справочному номеру ведомств 115 (Behördennummer 115).
eid-help-qr-label = QR-код: запись на приём в центр обслуживания граждан (Bürgerservicecenter)
eid-help-qr-hint = Отсканируйте QR-код телефоном. Там вы сможете записаться на приём.
eid-help-told-title = Сотрудники оповещены
eid-help-told = Они сейчас подойдут к вам.
eid-retry = Попробовать ещё раз
eid-call-staff = Позвать сотрудников
eid-cancel = Отмена

## Ошибки команд eID (docs/ipc.md)

error-eid_pin_wrong =
    Неверный PIN-код. { $triesLeft ->
        [one] У вас осталась { $triesLeft } попытка.
        [few] У вас осталось { $triesLeft } попытки.
        [many] У вас осталось { $triesLeft } попыток.
       *[other] У вас осталось { $triesLeft } попытки.
    }
error-eid_can_needed = Пожалуйста, сначала введите номер доступа (CAN).
error-eid_can_wrong = Неверный номер доступа.
error-eid_puk_needed = PIN-код заблокирован. Пожалуйста, введите PUK-код.
error-eid_puk_wrong = Неверный PUK-код.
error-eid_puk_used_up = PUK-код использован слишком много раз. Пожалуйста, обратитесь к сотрудникам.
error-eid_deactivated = Функция онлайн-идентификации (Online-Ausweisfunktion) отключена. Пожалуйста, обратитесь к сотрудникам.
error-eid_card_removed = Удостоверение убрано со считывателя.
error-eid_not_changed = Изменение не сохранилось на вашем удостоверении — на нём всё как прежде. Вы можете попробовать ещё раз.
error-eid_no_reader = Считыватель не найден. Пожалуйста, обратитесь к сотрудникам.
error-eid_reader_gone = Считыватель больше не подключён.
error-eid_no_card = На считывателе нет удостоверения.
error-eid_not_eid_card = У этой карты нет функции онлайн-идентификации.
error-eid_new_pin_rule = Этот новый PIN-код не подходит.
error-eid_card_error = Удостоверение ответило не так, как ожидалось. Пожалуйста, положите его на считыватель ещё раз и повторите попытку.
