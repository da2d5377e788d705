# رقم الانتظار بلغة المواطنة أو المواطن: التذكرة المطبوعة والنص داخل رمز QR
# (Rust: crates/app/src/printing.rs, tickets.rs)، وأنواع الطلبات (أيضًا في الكشك ولدى الموظفين وفي bk)، بالعربية.

## النص داخل رمز QR لرقم الانتظار

# ثلاثة أسطر: الرقم، المكان، اليوم (يصل اليوم منسَّقًا مسبقًا، 25.02.2026).
ticket-qr-text =
    رقم الانتظار { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## تذكرة رقم الانتظار المطبوعة (crates/app/src/printing.rs)، بلغة المواطنة أو المواطن

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = يُرجى العودة بين الساعة { $from } والساعة { $to }.
ticket-print-wait =
    { $minutes ->
        [0] سيأتي دوركم بعد قليل.
        [one] مدة الانتظار المتوقعة: دقيقة واحدة تقريبًا
        [two] مدة الانتظار المتوقعة: دقيقتان تقريبًا
        [few] مدة الانتظار المتوقعة: { $minutes } دقائق تقريبًا
        [many] مدة الانتظار المتوقعة: { $minutes } دقيقة تقريبًا
       *[other] مدة الانتظار المتوقعة: { $minutes } دقيقة تقريبًا
    }
# $day: منسَّق مسبقًا (25.02.2026)، $time: بالصيغة HH:MM.
ticket-print-drawn = وقت الإصدار: { $day }، الساعة { $time }

## نوع الطلب لرقم الانتظار: ticket-kind-<kind> لـ kinds::Kind (crates/station/src/kinds.rs)، للموظفين وbk وطابعة التذاكر

ticket-kind-eid = الهوية الإلكترونية ورمز PIN
ticket-kind-advice = استشارة حول الخدمات الإلكترونية
ticket-kind-request = تقديم طلب
