# نصوص الكشك لقسم «حجز موعد»، بالعربية.
# يجب أن تكون كل رسالة موجودة بكل لغات الكشك، وبالمتغيرات نفسها (يتحقق npm test من ذلك).

## صفحة الخدمة

appointment-book = حجز موعد في مركز خدمة المواطنين (Bürgerservicecenter)

## المواعيد المتاحة

appointment-title = حجز موعد: { $service }
appointment-loading = جارٍ تحميل المواعيد المتاحة …
appointment-office = المواعيد في { $office }. اختاروا يومًا ووقتًا.
appointment-none = للأسف لا يوجد موعد متاح خلال الأسابيع الأربعة القادمة.
appointment-time-label = { $day }، الساعة { $time }
appointment-earlier-days = أيام سابقة
appointment-later-days = أيام لاحقة
appointment-reserving = جارٍ حجز الموعد لكم مؤقتًا …
appointment-wish = ترك طلب موعد

## بياناتكم

request-topic-terminbuchung = بياناتكم للموعد
appointment-held = محجوز لكم مؤقتًا: { $when }. يُرجى إتمام الحجز بحلول الساعة { $until }.
appointment-back-to-times = وقت آخر
appointment-send = تأكيد حجز الموعد
appointment-privacy-system = تنقل الجهة المركزية في إدارة المدينة اسمكم وعنوان بريدكم الإلكتروني ورقم هاتفكم إلى نظام المواعيد التابع للمدينة، ويستخدمها النظام لحجز الموعد وإرسال التأكيد إليكم.

## تم الحجز

appointment-done-title = تم حجز موعدكم
appointment-done-place = في { $office }
appointment-done-number = رقم موعدكم:
appointment-done-mail = سيصلكم التأكيد بالبريد الإلكتروني. يُرجى إحضار بطاقة هويتكم معكم.
appointment-qr-label = رمز QR يتضمن موعدكم: { $when }
appointment-qr-hint = امسحوا رمز QR بكاميرا هاتفكم، وبعدها يُضاف الموعد إلى تقويمكم.
appointment-queued-title = تم حفظ طلب الموعد الخاص بكم
appointment-queued-text = نظام المواعيد غير متاح حاليًا. سيتواصل معكم مركز خدمة المواطنين (Bürgerservicecenter) بالبريد الإلكتروني ويقترح عليكم موعدًا.

## الأخطاء

error-slot_taken = حجز شخص آخر هذا الموعد للتو. يُرجى اختيار وقت آخر.
error-reservation_expired = انتهت مدة الحجز المؤقت. يُرجى اختيار الموعد مرة أخرى.
error-appointments_unreachable = نظام المواعيد غير متاح حاليًا. يمكنكم ترك طلب موعد، وسنتواصل معكم.
error-appointments_not_offered = للأسف لا يمكن حجز موعد لهذه الخدمة هنا. يُرجى التوجه إلى موظفينا.
error-too_many_with_same_mail = حُجز بعنوان البريد الإلكتروني هذا الحدُّ الأقصى المسموح به من المواعيد. يُرجى استخدام عنوان بريد إلكتروني آخر.
error-appointment_refused = رفض نظام المواعيد الحجز. يُرجى التوجه إلى موظفينا.
error-name_refused = لا يقبل نظام المواعيد هذا الاسم. يُرجى التحقق منه.
error-email_refused = لا يقبل نظام المواعيد عنوان البريد الإلكتروني هذا. يُرجى التحقق منه.
error-telephone_refused = لا يقبل نظام المواعيد رقم الهاتف هذا. يُرجى التحقق منه أو ترك الحقل فارغًا.
