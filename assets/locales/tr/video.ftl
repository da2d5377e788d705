# Kiosk metinleri: “Görüntülü görüşme”, Türkçe. Vatandaşlar Bürgerservice ile kendi
# telefonlarından görüntülü görüşür (kiosk bunun için QR kodunu gösterir).
# Her mesaj, her kiosk dilinde aynı değişkenlerle bulunmalıdır (npm test bunu denetler).

## Başlangıç sayfasındaki düğme

home-video = Görüntülü görüşme

## Görüşmeden önce

video-title = Bürgerservice ile görüntülü görüşme
video-intro = Bürgerservice’ten bir görevli görüntülü görüşmeyle size yardımcı olur. Görüşmeyi kendi telefonunuzdan yaparsınız: Bunun için kamerası ve internet bağlantısı olan bir telefon gerekir.
video-screen-note = Bu ekranın kendisi görüntülü görüşme yapamaz. Görüşme kaydedilmez.
video-start = Görüşmeyi başlatın
video-opening = Görüşme hazırlanıyor …

## Telefon için QR kodu

video-open-title = QR kodunu telefonunuzla tarayın
video-step-scan = Telefonunuzun kamerasını QR koduna tutun ve bağlantıyı açın.
# Telefondaki düğmenin adı, call.ftl’deki “call-start” ile tamamen aynıdır.
video-step-allow = “Kamera ve mikrofona izin verin ve bağlanın” düğmesine dokunun.
video-step-wait = Biraz bekleyin: Birazdan Bürgerservice’ten biri sizinle ilgilenecek.
video-state-waiting = Bürgerservice haberdar edildi ve görüşmenizi birazdan yanıtlayacak.
video-state-answered = Bürgerservice şu anda telefonunuz üzerinden sizinle görüşüyor.
video-state-ended = Görüşme sona erdi. Çok teşekkür ederiz!
video-qr-label = QR kodu: Bürgerservice ile görüntülü görüşme bağlantısı
video-qr-hint = Bağlantı yalnızca bu görüşme için geçerlidir.

## Görüşme mümkün değilse

error-video_unavailable = Şu anda görüntülü görüşme yapılamıyor. Talebinizi iletebilir veya sıra numarası alabilirsiniz.
error-video_not_offered = Burada görüntülü görüşme sunulmuyor. Talebinizi iletebilir veya sıra numarası alabilirsiniz.
