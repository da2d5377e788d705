# نصوص الكشك لقسم «الهوية الإلكترونية ورمز PIN»، بالعربية.
# يجب أن تكون كل رسالة موجودة بكل لغات الكشك، وبالمتغيرات نفسها (يتحقق npm test من ذلك).

## انتظار بطاقة الهوية

eid-wait-title-start = يُرجى وضع بطاقة هويتكم على جهاز القراءة
eid-wait-title-not_changed = أُزيلت بطاقة الهوية عن جهاز القراءة
eid-wait-text-not_changed = لم يتغيّر أي شيء. ضعوا البطاقة على الجهاز مرة أخرى، وسنحاول من جديد.
eid-wait-title-unknown = يُرجى وضع بطاقة الهوية على الجهاز مرة أخرى
eid-wait-text-unknown = ليس من الواضح ما إذا كان رمز PIN قد تغيّر. ضعوا البطاقة على الجهاز مرة أخرى – وسنتحقق من ذلك.
eid-wait-title-reader_gone = جهاز القراءة لم يعد متصلًا
eid-wait-text-reader_gone = لم يتغيّر أي شيء. يمكنكم المتابعة حالما يُعاد توصيل جهاز القراءة.
eid-reader-searching = جارٍ البحث عن جهاز القراءة …
eid-reader-no_reader = لم يُعثر على جهاز قراءة – يُرجى التوجه إلى الموظفين
eid-reader-no_card = جهاز القراءة جاهز. ضعوا بطاقة الهوية مسطّحةً عليه واتركوها هناك.
eid-reader-other_card = هذه البطاقة لا تدعم وظيفة الهوية الإلكترونية (Online-Ausweisfunktion). يُرجى وضع بطاقة الهوية الشخصية (Personalausweis) أو بطاقة الإقامة (Aufenthaltstitel) أو بطاقة eID.
eid-picture-card-on-reader = صورة: بطاقة هوية موضوعة مسطّحةً على جهاز القراءة.

## قراءة بطاقة الهوية أو تغيير الرمز

eid-busy-checking = جارٍ قراءة بطاقة هويتكم …
eid-busy-verifying = نتحقق مما إذا كان التغيير قد حُفظ على بطاقة هويتكم …
eid-busy-changing = جارٍ تغيير رمز PIN …
eid-busy-unblocking = جارٍ إلغاء حظر رمز PIN …
eid-busy-keep-card = يُرجى عدم تحريك البطاقة.

## الإدخال على جهاز القراءة (جهاز قراءة مزوّد بأزرار أرقام خاصة به)

eid-on-reader-title = يُرجى الإدخال على جهاز القراءة
eid-on-reader-intro = جهاز القراءة هذا مزوّد بأزرار أرقام خاصة به. أدخلوا رموزكم السرية عليه، وليس هنا على الشاشة. اضغطوا زر «OK» بعد كل إدخال.
eid-on-reader-waiting = لحظة من فضلكم، سيكون جهاز القراءة جاهزًا بعد قليل …
eid-on-reader-can = أدخلوا الآن على جهاز القراءة رقم الوصول إلى البطاقة (CAN): وهو 6 أرقام على الوجه الأمامي لبطاقة هويتكم.
eid-on-reader-pin = أدخلوا الآن على جهاز القراءة رمز PIN الحالي المكوّن من 6 أرقام.
eid-on-reader-transport_pin = أدخلوا الآن على جهاز القراءة رمز PIN المؤقت (Transport-PIN) المكوّن من 5 أرقام من رسالة PIN الخاصة بكم.
eid-on-reader-new_pin = أدخلوا الآن على جهاز القراءة رمز PIN الجديد المكوّن من 6 أرقام. ثم أدخلوه مرة أخرى للتأكيد.
eid-on-reader-check_new_pin = للتحقق: أدخلوا الآن على جهاز القراءة رمز PIN الجديد المكوّن من 6 أرقام مرة واحدة.
eid-on-reader-puk = أدخلوا الآن على جهاز القراءة رمز PUK المكوّن من 10 أرقام من رسالة PIN الخاصة بكم.
eid-picture-pin-pad = صورة: جهاز قراءة بأزرار أرقام، وعليه بطاقة الهوية. أصابع تضغط على أزرار جهاز القراءة.
eid-choose-on-reader = ستُدخلون رمز PIN بعد قليل على جهاز القراءة، وليس على الشاشة.

## أيّ رمز PIN لديكم؟

eid-choose-title = أيّ رمز PIN لديكم؟
eid-choose-transport = رمز PIN المؤقت من 5 أرقام (Transport‑PIN)
eid-choose-transport-text = من رسالة PIN (PIN-Brief) التي وصلتكم بالبريد بعد تقديم الطلب.
eid-choose-pin = رمز PIN من 6 أرقام
eid-choose-pin-text = رمز PIN الذي اخترتموه بأنفسكم.
eid-choose-forgotten = نسيت رمز PIN
eid-choose-forgotten-text = سنخبركم كيف تحصلون على رمز PIN جديد.
eid-tries-title = يُرجى الانتباه إلى عدد المحاولات
eid-tries-left =
    { $triesLeft ->
        [zero] لم تبقَ لديكم أي محاولة.
        [one] بقيت لديكم محاولة واحدة.
        [two] بقيت لديكم محاولتان.
        [few] بقيت لديكم { $triesLeft } محاولات.
        [many] بقيت لديكم { $triesLeft } محاولة.
       *[other] بقيت لديكم { $triesLeft } محاولة.
    }
