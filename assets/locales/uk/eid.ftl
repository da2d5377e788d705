# Тексти кіоску для розділу «Онлайн-ідентифікація та PIN-код», українська.
# Кожне повідомлення має бути в кожній мові кіоску з тими самими змінними (npm test це перевіряє).

## Очікування ID-картки

eid-wait-title-start = Покладіть свою ID-картку на зчитувач
eid-wait-title-not_changed = ID-картку забрали зі зчитувача
eid-wait-text-not_changed = Нічого не змінено. Покладіть картку знову, і ми спробуємо ще раз.
eid-wait-title-unknown = Будь ласка, покладіть ID-картку знову
eid-wait-text-unknown = Невідомо, чи було змінено PIN-код. Покладіть картку знову – ми це перевіримо.
eid-wait-title-reader_gone = Зчитувач більше не під’єднано
eid-wait-text-reader_gone = Нічого не змінено. Щойно зчитувач знову буде під’єднано, ви зможете продовжити.
eid-reader-searching = Шукаємо зчитувач …
eid-reader-no_reader = Зчитувач не знайдено – будь ласка, зверніться до працівників
eid-reader-no_card = Зчитувач готовий. Покладіть на нього ID-картку рівно й не забирайте її.
eid-reader-other_card = Ця картка не має функції онлайн-ідентифікації (Online-Ausweisfunktion). Будь ласка, покладіть своє посвідчення особи (Personalausweis), посвідку на проживання (Aufenthaltstitel) або eID-картку.
eid-picture-card-on-reader = Зображення: ID-картку кладуть рівно на зчитувач.

## Зчитування або зміна даних картки

eid-busy-checking = Зчитуємо вашу ID-картку …
eid-busy-verifying = Перевіряємо, чи зміну збережено на вашій ID-картці …
eid-busy-changing = Змінюємо ваш PIN-код …
eid-busy-unblocking = Розблоковуємо ваш PIN-код …
eid-busy-keep-card = Будь ласка, не рухайте картку.

## Який у вас PIN-код?

eid-choose-title = Який у вас PIN-код?
eid-choose-transport = 5-значний тимчасовий PIN-код (Transport-PIN)
eid-choose-transport-text = З листа з PIN-кодом (PIN-Brief), який ви отримали поштою після подання заяви.
eid-choose-pin = 6-значний PIN-код
eid-choose-pin-text = PIN-код, який ви встановили самостійно.
eid-choose-forgotten = Забули PIN-код?
eid-choose-forgotten-text = Ми розповімо, як отримати новий PIN-код.
eid-tries-title = Будь ласка, зважайте на кількість спроб
eid-tries-left =
    { $triesLeft ->
        [one] У вас залишилася { $triesLeft } спроба.
        [few] У вас залишилося { $triesLeft } спроби.
        [many] У вас залишилося { $triesLeft } спроб.
       *[other] У вас залишилося { $triesLeft } спроби.
    }
eid-last-try = Це ваша остання спроба. Якщо й цей PIN-код буде неправильним, його заблокують. Тоді вам знадобиться PUK-код із листа з PIN-кодом.

## Введення PIN-коду, нового PIN-коду, CAN і PUK

eid-transport-title = Введіть Transport-PIN
eid-transport-prompt = Введіть { $digits }‑значний тимчасовий PIN-код (Transport-PIN) із листа з PIN-кодом.
eid-current-title = Введіть поточний PIN-код
eid-current-prompt = Введіть свій поточний { $digits }‑значний PIN-код.
eid-new-title = Виберіть новий PIN-код
eid-new-prompt = Виберіть новий PIN-код із { $digits } цифр. Добре його запам’ятайте.
eid-repeat-title = Повторіть новий PIN-код
eid-repeat-prompt = Введіть новий PIN-код ще раз.
eid-can-title = Введіть номер доступу до картки
eid-can-prompt = Для захисту вашої картки нам потрібен { $digits }‑значний номер доступу до картки (CAN). Він надрукований унизу праворуч на лицьовому боці вашої ID-картки.
eid-puk-title = Введіть PUK-код
eid-puk-prompt = Ваш PIN-код заблоковано. Розблокуйте його за допомогою { $digits }‑значного PUK-коду з листа з PIN-кодом.
eid-picture-can = Зображення: лицьовий бік ID-картки. 6-значний номер доступу розташований унизу праворуч.
eid-rules-title = Новий PIN-код:
eid-rule-digits = має рівно 6 цифр,
eid-rule-same = не складається з 6 однакових цифр (не 111111),
eid-rule-sequence = не є простою послідовністю, як-от 123456 або 654321.
eid-submit = Далі
eid-pin-wrong-title = Неправильний PIN-код
eid-can-wrong-title = Неправильний номер доступу
eid-can-wrong = Будь ласка, перевірте номер унизу праворуч на лицьовому боці вашої ID-картки.
eid-puk-wrong-title = Неправильний PUK-код
eid-puk-wrong = Будь ласка, перевірте PUK-код у листі з PIN-кодом.
eid-new-pin-problem-title = Цей PIN-код не підходить
eid-new-pin-problem-length = Новий PIN-код має складатися рівно з 6 цифр.
eid-new-pin-problem-digits = Новий PIN-код може містити лише цифри.
eid-new-pin-problem-all_same = Новий PIN-код не може складатися з 6 однакових цифр.
eid-new-pin-problem-sequence = Новий PIN-код не може бути простою послідовністю, як-от 123456.
eid-new-pin-problem-mismatch = Введені значення не збігаються. Будь ласка, виберіть новий PIN-код ще раз.

