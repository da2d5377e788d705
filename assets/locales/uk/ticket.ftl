# Номер у черзі мовою громадянки або громадянина: надрукований талон і текст у QR-коді
# (Rust: crates/app/src/printing.rs, tickets.rs), види звернень (також кіоск, працівники, bk), українська.

## Текст у QR-коді номера в черзі

# Три рядки: номер, місце, день (день надходить уже відформатованим, 25.02.2026).
ticket-qr-text =
    Номер у черзі { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## Надрукований талон із номером у черзі (crates/app/src/printing.rs) мовою громадянки або громадянина

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = Будь ласка, поверніться в проміжку з { $from } до { $to }.
ticket-print-wait =
    { $minutes ->
        [0] Зараз настане ваша черга.
        [one] Орієнтовний час очікування: приблизно { $minutes } хвилина
        [few] Орієнтовний час очікування: приблизно { $minutes } хвилини
        [many] Орієнтовний час очікування: приблизно { $minutes } хвилин
       *[other] Орієнтовний час очікування: приблизно { $minutes } хвилини
    }
# $day: уже відформатовано (25.02.2026), $time: ГГ:ХХ.
ticket-print-drawn = Отримано { $day } о { $time }

## Вид звернення для номера в черзі: ticket-kind-<kind> для kinds::Kind (crates/station/src/kinds.rs), для працівників, bk і принтера талонів

ticket-kind-eid = Онлайн-ідентифікація та PIN-код
ticket-kind-advice = Консультація щодо онлайн-послуг
ticket-kind-request = Подати звернення