eid-last-try = هذه محاولتكم الأخيرة. إذا كان هذا الرمز خاطئًا أيضًا، فسيُحظر. وعندها ستحتاجون إلى رمز PUK الموجود في رسالة PIN.

## إدخال رمز PIN ورمز PIN الجديد وCAN وPUK

eid-transport-title = إدخال رمز PIN المؤقت (Transport-PIN)
eid-transport-prompt = أدخلوا رمز PIN المؤقت (Transport-PIN) المكوّن من { $digits } أرقام من رسالة PIN الخاصة بكم.
eid-current-title = إدخال رمز PIN الحالي
eid-current-prompt = أدخلوا رمز PIN الحالي المكوّن من { $digits } أرقام.
eid-new-title = اختيار رمز PIN جديد
eid-new-prompt = اختاروا رمز PIN الجديد من { $digits } أرقام، واحفظوه جيدًا.
eid-repeat-title = تكرار رمز PIN الجديد
eid-repeat-prompt = أدخلوا رمز PIN الجديد مرة أخرى.
eid-can-title = إدخال رقم الوصول إلى البطاقة
eid-can-prompt = لحماية بطاقة هويتكم نحتاج إلى رقم الوصول إلى البطاقة (CAN) المكوّن من { $digits } أرقام. تجدونه في أسفل يمين الوجه الأمامي لبطاقة هويتكم.
eid-puk-title = إدخال رمز PUK
eid-puk-prompt = رمز PIN الخاص بكم محظور. يمكنكم إلغاء حظره برمز PUK المكوّن من { $digits } أرقام الموجود في رسالة PIN الخاصة بكم.
eid-picture-can = صورة: الوجه الأمامي لبطاقة الهوية. رقم الوصول إلى البطاقة المكوّن من 6 أرقام موجود في أسفل اليمين.
eid-rules-title = رمز PIN الجديد:
eid-rule-digits = يتكوّن من 6 أرقام بالضبط،
eid-rule-same = لا يتكوّن من 6 أرقام متطابقة (مثل 111111)،
eid-rule-sequence = ليس تسلسلًا بسيطًا مثل 123456 أو 654321.
eid-submit = متابعة
eid-pin-wrong-title = رمز PIN غير صحيح
eid-can-wrong-title = رقم الوصول إلى البطاقة غير صحيح
eid-can-wrong = يُرجى التحقق من الرقم الموجود في أسفل يمين الوجه الأمامي لبطاقة هويتكم.
eid-puk-wrong-title = رمز PUK غير صحيح
eid-puk-wrong = يُرجى التحقق من رمز PUK في رسالة PIN الخاصة بكم.
eid-new-pin-problem-title = لا يمكن استخدام رمز PIN هذا
eid-new-pin-problem-length = يجب أن يتكوّن رمز PIN الجديد من 6 أرقام بالضبط.
eid-new-pin-problem-digits = يجب أن يتكوّن رمز PIN الجديد من أرقام فقط.
eid-new-pin-problem-all_same = يجب ألّا يتكوّن رمز PIN الجديد من 6 أرقام متطابقة.
eid-new-pin-problem-sequence = يجب ألّا يكون رمز PIN الجديد تسلسلًا بسيطًا مثل 123456.
eid-new-pin-problem-mismatch = الإدخالان غير متطابقين. يُرجى اختيار رمز PIN الجديد مرة أخرى.

## النتيجة

