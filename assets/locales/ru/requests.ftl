# Тексты киоска для раздела «Оставить обращение», русский язык.
# Каждое сообщение должно быть на каждом языке киоска, с теми же переменными (это проверяет npm test).

## Выбор темы

request-title = Оставить обращение
request-intro = О чём идёт речь? Выберите тему.
request-topic-rueckruf = Обратный звонок
request-topic-rueckruf-text = Мы вам перезвоним.
request-topic-termin = Запись на приём в центр обслуживания граждан (Bürgerservicecenter)
request-topic-termin-text = Мы предложим вам время приёма.
request-topic-frage = Вопрос об услуге
request-topic-frage-text = Задайте нам свой вопрос. Мы вам ответим.
request-topic-ummeldung = Подготовить перерегистрацию (Ummeldung)
request-topic-ummeldung-text = Переезжаете в пределах Потсдама? Мы подготовим перерегистрацию по новому адресу.
request-topic-meldebescheinigung = Справка о регистрации (Meldebescheinigung) по почте
request-topic-meldebescheinigung-text = Мы отправим справку на ваш адрес.
request-fee = Пошлина: { $amount }

## Форма

request-back-to-topics = Другая тема
request-form-intro = Нажмите на поле и вводите текст с помощью клавиатуры справа.
request-fee-notice = Это стоит { $amount }. Вы оплачиваете онлайн с телефона или банковским переводом после того, как отправите обращение.
request-fee-notice-transfer = Это стоит { $amount }. Вы оплачиваете банковским переводом после того, как отправите обращение.
request-typing-into = Вы заполняете поле: { $field }
request-next = Далее
request-optional = (необязательно)
request-field-name = Ваше имя
request-field-phone = Номер телефона
request-field-phone-hint = Например, 0331 123456
request-field-email = Адрес электронной почты
request-field-email-hint = Например, name@beispiel.de
request-field-preferred_time = Когда вам удобно?
request-field-preferred_date = Желаемый день
request-field-preferred_date-hint = В формате ДД.ММ.ГГГГ, например 15.06.2026
request-field-service = По какой услуге?
request-field-message = Ваше сообщение
request-field-move_date = Дата переезда
request-field-move_date-hint = В формате ДД.ММ.ГГГГ, например 01.07.2026
request-field-new_address = Новый адрес в Потсдаме
request-field-new_address-hint = Улица, номер дома
request-field-birth_date = Ваша дата рождения
request-field-birth_date-hint = В формате ДД.ММ.ГГГГ, например 24.12.1950
request-field-address = Ваш адрес в Потсдаме
request-field-address-hint = Улица, номер дома. Туда мы отправим справку.
request-option-preferred_time-morning = До обеда
request-option-preferred_time-afternoon = После обеда
request-option-preferred_time-any = В любое время

## Ошибки в поле

request-invalid-required = Пожалуйста, заполните это поле.
request-invalid-too_long =
    { $max ->
        [one] Пожалуйста, введите не более { $max } символа.
       *[other] Пожалуйста, введите не более { $max } символов.
    }
request-invalid-email_invalid = Это некорректный адрес электронной почты. Он должен содержать @ и точку, например name@beispiel.de.
request-invalid-phone_invalid = Это некорректный номер телефона. Используйте только цифры; в начале можно поставить +.
request-invalid-choice_invalid = Пожалуйста, выберите один из вариантов.
request-invalid-date_invalid = Это некорректная дата. Пожалуйста, введите её в формате ДД.ММ.ГГГГ.
request-invalid-one_of_required = Пожалуйста, заполните одно из полей, чтобы мы могли с вами связаться: { $fields }.
request-invalid-consent_required = Пожалуйста, поставьте галочку, если вы согласны.
request-invalid-other = Пожалуйста, проверьте эти данные.

## Защита данных и согласие

request-privacy-title = Защита данных: что происходит с вашими данными?
request-privacy-what = Мы сохраняем тему и ваши данные из этой формы — только для вашего обращения.
request-privacy-who = Читать их могут только уполномоченные сотрудники Bürgerservice, каждый — под своей учётной записью. Каждый просмотр регистрируется.
request-privacy-protection = Ваши данные шифруются прямо здесь, на устройстве. Открыть их может только центральная служба городской администрации.
request-privacy-duration = Мы удаляем ваши данные через 90 дней после того, как ваше обращение будет рассмотрено.
request-privacy-voluntary = Вы предоставляете данные добровольно. Вы также можете обратиться со своим вопросом непосредственно к сотрудникам.
request-privacy-withdraw = Вы можете в любое время отозвать своё согласие. Сообщите об этом сотрудникам или напишите по адресу: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Укажите при этом номер обращения (Vorgangsnummer).
request-consent = Я прочитал(а) эту информацию. Я согласен(на) с тем, что Bürgerservice будет использовать мои данные для этого обращения.
request-back-to-form = Назад к форме
request-send = Отправить обращение
request-sending = Отправка…

## Готово

request-done-title = Спасибо, ваше обращение сохранено
request-done-reference = Номер вашего обращения (Vorgangsnummer):
request-done-next = Мы с вами свяжемся. Пожалуйста, запишите номер или отсканируйте QR-код.
request-done = Готово
request-qr-label = QR-код с номером обращения { $reference }
request-qr-hint = С QR-кодом номер будет у вас и на телефоне.
request-pay-title = Оплата пошлины: { $amount }
request-pay-how = Отсканируйте QR-код в своём банковском приложении. Приложение само заполнит перевод. Или оформите перевод самостоятельно:
request-pay-recipient = Получатель
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Сумма
request-pay-remittance = Назначение платежа (Verwendungszweck)
request-pay-next = Мы отправим справку, как только деньги поступят к нам.
request-pay-qr-label = QR-код для перевода { $amount } получателю { $recipient }
request-pay-online-show = Оплатить онлайн с телефона
request-pay-online-title = Оплата онлайн: { $amount }
request-pay-online-how = Отсканируйте QR-код камерой телефона. Вы попадёте на платёжную страницу города и там выберете способ оплаты.
request-pay-online-qr-label = QR-код для онлайн-оплаты { $amount } по обращению { $reference }
request-pay-online-back = Назад к переводу
request-upload-show = Добавить документы с телефона
request-upload-title = Добавить документы с телефона
request-upload-how = Отсканируйте QR-код камерой телефона. Там вы сможете загрузить фотографии или PDF-файлы к своему обращению, например договор аренды.
# $until: день, уже отформатированный (четверг, 17 декабря).
request-upload-until = Последний день действия ссылки: { $until }.
request-upload-qr-label = QR-код для загрузки документов к обращению { $reference }
request-upload-back-pay = Назад к оплате
request-upload-back-reference = Назад к номеру обращения

## Ошибки команд для обращений (docs/ipc.md)

error-request_invalid = Пожалуйста, проверьте отмеченные поля.
error-consent_required = Пожалуйста, подтвердите согласие с информацией о защите данных.
error-unknown_topic = Этой темы больше нет. Пожалуйста, выберите другую.
error-disk_full = Память устройства заполнена. Пожалуйста, обратитесь к нашим сотрудникам.
