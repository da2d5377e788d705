# نصوص الكشك لقسم «ترك طلب»، بالعربية.
# يجب أن تكون كل رسالة موجودة بكل لغات الكشك، وبالمتغيرات نفسها (يتحقق npm test من ذلك).

## اختيار الموضوع

request-title = ترك طلب
request-intro = ما موضوع طلبكم؟ اختاروا موضوعًا.
request-topic-rueckruf = معاودة الاتصال
request-topic-rueckruf-text = سنتصل بكم.
request-topic-termin = طلب موعد في مركز خدمة المواطنين (Bürgerservicecenter)
request-topic-termin-text = سنقترح عليكم موعدًا.
request-topic-frage = سؤال عن إحدى الخدمات
request-topic-frage-text = اطرحوا علينا سؤالكم، وسنجيبكم.
request-topic-ummeldung = التحضير لتسجيل تغيير العنوان (Ummeldung)
request-topic-ummeldung-text = هل تنتقلون إلى مسكن آخر داخل بوتسدام؟ سنحضّر لكم تسجيل تغيير العنوان.
request-topic-meldebescheinigung = شهادة تسجيل السكن (Meldebescheinigung) بالبريد
request-topic-meldebescheinigung-text = سنرسل لكم الشهادة إلى عنوانكم.
request-fee = الرسوم: { $amount }

## النموذج

request-back-to-topics = موضوع آخر
request-form-intro = اضغطوا على أحد الحقول واكتبوا باستخدام لوحة المفاتيح المجاورة.
request-fee-notice = تبلغ الرسوم { $amount }. وتدفعونها بعد إرسال طلبكم، إما عبر الإنترنت بهاتفكم أو بتحويل مصرفي.
request-fee-notice-transfer = تبلغ الرسوم { $amount }. وتدفعونها بتحويل مصرفي بعد إرسال طلبكم.
request-typing-into = تكتبون في حقل: { $field }
request-next = متابعة
request-optional = (اختياري)
request-field-name = اسمكم
request-field-phone = رقم الهاتف
request-field-phone-hint = مثلًا 0331 123456
request-field-email = عنوان البريد الإلكتروني
request-field-email-hint = مثلًا name@beispiel.de
request-field-preferred_time = ما الوقت الذي يناسبكم؟
request-field-preferred_date = اليوم المفضّل
request-field-preferred_date-hint = بالصيغة DD.MM.YYYY، مثلًا 15.06.2026
request-field-service = بخصوص أي خدمة؟
request-field-message = رسالتكم
request-field-move_date = يوم الانتقال
request-field-move_date-hint = بالصيغة DD.MM.YYYY، مثلًا 01.07.2026
request-field-new_address = العنوان الجديد في بوتسدام
request-field-new_address-hint = الشارع، رقم المنزل
request-field-birth_date = تاريخ ميلادكم
request-field-birth_date-hint = بالصيغة DD.MM.YYYY، مثلًا 24.12.1950
request-field-address = عنوانكم في بوتسدام
request-field-address-hint = الشارع، رقم المنزل. سنرسل الشهادة إلى هذا العنوان.
request-option-preferred_time-morning = قبل الظهر
request-option-preferred_time-afternoon = بعد الظهر
request-option-preferred_time-any = أي وقت

## الأخطاء في أحد الحقول

request-invalid-required = يُرجى تعبئة هذا الحقل.
request-invalid-too_long = يُرجى ألّا يزيد عدد الأحرف على { $max }.
request-invalid-email_invalid = هذا ليس عنوان بريد إلكتروني صالحًا. يجب أن يحتوي على @ ونقطة، مثلًا name@beispiel.de.
request-invalid-phone_invalid = هذا ليس رقم هاتف صالحًا. يُرجى كتابة أرقام فقط، ويُسمح بعلامة + في البداية.
request-invalid-choice_invalid = يُرجى اختيار أحد الخيارات.
request-invalid-date_invalid = هذا ليس تاريخًا صالحًا. يُرجى كتابته بالصيغة DD.MM.YYYY.
request-invalid-one_of_required = يُرجى إدخال { $fields } لنتمكن من التواصل معكم.
request-invalid-consent_required = يُرجى وضع علامة في المربع إذا كنتم موافقين.
request-invalid-other = يُرجى التحقق من هذه المعلومة.

