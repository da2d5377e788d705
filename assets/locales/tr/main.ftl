# Vatandaşlar için kiosk metinleri, Türkçe: başlık, başlangıç sayfası, çevrim içi hizmetler, klavyeler, sıra numarası, hatalar.
# Her mesaj, her kiosk dilinde aynı değişkenlerle bulunmalıdır (npm test bunu denetler).

## Başlık

app-title = Bürgerservice Potsdam – mobil vatandaş hizmeti
header-kopfzeile = Kamu yönetiminin bir hizmeti
nav-back = Geri
nav-restart = Baştan başla

## Başlangıç sayfası (her dilde gösterilir)

language-name = Türkçe
start-title = Hoş geldiniz
start-choose = Lütfen dilinizi seçin.

## Dil ve görünüm (her sayfada)

language-switch-label = Dil seçin
modes-label = Görünüm
mode-contrast = Yüksek kontrast
mode-large-text = Büyük yazı
# Yalnızca Kolay Dil’de (Leichte Sprache, kolay okunur Almanca) görünür; diğer dillerde de yine de çevrilir.
language-easy-review = Kolay dildeki bu metinler hâlâ test okuyucuları tarafından kontrol ediliyor.

## Genel bakış

home-title = Size nasıl yardımcı olabiliriz?
tile-eid = Çevrim içi kimlik & PIN
tile-eid-text = Kimlik kartınızın PIN’ini değiştirin veya blokesini kaldırın
tile-services = Belediyenin çevrim içi hizmetleri
tile-services-text = Başvuruları bulun ve telefonunuzda devam edin
tile-ticket = Sıra numarası alın
tile-ticket-text = Sıranız geldiğinde sizi çağıracağız
tile-request = Talebinizi iletin
tile-request-text = Bize yazın, size geri dönüş yapacağız

## Çevrim içi hizmetler

services-title = Belediyenin çevrim içi hizmetleri
services-search-label = Hizmet arayın
services-search-hint = Örneğin “Wohnsitz” (ikamet), “Hund” (köpek) veya “Ausweis” (kimlik)
services-most-asked = En çok sorulanlar
services-categories = Alanlar
services-category-all = Tüm alanlar
services-results-heading = Bulunan hizmetler
services-count =
    { $count ->
        [0] Hizmet bulunamadı
        [one] 1 hizmet bulundu
       *[other] { $count } hizmet bulundu
    }
services-empty = Başka bir kelime veya başka bir alan deneyin.
services-back-to-list = Listeye dön
service-address = Adres
service-qr-hint = QR kodunu telefonunuzun kamerasıyla tarayın. Ardından başvuruyu telefonunuzda doldurabilirsiniz.
service-qr-label = Çevrim içi hizmetin QR kodu: { $name }

## Ekran klavyesi ve rakam tuş takımı

keyboard-label = Ekran klavyesi
keyboard-shift = Büyük harf
keyboard-space = Boşluk
keyboard-backspace = Son karakteri sil
keyboard-clear = Tümünü sil
keyboard-other-letters = Diğer alfabe
pin-pad-label = Rakam tuş takımı
pin-pad-delete = Son rakamı sil

## Sıra numarası

ticket-title = Sıra numarası
ticket-intro = Konu nedir? Konunuza dokunun, size bir numara verilecek.
ticket-kinds-label = Konu nedir?
ticket-drawing = Numara alınıyor …
ticket-your-number = Sıra numaranız
ticket-wait = Bekleme süresi: yaklaşık { $minutes } dakika
ticket-call-hint = Lütfen numaranızı unutmayın. Sizi çağıracağız.
ticket-window = Lütfen saat { $from } ile { $to } arasında tekrar gelin.
ticket-printed = Fişiniz yazdırıldı. Lütfen yanınıza alın. Numaranızı çağıracağız.
ticket-qr-label = Sıra numarası { $label } için QR kodu
ticket-qr-hint = QR koduyla numaranızı telefonunuza da alabilirsiniz.
ticket-done = Tamam

## PIN göstergesindeki rakamlar (ekran okuyucular için)

pin-digits =
    { $count ->
        [0] Rakam girilmedi
        [one] 1 rakam girildi
       *[other] { $count } rakam girildi
    }

## Hatalar: Tauri komutlarının kodları için error-<code> (docs/ipc.md)

error-title = İşlem başarısız oldu
error-generic = Lütfen tekrar deneyin. Yine olmazsa lütfen görevlilerimize başvurun.
error-no_station_selected = Bugün için henüz bir hizmet noktası seçilmedi. Lütfen görevlilerimize başvurun.
error-unknown_service = Bu hizmet artık mevcut değil. Lütfen başka bir hizmet seçin.
error-kind_not_served = Bugün bu konu için açık bir gişe yok. Lütfen görevlilerimize başvurun.
error-not_enrolled = Bu hizmet noktası şu anda talep kabul edemiyor. Lütfen görevlilerimize başvurun.
error-database = Veriler okunamadı veya kaydedilemedi. Lütfen görevlilerimize başvurun.
error-store_unavailable = Hizmet noktası şu anda veri kaydedemiyor. Lütfen görevlilerimize başvurun.
