# Тексти кіоску для розділу «Залишити звернення», українська.
# Кожне повідомлення має бути в кожній мові кіоску з тими самими змінними (npm test це перевіряє).

## Вибір теми

request-title = Залишити звернення
request-intro = Яке у вас питання? Виберіть тему.
request-topic-rueckruf = Зворотний дзвінок
request-topic-rueckruf-text = Ми вам зателефонуємо.
request-topic-termin = Запис на прийом до Центру обслуговування громадян (Bürgerservicecenter)
request-topic-termin-text = Ми запропонуємо вам час прийому.
request-topic-frage = Запитання щодо послуги
request-topic-frage-text = Поставте нам запитання. Ми вам відповімо.
request-topic-ummeldung = Підготувати перереєстрацію місця проживання (Ummeldung)
request-topic-ummeldung-text = Ви переїжджаєте в межах Потсдама? Ми підготуємо перереєстрацію.
request-topic-meldebescheinigung = Довідка про реєстрацію (Meldebescheinigung) поштою
request-topic-meldebescheinigung-text = Ми надішлемо довідку на вашу адресу.
request-fee = Збір: { $amount }

## Форма

request-back-to-topics = Інша тема
request-form-intro = Торкніться поля й пишіть за допомогою клавіатури праворуч.
request-fee-notice = Це коштує { $amount }. Ви сплачуєте онлайн з телефону або банківським переказом після того, як надішлете звернення.
request-fee-notice-transfer = Це коштує { $amount }. Ви сплачуєте банківським переказом після того, як надішлете звернення.
request-typing-into = Ви заповнюєте поле: { $field }
request-next = Далі
request-optional = (необов’язково)
request-field-name = Ваше ім’я та прізвище
request-field-phone = Номер телефону
request-field-phone-hint = Наприклад, 0331 123456
request-field-email = Адреса електронної пошти
request-field-email-hint = Наприклад, name@beispiel.de
request-field-preferred_time = Коли вам зручно?
request-field-preferred_date = Бажаний день
request-field-preferred_date-hint = У форматі ДД.ММ.РРРР, наприклад 15.06.2026
request-field-service = Щодо якої послуги?
request-field-message = Ваше повідомлення
request-field-move_date = Дата переїзду
request-field-move_date-hint = У форматі ДД.ММ.РРРР, наприклад 01.07.2026
request-field-new_address = Нова адреса в Потсдамі
request-field-new_address-hint = Вулиця, номер будинку
request-field-birth_date = Ваша дата народження
request-field-birth_date-hint = У форматі ДД.ММ.РРРР, наприклад 24.12.1950
request-field-address = Ваша адреса в Потсдамі
request-field-address-hint = Вулиця, номер будинку. Туди ми надішлемо довідку.
request-option-preferred_time-morning = До обіду
request-option-preferred_time-afternoon = Після обіду
request-option-preferred_time-any = Будь-коли

## Помилки в полі

request-invalid-required = Будь ласка, заповніть це поле.
request-invalid-too_long =
    { $max ->
        [one] Будь ласка, напишіть не більше ніж { $max } символ.
        [few] Будь ласка, напишіть не більше ніж { $max } символи.
        [many] Будь ласка, напишіть не більше ніж { $max } символів.
       *[other] Будь ласка, напишіть не більше ніж { $max } символу.
    }
request-invalid-email_invalid = Це недійсна адреса електронної пошти. Вона має містити знак @ і крапку, наприклад name@beispiel.de.
request-invalid-phone_invalid = Це недійсний номер телефону. Використовуйте лише цифри; на початку можна поставити +.
request-invalid-choice_invalid = Будь ласка, виберіть один із варіантів.
request-invalid-date_invalid = Це недійсна дата. Будь ласка, запишіть її у форматі ДД.ММ.РРРР.
request-invalid-one_of_required = Будь ласка, заповніть одне з цих полів, щоб ми могли з вами зв’язатися: { $fields }.
request-invalid-consent_required = Будь ласка, поставте позначку, якщо ви згодні.
request-invalid-other = Будь ласка, перевірте ці дані.

## Захист даних і згода

request-privacy-title = Захист даних: що відбувається з вашими даними?
request-privacy-what = Ми зберігаємо тему та ваші дані з цієї форми – лише для вашого звернення.
request-privacy-who = Читати їх можуть лише уповноважені працівники служби Bürgerservice, кожен – під власним обліковим записом. Кожен перегляд реєструється.
request-privacy-protection = Ваші дані шифруються тут, на цьому пристрої. Відкрити їх може лише центральна служба міської адміністрації.
request-privacy-duration = Ми видаляємо ваші дані через 90 днів після того, як ваше звернення буде розглянуто.
request-privacy-voluntary = Надання даних є добровільним. Ви також можете звернутися зі своїм питанням безпосередньо до працівників.
request-privacy-withdraw = Ви можете будь-коли відкликати свою згоду. Скажіть про це працівникам або напишіть на адресу: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Укажіть при цьому номер свого звернення (Vorgangsnummer).
request-consent = Я прочитав(-ла) цю інформацію. Я погоджуюся, щоб служба Bürgerservice використовувала мої дані для цього звернення.
request-back-to-form = Назад до форми
request-send = Надіслати звернення
request-sending = Надсилаємо …

## Готово

request-done-title = Дякуємо, ваше звернення збережено
request-done-reference = Номер вашого звернення:
request-done-next = Ми з вами зв’яжемося. Будь ласка, запишіть номер або відскануйте QR-код.
request-done = Готово
request-qr-label = QR-код із номером звернення { $reference }
request-qr-hint = З цим QR-кодом номер буде також у вашому телефоні.
request-pay-title = Оплата збору: { $amount }
request-pay-how = Відскануйте QR-код у своєму банківському застосунку. Застосунок сам заповнить переказ. Або зробіть переказ самостійно:
request-pay-recipient = Одержувач
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Сума
request-pay-remittance = Призначення платежу (Verwendungszweck)
request-pay-next = Ми надішлемо довідку, щойно гроші надійдуть до нас.
request-pay-qr-label = QR-код для переказу { $amount } одержувачу { $recipient }
request-pay-online-show = Сплатити онлайн з телефону
request-pay-online-title = Оплата онлайн: { $amount }
request-pay-online-how = Відскануйте QR-код камерою свого телефону. Ви потрапите на платіжну сторінку міста й там виберете спосіб оплати.
request-pay-online-qr-label = QR-код для онлайн-оплати { $amount } за звернення { $reference }
request-pay-online-back = Назад до переказу
request-upload-show = Додати документи з телефону
request-upload-title = Додати документи з телефону
request-upload-how = Відскануйте QR-код камерою свого телефону. Там ви зможете завантажити фото або PDF-файли до свого звернення, наприклад договір оренди.
# $until: день, уже відформатований (четвер, 17 грудня).
request-upload-until = Останній день дії посилання: { $until }.
request-upload-qr-label = QR-код для завантаження документів до звернення { $reference }
request-upload-back-pay = Назад до оплати
request-upload-back-reference = Назад до номера звернення

## Помилки команд для звернень (docs/ipc.md)

error-request_invalid = Будь ласка, перевірте позначені поля.
error-consent_required = Будь ласка, погодьтеся з інформацією про захист даних.
error-unknown_topic = Цієї теми більше немає. Будь ласка, виберіть іншу.
error-disk_full = Пам’ять пристрою заповнена. Будь ласка, зверніться до наших працівників.
