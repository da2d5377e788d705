# Merkez sunucunun sayfası: Vatandaşlar burada taleplerine ait belgeleri telefonla yükler
# (crates/central/src/upload.rs, templates/upload.html).
# Bağlantı kiosktan QR kodu olarak gelir; sayfa kioskun dilinde görüntülenir.

upload-site = Potsdam Belediyesi – Bürgerservice
upload-title = Talebinize ait belgeler
upload-intro = Burada talebinizle ilgili fotoğrafları veya PDF dosyalarını yükleyebilirsiniz, örneğin kira sözleşmenizi veya bir vekâletnameyi. Belediyede talebinizle ilgilenen görevliler bunları talebinizle birlikte görür.
upload-rules = PDF, JPEG ve PNG dosyalarına izin verilir: dosya başına en fazla 10 MB, toplamda en fazla 10 dosya ve 30 MB.
# $until: gün ve saat, biçimlendirilmiş olarak (17.12.2026, 10:15).
upload-valid-until = Bu bağlantı şu zamana kadar geçerlidir: { $until }.
upload-held =
    { $count ->
        [0] Bu talep için henüz belge yok.
        [one] Bu talep için 1 dosya var.
       *[other] Bu talep için { $count } dosya var.
    }
upload-choose = Dosya seçin
upload-choose-hint = Aynı anda birden fazla dosya seçebilir veya fotoğraf çekebilirsiniz.
upload-send = Yükleyin
upload-privacy = Dosyalarınız şifrelenerek saklanır. Bunları yalnızca talebinizden sorumlu görevliler açabilir; dosyalar talebinizle birlikte silinir.

## Yüklemeden sonra

upload-received-title = Çok teşekkür ederiz
upload-received =
    { $count ->
        [one] Bu dosyayı aldık:
       *[other] Bu { $count } dosyayı aldık:
    }
upload-more = Başka dosyalar yükleyebilir veya sayfayı kapatabilirsiniz.
upload-refused-title = Dosyaların tamamı kabul edilmedi
upload-refused = Şu dosyaları kabul etmedik:
# $name: dosya adı, $size: boyut, biçimlendirilmiş olarak (2,4 MB).
upload-file = { $name } ({ $size })

## Bir dosyanın veya bağlantının neden kabul edilmediği

upload-error-type = { $name }: PDF, JPEG veya PNG dosyası değil.
upload-error-file-too-large = { $name }: 10 MB’tan büyük.
upload-error-too-many = { $name }: bu talep için zaten 10 dosya var.
upload-error-total-too-large = { $name }: dosyaların toplam boyutu 30 MB’ı aşardı.
upload-error-empty = Lütfen en az bir dosya seçin.
upload-error-body-too-large = Dosyaların toplam boyutu çok büyük. Lütfen bir seferde en fazla 30 MB yükleyin.
upload-error-link = Bu bağlantı geçersiz. Lütfen kiosktaki QR kodunu yeniden tarayın veya Bürgerservice’e başvurun.
upload-error-expired = Bu bağlantının süresi doldu (son geçerlilik: { $until }). Lütfen Bürgerservice’e başvurun.
upload-error-closed = Talebiniz zaten sonuçlandırıldı; artık belge kabul edilmiyor. Lütfen Bürgerservice’e başvurun.
upload-error-internal = Maalesef bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
