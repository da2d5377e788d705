# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = مكالمة فيديو مع خدمة المواطنين (Bürgerservice)
call-intro = سيتحدث إليكم بعد قليل عبر الفيديو موظف أو موظفة من خدمة المواطنين (Bürgerservice). ولا تُسجَّل المكالمة.
call-privacy = تُرسَل الصورة والصوت مشفَّرَين إلى خدمة المواطنين في المدينة، ولا يُحفظان في أي مكان.
call-start = السماح باستخدام الكاميرا والميكروفون والاتصال
call-hang-up = إنهاء المكالمة
call-mute = إيقاف الميكروفون
call-unmute = تشغيل الميكروفون
call-camera-off = إيقاف الكاميرا
call-camera-on = تشغيل الكاميرا
call-you = أنتم
call-clerk = خدمة المواطنين
call-documents-title = إرسال المستندات
call-documents-intro = هل تحتاج خدمة المواطنين إلى مستند منكم؟ أرسلوه من هنا، وتستمر المكالمة في أثناء ذلك: ملف PDF أو JPEG أو PNG، أو صورة تلتقطونها بالكاميرا.
call-state-connecting = جارٍ الاتصال …
call-state-waiting = تم الاتصال. يُرجى الانتظار قليلًا، فسيكون أحد موظفي خدمة المواطنين معكم بعد لحظات.
call-state-talking = أنتم تتحدثون الآن مع خدمة المواطنين.
call-state-left = غادر موظف خدمة المواطنين المكالمة لفترة قصيرة. يُرجى البقاء في هذه الصفحة.
call-state-ended = انتهت المكالمة. شكرًا جزيلًا! يمكنكم إغلاق هذه الصفحة.
call-state-no-camera = لا يمكن إجراء المكالمة دون السماح باستخدام الكاميرا والميكروفون. يُرجى السماح بالوصول إليهما في متصفحكم، ثم الضغط مرة أخرى على «السماح باستخدام الكاميرا والميكروفون والاتصال».
call-state-failed = لم ينجح الاتصال. يُرجى إعادة تحميل الصفحة أو التوجه إلى الموظفين عند الكشك.
call-state-unsupported = لا يدعم متصفحكم مكالمات الفيديو. يُرجى فتح الرابط في متصفح حديث (مثل Chrome أو Firefox أو Safari).

## Warum die Seite kein Gespräch anbietet

call-error-link = هذا الرابط غير صالح. يُرجى مسح رمز QR في الكشك مرة أخرى.
call-error-ended = انتهت هذه المكالمة بالفعل. يمكنكم بدء مكالمة جديدة من الكشك.
call-error-internal = عذرًا، لم تنجح العملية. يُرجى المحاولة مرة أخرى لاحقًا.
