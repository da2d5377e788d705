# صفحة الخادم المركزي التي يدفع فيها المواطنون بهواتفهم رسوم طلباتهم عبر الإنترنت
# (crates/central/src/checkout.rs، templates/payment.html).
# يصل الرابط من الكشك على شكل رمز QR، وتنقل الصفحة إلى صفحة الدفع التابعة للمدينة، ثم تُظهر
# بعد العودة منها ما إذا كان المبلغ قد وصل. وتُعرض الصفحة بلغة الكشك.

payment-title = دفع الرسوم عبر الإنترنت
# $amount: المبلغ بصيغته النهائية (10,00 €)، $reference: رقم المعاملة.
payment-what = رسوم قدرها { $amount } لطلبكم رقم { $reference }.
payment-paid-title = شكرًا لكم، تم دفع الرسوم
# $when: اليوم والساعة بصيغتهما النهائية.
payment-paid = وصلت دفعتكم إلى المدينة في { $when }. لا يلزمكم القيام بأي شيء آخر.
payment-canceled-title = أُلغيت عملية الدفع
payment-canceled = لم يُخصم أي مبلغ. يمكنكم المحاولة مرة أخرى أو دفع الرسوم بتحويل مصرفي.
payment-failed-title = لم تنجح عملية الدفع
payment-failed = رفضت صفحة الدفع عملية الدفع. لم يُخصم أي مبلغ. يمكنكم المحاولة مرة أخرى أو دفع الرسوم بتحويل مصرفي.
payment-open-title = لم تكتمل عملية الدفع بعد
payment-open = لم تؤكد صفحة الدفع عملية الدفع بعد. إذا كنتم قد دفعتم للتو، فأعيدوا تحميل هذه الصفحة بعد دقيقة.
payment-retry = الدفع عبر الإنترنت الآن
payment-reload = إعادة تحميل الصفحة
payment-transfer-title = أو بتحويل مصرفي
payment-transfer-intro = يمكنكم أيضًا دفع الرسوم بتحويل مصرفي، مع كتابة غرض التحويل هذا بالضبط:
payment-transfer-payee = المستفيد
payment-transfer-iban = IBAN
payment-transfer-bic = BIC
payment-transfer-amount = المبلغ
payment-transfer-remittance = غرض التحويل (Verwendungszweck)

## أسباب عدم انتقال الصفحة إلى الدفع

payment-error-link = هذا الرابط غير صالح. يُرجى مسح رمز QR في الكشك مرة أخرى أو التواصل مع خدمة المواطنين (Bürgerservice).
payment-error-expired = انتهت صلاحية هذا الرابط في { $until }. يُرجى دفع الرسوم بتحويل مصرفي أو التواصل مع خدمة المواطنين (Bürgerservice).
payment-error-no-fee = لا توجد رسوم مستحقة على هذا الطلب.
payment-error-unavailable = الدفع عبر الإنترنت غير متاح حاليًا. يُرجى المحاولة مرة أخرى لاحقًا أو دفع الرسوم بتحويل مصرفي.
payment-error-closed = أُغلق طلبكم بالفعل. يُرجى التواصل مع خدمة المواطنين (Bürgerservice).
payment-error-internal = عذرًا، لم تنجح العملية. يُرجى المحاولة مرة أخرى لاحقًا.
