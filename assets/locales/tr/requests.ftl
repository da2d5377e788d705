# Kiosk metinleri: “Talebinizi iletin”, Türkçe.
# Her mesaj, her kiosk dilinde aynı değişkenlerle bulunmalıdır (npm test bunu denetler).

## Konu seçimi

request-title = Talebinizi iletin
request-intro = Konu nedir? Bir konu seçin.
request-topic-rueckruf = Geri arama
request-topic-rueckruf-text = Sizi arayacağız.
request-topic-termin = Vatandaş Hizmet Merkezinde (Bürgerservicecenter) randevu talebi
request-topic-termin-text = Size bir randevu önereceğiz.
request-topic-frage = Bir hizmetle ilgili soru
request-topic-frage-text = Sorunuzu bize iletin. Size yanıt vereceğiz.
request-topic-ummeldung = Adres değişikliği kaydını (Ummeldung) hazırlama
request-topic-ummeldung-text = Potsdam içinde mi taşınıyorsunuz? Adres değişikliği kaydınızı hazırlayacağız.
request-topic-meldebescheinigung = Posta ile ikamet belgesi (Meldebescheinigung)
request-topic-meldebescheinigung-text = Belgeyi adresinize göndereceğiz.
request-fee = Ücret: { $amount }

## Form

request-back-to-topics = Başka konu
request-form-intro = Bir alana dokunun ve sağdaki klavyeyle yazın.
request-fee-notice = Bunun ücreti { $amount }. Ödemeyi, talebinizi gönderdikten sonra telefonunuzla çevrim içi veya banka havalesiyle yaparsınız.
request-fee-notice-transfer = Bunun ücreti { $amount }. Ödemeyi, talebinizi gönderdikten sonra banka havalesiyle yaparsınız.
request-typing-into = Yazdığınız alan: { $field }
request-next = Devam
request-optional = (isteğe bağlı)
request-field-name = Adınız ve soyadınız
request-field-phone = Telefon numarası
request-field-phone-hint = Örneğin 0331 123456
request-field-email = E-posta adresi
request-field-email-hint = Örneğin isim@ornek.de
request-field-preferred_time = Size hangi zaman uygun?
request-field-preferred_date = Tercih ettiğiniz gün
request-field-preferred_date-hint = GG.AA.YYYY biçiminde, örneğin 15.06.2026
request-field-service = Hangi hizmetle ilgili?
request-field-message = Mesajınız
request-field-move_date = Taşınma tarihi
request-field-move_date-hint = GG.AA.YYYY biçiminde, örneğin 01.07.2026
request-field-new_address = Potsdam’daki yeni adresiniz
request-field-new_address-hint = Sokak, kapı numarası
request-field-birth_date = Doğum tarihiniz
request-field-birth_date-hint = GG.AA.YYYY biçiminde, örneğin 24.12.1950
request-field-address = Potsdam’daki adresiniz
request-field-address-hint = Sokak, kapı numarası. Belgeyi bu adrese göndereceğiz.
request-option-preferred_time-morning = Öğleden önce
request-option-preferred_time-afternoon = Öğleden sonra
request-option-preferred_time-any = Fark etmez

## Bir alandaki hatalar

request-invalid-required = Lütfen bu alanı doldurun.
request-invalid-too_long = Lütfen en fazla { $max } karakter yazın.
request-invalid-email_invalid = Bu geçerli bir e-posta adresi değil. Adreste bir @ ve bir nokta bulunmalıdır, örneğin isim@ornek.de.
request-invalid-phone_invalid = Bu geçerli bir telefon numarası değil. Lütfen yalnızca rakam kullanın; başta + işaretine izin verilir.
request-invalid-choice_invalid = Lütfen seçeneklerden birini seçin.
request-invalid-date_invalid = Bu geçerli bir tarih değil. Lütfen GG.AA.YYYY biçiminde yazın.
request-invalid-one_of_required = Size ulaşabilmemiz için lütfen şunu belirtin: { $fields }.
request-invalid-consent_required = Onaylıyorsanız lütfen kutuyu işaretleyin.
request-invalid-other = Lütfen bu bilgiyi kontrol edin.

