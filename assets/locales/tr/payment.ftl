# Merkez sunucunun sayfası: Vatandaşlar burada taleplerinin ücretini telefonla çevrim içi öder
# (crates/central/src/checkout.rs, templates/payment.html).
# Bağlantı kiosktan QR kodu olarak gelir; sayfa belediyenin ödeme sayfasına yönlendirir ve geri
# dönüldüğünde ödemenin ulaşıp ulaşmadığını gösterir. Sayfa kioskun dilinde görüntülenir.

payment-title = Ücreti çevrim içi ödeyin
# $amount: tutar, biçimlendirilmiş olarak (10,00 €); $reference: işlem numarası.
payment-what = { $reference } numaralı talebiniz için ücret: { $amount }.
payment-paid-title = Teşekkürler, ücret ödendi
# $when: gün ve saat, biçimlendirilmiş olarak.
payment-paid = Ödemeniz { $when } tarihinde belediyeye ulaştı. Başka bir şey yapmanız gerekmiyor.
payment-canceled-title = Ödeme iptal edildi
payment-canceled = Hesabınızdan hiçbir tutar çekilmedi. Tekrar deneyebilir veya ücreti banka havalesiyle ödeyebilirsiniz.
payment-failed-title = Ödeme gerçekleşmedi
payment-failed = Ödeme sayfası ödemeyi reddetti. Hesabınızdan hiçbir tutar çekilmedi. Tekrar deneyebilir veya ücreti banka havalesiyle ödeyebilirsiniz.
payment-open-title = Ödeme henüz tamamlanmadı
payment-open = Ödeme sayfası ödemeyi henüz onaylamadı. Az önce ödeme yaptıysanız bu sayfayı bir dakika sonra yenileyin.
payment-retry = Şimdi çevrim içi ödeyin
payment-reload = Sayfayı yenileyin
payment-transfer-title = Veya banka havalesiyle
payment-transfer-intro = Ücreti, tam olarak aşağıdaki ödeme açıklamasıyla banka havalesi yoluyla da ödeyebilirsiniz:
payment-transfer-payee = Alıcı
payment-transfer-iban = IBAN
payment-transfer-bic = BIC
payment-transfer-amount = Tutar
payment-transfer-remittance = Ödeme açıklaması (Verwendungszweck)

## Sayfanın neden ödemeye yönlendirmediği

payment-error-link = Bu bağlantı geçersiz. Lütfen kiosktaki QR kodunu yeniden tarayın veya Bürgerservice’e başvurun.
payment-error-expired = Bu bağlantının süresi doldu (son geçerlilik: { $until }). Lütfen ücreti banka havalesiyle ödeyin veya Bürgerservice’e başvurun.
payment-error-no-fee = Bu talep için ücret ödemeniz gerekmiyor.
payment-error-unavailable = Çevrim içi ödeme şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin veya ücreti banka havalesiyle ödeyin.
payment-error-closed = Talebiniz zaten sonuçlandırıldı. Lütfen Bürgerservice’e başvurun.
payment-error-internal = Maalesef bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
