# Номер в очереди на языке жителя: напечатанный талон и текст в QR-коде
# (Rust: crates/app/src/printing.rs, tickets.rs), виды обращений (также киоск, сотрудники, bk), русский язык.

## Текст в QR-коде номера в очереди

# Три строки: номер, место, день (день приходит уже отформатированным, 25.02.2026).
ticket-qr-text =
    Номер в очереди { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## Напечатанный талон с номером в очереди (crates/app/src/printing.rs), на языке жителя

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = Пожалуйста, вернитесь между { $from } и { $to }.
ticket-print-wait =
    { $minutes ->
        [0] Ваша очередь подойдёт совсем скоро.
        [one] Предполагаемое время ожидания: около { $minutes } минуты
        [few] Предполагаемое время ожидания: около { $minutes } минут
        [many] Предполагаемое время ожидания: около { $minutes } минут
       *[other] Предполагаемое время ожидания: около { $minutes } минуты
    }
# $day: уже отформатирован (25.02.2026), $time: ЧЧ:ММ.
ticket-print-drawn = Талон получен { $day } в { $time }

## Вид обращения для номера в очереди: ticket-kind-<kind> к kinds::Kind (crates/station/src/kinds.rs), для сотрудников, bk и принтера талонов

ticket-kind-eid = Онлайн-удостоверение и PIN-код
ticket-kind-advice = Консультация по онлайн-услугам
ticket-kind-request = Подать обращение
