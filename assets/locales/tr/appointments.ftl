# Kiosk metinleri: “Randevu alın”, Türkçe.
# Her mesaj, her kiosk dilinde aynı değişkenlerle bulunmalıdır (npm test bunu denetler).

## Bir hizmetin sayfası

appointment-book = Vatandaş Hizmet Merkezinden (Bürgerservicecenter) randevu alın

## Boş randevular

appointment-title = Randevu alın: { $service }
appointment-loading = Boş randevular yükleniyor …
appointment-office = { $office } için randevular. Bir gün ve bir saat seçin.
appointment-none = Maalesef önümüzdeki dört hafta içinde boş randevu yok.
appointment-time-label = { $day }, saat { $time }
appointment-earlier-days = Önceki günler
appointment-later-days = Sonraki günler
appointment-reserving = Randevu sizin için ayrılıyor …
appointment-wish = Randevu talebi iletin

## Bilgileriniz

request-topic-terminbuchung = Randevu için bilgileriniz
appointment-held = Sizin için ayrıldı: { $when }. Lütfen işleminizi şu saate kadar tamamlayın: { $until }.
appointment-back-to-times = Başka bir saat
appointment-send = Randevuyu kesinleştir
appointment-privacy-system = Belediye yönetiminin merkez birimi adınızı, e-posta adresinizi ve telefon numaranızı belediyenin randevu sistemine iletir. Sistem bu bilgilerle randevunuzu oluşturur ve size onayı gönderir.

## Randevu alındı

appointment-done-title = Randevunuz alındı
appointment-done-place = Yer: { $office }
appointment-done-number = Randevu numaranız:
appointment-done-mail = Onay e-posta ile gelecek. Lütfen kimlik kartınızı yanınızda getirin.
appointment-qr-label = Randevunuzu içeren QR kodu: { $when }
appointment-qr-hint = QR kodunu telefonunuzun kamerasıyla tarayın. Böylece randevu takviminize eklenir.
appointment-queued-title = Randevu talebiniz kaydedildi
appointment-queued-text = Randevu sistemine şu anda ulaşılamıyor. Vatandaş Hizmet Merkezi (Bürgerservicecenter) size e-posta ile bir randevu bildirecek.

## Hatalar

error-slot_taken = Bu randevuyu az önce başka biri aldı. Lütfen başka bir saat seçin.
error-reservation_expired = Ayırma süresi doldu. Lütfen randevuyu yeniden seçin.
error-appointments_unreachable = Randevu sistemine şu anda ulaşılamıyor. Bir randevu talebi iletebilirsiniz; size geri dönüş yapacağız.
error-appointments_not_offered = Maalesef bu hizmet için buradan randevu alınamıyor. Lütfen görevlilerimize başvurun.
error-too_many_with_same_mail = Bu e-posta adresiyle izin verilen en fazla sayıda randevu zaten alınmış. Lütfen başka bir e-posta adresi kullanın.
error-appointment_refused = Randevu sistemi randevuyu kabul etmedi. Lütfen görevlilerimize başvurun.
error-name_refused = Randevu sistemi bu adı kabul etmiyor. Lütfen kontrol edin.
error-email_refused = Randevu sistemi bu e-posta adresini kabul etmiyor. Lütfen kontrol edin.
error-telephone_refused = Randevu sistemi bu telefon numarasını kabul etmiyor. Lütfen kontrol edin veya alanı boş bırakın.