## حماية البيانات والموافقة

request-privacy-title = حماية البيانات: ماذا يحدث لبياناتكم؟
request-privacy-what = نحفظ الموضوع وبياناتكم الواردة في هذا النموذج – لطلبكم هذا فقط.
request-privacy-who = لا يحق الاطلاع عليها إلا لموظفي خدمة المواطنين (Bürgerservice) المخوّلين، ولكلٍّ منهم حساب شخصي. ويُسجَّل كل اطلاع عليها.
request-privacy-protection = تُشفَّر بياناتكم هنا على هذا الجهاز، ولا يمكن فتحها إلا من قِبل الجهة المركزية في إدارة المدينة.
request-privacy-duration = نحذف بياناتكم بعد 90 يومًا من إنجاز طلبكم.
request-privacy-voluntary = تقديم بياناتكم اختياري. ويمكنكم أيضًا عرض طلبكم على الموظفين مباشرةً.
request-privacy-withdraw = يمكنكم سحب موافقتكم في أي وقت. أخبروا الموظفين بذلك أو راسلونا على العنوان: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. ويُرجى ذكر رقم معاملتكم.
request-consent = لقد قرأتُ المعلومات. وأوافق على أن تستخدم خدمة المواطنين (Bürgerservice) بياناتي لهذا الطلب.
request-back-to-form = العودة إلى النموذج
request-send = إرسال الطلب
request-sending = جارٍ الإرسال …

## تم

request-done-title = شكرًا لكم، تم حفظ طلبكم
request-done-reference = رقم معاملتكم:
request-done-next = سنتواصل معكم. يُرجى تدوين الرقم أو مسح رمز QR.
request-done = تم
request-qr-label = رمز QR يتضمن رقم المعاملة { $reference }
request-qr-hint = بواسطة رمز QR يصبح الرقم متاحًا على هاتفكم أيضًا.
request-pay-title = دفع الرسوم: { $amount }
request-pay-how = امسحوا رمز QR باستخدام تطبيق البنك الخاص بكم، وسيملأ التطبيق بيانات التحويل. أو أجروا التحويل بأنفسكم:
request-pay-recipient = المستفيد
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = المبلغ
request-pay-remittance = غرض التحويل (Verwendungszweck)
request-pay-next = سنرسل لكم الشهادة عندما يصل المبلغ إلينا.
request-pay-qr-label = رمز QR لتحويل { $amount } إلى { $recipient }
request-pay-online-show = الدفع عبر الإنترنت بالهاتف
request-pay-online-title = الدفع عبر الإنترنت: { $amount }
request-pay-online-how = امسحوا رمز QR بكاميرا هاتفكم، فتنتقلون إلى صفحة الدفع التابعة للمدينة، وهناك تختارون طريقة الدفع.
request-pay-online-qr-label = رمز QR لدفع { $amount } عبر الإنترنت للمعاملة رقم { $reference }
request-pay-online-back = العودة إلى التحويل المصرفي
request-upload-show = رفع المستندات بالهاتف
request-upload-title = رفع المستندات بالهاتف
request-upload-how = امسحوا رمز QR بكاميرا هاتفكم، وبعدها يمكنكم هناك رفع صور أو ملفات PDF تخص طلبكم، مثل عقد الإيجار.
# $until: اليوم بصيغته النهائية (الخميس، 17 ديسمبر).
request-upload-until = الرابط صالح حتى { $until }.
request-upload-qr-label = رمز QR لرفع المستندات الخاصة بالمعاملة رقم { $reference }
request-upload-back-pay = العودة إلى الدفع
request-upload-back-reference = العودة إلى رقم المعاملة

## أخطاء أوامر الطلبات (docs/ipc.md)

error-request_invalid = يُرجى التحقق من الحقول المميَّزة.
error-consent_required = يُرجى الموافقة على معلومات حماية البيانات.
error-unknown_topic = هذا الموضوع لم يعد متوفرًا. يُرجى اختيار موضوع آخر.
error-disk_full = ذاكرة التخزين في الجهاز ممتلئة. يُرجى التوجه إلى موظفينا.
