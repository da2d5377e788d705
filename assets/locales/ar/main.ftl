# نصوص الكشك للمواطنات والمواطنين، بالعربية: الترويسة، صفحة البداية، الخدمات الإلكترونية، لوحات المفاتيح، رقم الانتظار، الأخطاء.
# يجب أن تكون كل رسالة موجودة بكل لغات الكشك، وبالمتغيرات نفسها (يتحقق npm test من ذلك).

## الترويسة

app-title = Bürgerservice Potsdam – الخدمة المتنقلة
header-kopfzeile = خدمة مقدَّمة من الإدارة العامة
nav-back = رجوع
nav-restart = البدء من جديد

## صفحة البداية (تُعرض بكل اللغات)

language-name = العربية
start-title = أهلًا وسهلًا
start-choose = يُرجى اختيار لغتكم.

## اللغة وطريقة العرض (في كل صفحة)

language-switch-label = اختيار اللغة
modes-label = طريقة العرض
mode-contrast = تباين عالٍ
mode-large-text = خط كبير
# لا تظهر إلا في اللغة المبسطة (Leichte Sprache)؛ ومع ذلك تُترجم في اللغات الأخرى.
language-easy-review = لا يزال قرّاء مختبِرون يراجعون هذه النصوص المكتوبة بلغة مبسّطة.

## الصفحة الرئيسية

home-title = كيف يمكننا مساعدتكم؟
tile-eid = الهوية الإلكترونية ورمز PIN
tile-eid-text = تغيير رمز PIN لبطاقة الهوية الشخصية أو إلغاء حظره
tile-services = الخدمات الإلكترونية للمدينة
tile-services-text = البحث عن نماذج الطلبات ومتابعتها على هاتفكم
tile-ticket = الحصول على رقم انتظار
tile-ticket-text = سنناديكم عندما يحين دوركم
tile-request = ترك طلب
tile-request-text = اكتبوا لنا وسنتواصل معكم

## الخدمات الإلكترونية

services-title = الخدمات الإلكترونية للمدينة
services-search-label = البحث عن خدمة
services-search-hint = مثلًا «Wohnsitz» (مكان السكن) أو «Hund» (كلب) أو «Ausweis» (بطاقة الهوية)
services-most-asked = الأكثر طلبًا
services-categories = المجالات
services-category-all = كل المجالات
services-results-heading = الخدمات التي عُثر عليها
services-count =
    { $count ->
        [0] لم يُعثر على أي خدمة
        [one] عُثر على خدمة واحدة
        [two] عُثر على خدمتين
        [few] عُثر على { $count } خدمات
        [many] عُثر على { $count } خدمة
       *[other] عُثر على { $count } خدمة
    }
services-empty = جرّبوا كلمة أخرى أو مجالًا آخر.
services-back-to-list = العودة إلى القائمة
service-address = العنوان
service-qr-hint = امسحوا رمز QR بكاميرا هاتفكم، وبعدها يمكنكم تعبئة نموذج الطلب هناك.
service-qr-label = رمز QR للخدمة الإلكترونية { $name }

## لوحة المفاتيح على الشاشة ولوحة الأرقام

keyboard-label = لوحة المفاتيح على الشاشة
keyboard-shift = حرف كبير
keyboard-space = مسافة
keyboard-backspace = حذف آخر حرف
keyboard-clear = حذف الكل
keyboard-other-letters = أبجدية أخرى
pin-pad-label = لوحة الأرقام
pin-pad-delete = حذف آخر رقم

## رقم الانتظار

ticket-title = رقم الانتظار
ticket-intro = ما موضوع زيارتكم؟ اضغطوا على موضوعكم لتحصلوا على رقم.
ticket-kinds-label = ما الموضوع؟
ticket-drawing = جارٍ إصدار الرقم …
ticket-your-number = رقم انتظاركم
ticket-wait =
    مدة الانتظار: { $minutes ->
        [zero] { $minutes } دقيقة تقريبًا
        [one] دقيقة واحدة تقريبًا
        [two] دقيقتان تقريبًا
        [few] { $minutes } دقائق تقريبًا
        [many] { $minutes } دقيقة تقريبًا
       *[other] { $minutes } دقيقة تقريبًا
    }
ticket-call-hint = يُرجى حفظ الرقم. سنناديكم.
ticket-window = يُرجى العودة بين الساعة { $from } والساعة { $to }.
ticket-printed = طُبعت تذكرتكم. يُرجى أخذها معكم. سننادي على رقمكم.
ticket-qr-label = رمز QR لرقم الانتظار { $label }
ticket-qr-hint = بواسطة رمز QR يصبح الرقم متاحًا على هاتفكم أيضًا.
ticket-done = تم

## الأرقام المُدخلة في خانة رمز PIN (لقارئات الشاشة)

pin-digits =
    { $count ->
        [0] لم يُدخَل أي رقم
        [one] أُدخل رقم واحد
        [two] أُدخل رقمان
        [few] أُدخلت { $count } أرقام
        [many] أُدخل { $count } رقمًا
       *[other] أُدخل { $count } رقم
    }

## الأخطاء: error-<code> لرموز أوامر Tauri (docs/ipc.md)

error-title = لم تنجح العملية
error-generic = يُرجى المحاولة مرة أخرى. وإذا لم تنجح المحاولة مجددًا، فيُرجى التوجه إلى موظفينا.
error-no_station_selected = لم يتم اختيار أي محطة لهذا اليوم بعد. يُرجى التوجه إلى موظفينا.
error-unknown_service = هذه الخدمة لم تعد متوفرة. يُرجى اختيار خدمة أخرى.
error-kind_not_served = لا يوجد اليوم شباك لهذا الموضوع. يُرجى التوجه إلى موظفينا.
error-not_enrolled = لا يمكن استقبال الطلبات في هذه المحطة حاليًا. يُرجى التوجه إلى موظفينا.
error-database = تعذّرت قراءة البيانات أو حفظها. يُرجى التوجه إلى موظفينا.
error-store_unavailable = لا تستطيع هذه المحطة حفظ البيانات حاليًا. يُرجى التوجه إلى موظفينا.