## Veri koruma ve onay

request-privacy-title = Veri koruma: Bilgilerinize ne oluyor?
request-privacy-what = Konuyu ve bu formdaki bilgilerinizi kaydediyoruz – yalnızca talebiniz için.
request-privacy-who = Bu bilgileri yalnızca yetkili Bürgerservice görevlileri, her biri kendi kişisel hesabıyla okuyabilir. Her okuma kayıt altına alınır.
request-privacy-protection = Bilgileriniz burada, bu cihazda şifrelenir. Bunları yalnızca belediye yönetiminin merkez birimi açabilir.
request-privacy-duration = Talebiniz sonuçlandıktan 90 gün sonra bilgilerinizi sileriz.
request-privacy-voluntary = Bilgilerinizi vermek isteğe bağlıdır. Talebinizi doğrudan görevlilerimize de iletebilirsiniz.
request-privacy-withdraw = Onayınızı istediğiniz zaman geri alabilirsiniz. Bunu görevlilerimize söyleyin veya şu adrese yazın: Landeshauptstadt Potsdam, Bürgerservice, 14461 Potsdam. Bunu yaparken işlem numaranızı belirtin.
request-consent = Bilgilendirmeyi okudum. Bürgerservice’in bilgilerimi bu talep için kullanmasını kabul ediyorum.
request-back-to-form = Forma dön
request-send = Talebi gönder
request-sending = Gönderiliyor …

## Tamamlandı

request-done-title = Teşekkürler, talebiniz kaydedildi
request-done-reference = İşlem numaranız (Vorgangsnummer):
request-done-next = Size geri dönüş yapacağız. Lütfen numarayı not edin veya QR kodunu tarayın.
request-done = Tamam
request-qr-label = İşlem numarasını içeren QR kodu: { $reference }
request-qr-hint = QR koduyla numaranızı telefonunuza da alabilirsiniz.
request-pay-title = Ücret ödemesi: { $amount }
request-pay-how = QR kodunu bankacılık uygulamanızla tarayın. Uygulama havale bilgilerini doldurur. Ya da havaleyi kendiniz yapın:
request-pay-recipient = Alıcı
request-pay-iban = IBAN
request-pay-bic = BIC
request-pay-amount = Tutar
request-pay-remittance = Ödeme açıklaması (Verwendungszweck)
request-pay-next = Ödeme bize ulaştığında belgeyi göndereceğiz.
request-pay-qr-label = Havale için QR kodu: { $amount }, alıcı: { $recipient }
request-pay-online-show = Telefonla çevrim içi ödeyin
request-pay-online-title = Çevrim içi ödeme: { $amount }
request-pay-online-how = QR kodunu telefonunuzun kamerasıyla tarayın. Belediyenin ödeme sayfasına yönlendirilirsiniz; orada nasıl ödeyeceğinizi seçersiniz.
request-pay-online-qr-label = { $reference } numaralı işlem için çevrim içi ödeme QR kodu: { $amount }
request-pay-online-back = Havaleye dön
request-upload-show = Belgeleri telefonla yükleyin
request-upload-title = Belgeleri telefonla yükleyin
request-upload-how = QR kodunu telefonunuzun kamerasıyla tarayın. Orada talebinizle ilgili fotoğrafları veya PDF dosyalarını yükleyebilirsiniz, örneğin kira sözleşmenizi.
# $until: gün, biçimlendirilmiş olarak (Perşembe, 17 Aralık).
request-upload-until = Bağlantı şu güne kadar geçerlidir: { $until }.
request-upload-qr-label = { $reference } numaralı işlem için belge yükleme QR kodu
request-upload-back-pay = Ödemeye dön
request-upload-back-reference = İşlem numarasına dön

## Talep komutlarının hataları (docs/ipc.md)

error-request_invalid = Lütfen işaretli alanları kontrol edin.
error-consent_required = Lütfen veri koruma bilgilendirmesini onaylayın.
error-unknown_topic = Bu konu artık mevcut değil. Lütfen başka bir konu seçin.
error-disk_full = Cihazın belleği dolu. Lütfen görevlilerimize başvurun.