## Результат

eid-changed-title = Ваш PIN-код змінено
eid-changed-text = Ваша онлайн-ідентифікація готова до використання.
eid-changed-use = Тепер за допомогою застосунку AusweisApp на телефоні ви можете підтверджувати свою особу в онлайн-сервісах – наприклад, подаючи заяви до міста Потсдам.
eid-changed-qr-label = QR-код: як користуватися онлайн-ідентифікацією
eid-changed-qr-hint = Відскануйте QR-код. Там пояснено, як користуватися онлайн-ідентифікацією.
eid-take-card = Будь ласка, не забудьте забрати свою ID-картку.
eid-done = Готово
eid-unblocked-title = Ваш PIN-код розблоковано
eid-unblocked-text = Ваш попередній PIN-код знову дійсний. У вас є 3 спроби.
eid-unblocked-next = Ви знаєте свій PIN-код? Тоді ви можете зараз вибрати новий PIN-код. Якщо ви його не пам’ятаєте, виберіть потім «Забули PIN-код?».
eid-unblocked-change = Змінити PIN-код зараз
eid-help-title-puk_used_up = Ліміт використання PUK-коду вичерпано
eid-help-title-pin_forgotten = Ви забули PIN-код
eid-help-title-deactivated = Функцію онлайн-ідентифікації вимкнено
eid-help-title-other = Працівники вам допоможуть
eid-help-puk_used_up = PUK-кодом із листа з PIN-кодом більше не можна розблокувати ваш PIN-код. Новий PIN-код можна отримати в Центрі обслуговування громадян (Bürgerservicecenter). Для цього візьміть із собою ID-картку.
eid-help-pin_forgotten = Новий PIN-код можна отримати в Центрі обслуговування громадян (Bürgerservicecenter). Для цього візьміть із собою ID-картку. Лист для скидання PIN-коду (PIN-Rücksetzbrief) додому з кінця 2023 року більше не надсилають.
eid-help-deactivated = Увімкнути її може лише орган влади: для посвідчення особи – Центр обслуговування громадян (Bürgerservicecenter), для електронної посвідки на проживання – відомство у справах іноземців (Ausländerbehörde). Для цього візьміть із собою ID-картку.
eid-help-other = Працівники зараз підійдуть до вас і допоможуть.
eid-help-book = Записатися на прийом можна прямо тут, через QR-код на телефоні або зателефонувавши на єдиний номер органів влади 115 (Behördennummer 115).
eid-help-book-elsewhere = Записатися на прийом можна через QR-код або зателефонувавши на єдиний номер органів влади 115 (Behördennummer 115).
eid-help-qr-label = QR-код: запис на прийом до Центру обслуговування громадян
eid-help-qr-hint = Відскануйте QR-код телефоном. Там ви зможете записатися на прийом.
eid-help-told-title = Працівників повідомлено
eid-help-told = Вони зараз підійдуть до вас.
eid-retry = Спробувати ще раз
eid-call-staff = Покликати працівників
eid-cancel = Скасувати

## Помилки команд eID (docs/ipc.md)

error-eid_pin_wrong =
    Неправильний PIN-код. { $triesLeft ->
        [one] У вас залишилася { $triesLeft } спроба.
        [few] У вас залишилося { $triesLeft } спроби.
        [many] У вас залишилося { $triesLeft } спроб.
       *[other] У вас залишилося { $triesLeft } спроби.
    }
error-eid_can_needed = Будь ласка, спершу введіть номер доступу до картки (CAN).
error-eid_can_wrong = Неправильний номер доступу.
error-eid_puk_needed = PIN-код заблоковано. Будь ласка, введіть PUK-код.
error-eid_puk_wrong = Неправильний PUK-код.
error-eid_puk_used_up = PUK-код використано забагато разів. Будь ласка, зверніться до працівників.
error-eid_deactivated = Функцію онлайн-ідентифікації вимкнено. Будь ласка, зверніться до працівників.
error-eid_card_removed = ID-картку забрали зі зчитувача.
error-eid_not_changed = Зміна не збереглася на вашій ID-картці — на ній усе як раніше. Ви можете спробувати ще раз.
error-eid_no_reader = Зчитувач не знайдено. Будь ласка, зверніться до працівників.
error-eid_reader_gone = Зчитувач більше не під’єднано.
error-eid_no_card = На зчитувачі немає ID-картки.
error-eid_not_eid_card = Ця картка не має функції онлайн-ідентифікації.
error-eid_new_pin_rule = Цей новий PIN-код не підходить.
error-eid_card_error = ID-картка відповіла не так, як очікувалося. Будь ласка, покладіть її знову й повторіть спробу.