eid-changed-title = تم تغيير رمز PIN الخاص بكم
eid-changed-text = هويتكم الإلكترونية جاهزة.
eid-changed-use = يمكنكم الآن إثبات هويتكم لدى الخدمات الإلكترونية باستخدام تطبيق AusweisApp على هاتفكم – مثلًا عند تقديم طلبات إلى مدينة بوتسدام.
eid-changed-qr-label = رمز QR: كيفية استخدام الهوية الإلكترونية
eid-changed-qr-hint = امسحوا رمز QR، وستجدون هناك شرحًا لكيفية استخدام الهوية الإلكترونية.
eid-take-card = يُرجى أخذ بطاقة هويتكم معكم.
eid-done = تم
eid-unblocked-title = تم إلغاء حظر رمز PIN الخاص بكم
eid-unblocked-text = رمز PIN السابق صالح من جديد. لديكم 3 محاولات.
eid-unblocked-next = هل تعرفون رمز PIN الخاص بكم؟ إذن يمكنكم الآن اختيار رمز PIN جديد. وإذا لم تعودوا تتذكرونه، فاختاروا بعد ذلك «نسيت رمز PIN».
eid-unblocked-change = تغيير رمز PIN الآن
eid-help-title-puk_used_up = تم استنفاد رمز PUK الخاص بكم
eid-help-title-pin_forgotten = هل نسيتم رمز PIN؟
eid-help-title-deactivated = وظيفة الهوية الإلكترونية معطّلة
eid-help-title-other = سيساعدكم الموظفون
eid-help-puk_used_up = لم يعد بإمكانكم إلغاء حظر رمز PIN برمز PUK الموجود في رسالة PIN. يمكنكم الحصول على رمز PIN جديد في مركز خدمة المواطنين (Bürgerservicecenter). يُرجى إحضار بطاقة هويتكم لذلك.
eid-help-pin_forgotten = يمكنكم الحصول على رمز PIN جديد في مركز خدمة المواطنين (Bürgerservicecenter). يُرجى إحضار بطاقة هويتكم لذلك. منذ نهاية عام 2023 لم تعد تُرسَل رسالة إعادة تعيين PIN (PIN-Rücksetzbrief) إلى المنزل.
eid-help-deactivated = لا يمكن تفعيل وظيفة الهوية الإلكترونية (Online-Ausweisfunktion) إلا من قِبل جهة رسمية: مركز خدمة المواطنين (Bürgerservicecenter) لبطاقة الهوية الشخصية، ودائرة الأجانب (Ausländerbehörde) لبطاقة الإقامة الإلكترونية. يُرجى إحضار بطاقتكم لذلك.
eid-help-other = سيأتي إليكم الموظفون بعد قليل لمساعدتكم.
eid-help-book = يمكنكم حجز موعد هنا مباشرةً، أو بهاتفكم عبر رمز QR، أو عبر رقم الخدمات الحكومية 115 (Behördennummer).
eid-help-book-elsewhere = يمكنكم حجز موعد عبر رمز QR أو عبر رقم الخدمات الحكومية 115 (Behördennummer).
eid-help-qr-label = رمز QR: حجز موعد في مركز خدمة المواطنين (Bürgerservicecenter)
eid-help-qr-hint = امسحوا رمز QR بهاتفكم، ثم احجزوا موعدًا هناك.
eid-help-told-title = تم إبلاغ الموظفين
eid-help-told = سيأتون إليكم بعد قليل.
eid-retry = المحاولة مرة أخرى
eid-call-staff = استدعاء الموظفين
eid-cancel = إلغاء

## أخطاء أوامر eID (docs/ipc.md)

error-eid_pin_wrong =
    رمز PIN غير صحيح. { $triesLeft ->
        [zero] لم تبقَ لديكم أي محاولة.
        [one] بقيت لديكم محاولة واحدة.
        [two] بقيت لديكم محاولتان.
        [few] بقيت لديكم { $triesLeft } محاولات.
        [many] بقيت لديكم { $triesLeft } محاولة.
       *[other] بقيت لديكم { $triesLeft } محاولة.
    }
error-eid_can_needed = يُرجى إدخال رقم الوصول إلى البطاقة (CAN) أولًا.
error-eid_can_wrong = رقم الوصول إلى البطاقة غير صحيح.
error-eid_puk_needed = رمز PIN محظور. يُرجى إدخال رمز PUK.
error-eid_puk_wrong = رمز PUK غير صحيح.
error-eid_puk_used_up = استُخدم رمز PUK مرات كثيرة جدًا. يُرجى التوجه إلى الموظفين.
error-eid_deactivated = وظيفة الهوية الإلكترونية معطّلة. يُرجى التوجه إلى الموظفين.
error-eid_card_removed = أُزيلت بطاقة الهوية عن جهاز القراءة.
error-eid_not_changed = لم يُحفظ التغيير على بطاقة هويتكم، فهي كما كانت من قبل. يمكنكم المحاولة مرة أخرى.
error-eid_no_reader = لم يُعثر على جهاز قراءة. يُرجى التوجه إلى الموظفين.
error-eid_reader_gone = جهاز القراءة لم يعد متصلًا.
error-eid_no_card = لا توجد بطاقة هوية على جهاز القراءة.
error-eid_not_eid_card = هذه البطاقة لا تدعم وظيفة الهوية الإلكترونية.
error-eid_new_pin_rule = لا يمكن استخدام رمز PIN الجديد هذا.
error-eid_pin_pad_cancelled = ضُغط زر الإلغاء على جهاز القراءة. لم يتغيّر أي شيء.
error-eid_pin_pad_timed_out = لم يُدخَل أي شيء على جهاز القراءة في الوقت المحدد. لم يتغيّر أي شيء.
error-eid_pin_pad_mismatch = رمز PIN الجديد وتكراره غير متطابقين. لم يتغيّر أي شيء.
error-eid_pin_pad_wrong_length = يجب أن يتكوّن رمز PIN الجديد من 6 أرقام. لم يتغيّر أي شيء.
error-eid_card_error = لم تستجب بطاقة الهوية كما هو متوقع. يُرجى وضعها على جهاز القراءة مرة أخرى والمحاولة من جديد.
