# Die Seite der Zentrale, über die Bürgerinnen und Bürger mit dem Handy ein
# Videogespräch mit dem Bürgerservice führen (crates/central/src/calls/phone.rs,
# templates/call_phone.html, static call.js). Der Link kommt als QR-Code vom Kiosk.
# Die Seite spricht die Sprache des Kiosks. Die Texte ab „call-state-“ setzt das
# Skript der Seite ein, während das Gespräch läuft.

call-title = Bürgerservice ile görüntülü görüşme
call-intro = Bürgerservice’ten bir görevli birazdan sizinle görüntülü olarak görüşecek. Görüşme kaydedilmez.
call-privacy = Görüntü ve ses, belediyenin Bürgerservice birimine şifrelenerek iletilir ve hiçbir yerde saklanmaz.
call-start = Kamera ve mikrofona izin verin ve bağlanın
call-hang-up = Görüşmeyi bitirin
call-mute = Mikrofonu kapatın
call-unmute = Mikrofonu açın
call-camera-off = Kamerayı kapatın
call-camera-on = Kamerayı açın
call-you = Siz
call-clerk = Bürgerservice
call-documents-title = Belge gönderin
call-documents-intro = Bürgerservice’in sizden bir belgeye ihtiyacı mı var? Belgeyi buradan gönderin, görüşme bu sırada devam eder: PDF, JPEG veya PNG dosyası ya da kamerayla çekilmiş bir fotoğraf.
call-state-connecting = Bağlantı kuruluyor …
call-state-waiting = Bağlantı kuruldu. Lütfen biraz bekleyin; birazdan Bürgerservice’ten biri sizinle ilgilenecek.
call-state-talking = Şu anda Bürgerservice ile görüşüyorsunuz.
call-state-left = Bürgerservice görevlisi görüşmeden kısa bir süreliğine ayrıldı. Lütfen bu sayfada kalın.
call-state-ended = Görüşme sona erdi. Çok teşekkür ederiz! Bu sayfayı kapatabilirsiniz.
call-state-no-camera = Kamera ve mikrofona erişim izni olmadan görüşme yapılamaz. Lütfen tarayıcınızda erişime izin verin ve “Kamera ve mikrofona izin verin ve bağlanın” düğmesine yeniden dokunun.
call-state-failed = Bağlantı kurulamadı. Lütfen sayfayı yenileyin veya kiosktaki görevlilere başvurun.
call-state-unsupported = Tarayıcınız görüntülü görüşmeyi desteklemiyor. Lütfen bağlantıyı güncel bir tarayıcıda açın (örneğin Chrome, Firefox veya Safari).

## Warum die Seite kein Gespräch anbietet

call-error-link = Bu bağlantı geçersiz. Lütfen kiosktaki QR kodunu yeniden tarayın.
call-error-ended = Bu görüşme zaten sona erdi. Kioskta yeni bir görüşme başlatabilirsiniz.
call-error-internal = Maalesef bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
