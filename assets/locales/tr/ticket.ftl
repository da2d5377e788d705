# Vatandaşın dilinde sıra numarası: yazdırılan fiş ve QR kodundaki metin
# (Rust: crates/app/src/printing.rs, tickets.rs), talep türleri (kiosk, görevliler ve bk için de), Türkçe.

## Sıra numarasının QR kodundaki metin

# Üç satır: numara, yer, gün (gün biçimlendirilmiş olarak gelir, 25.02.2026).
ticket-qr-text =
    Sıra numarası { $label }
    Bürgerservice Potsdam – { $station }
    { $day }

## Yazdırılan sıra numarası fişi (crates/app/src/printing.rs), vatandaşın dilinde

ticket-print-heading = Bürgerservice Potsdam – { $station }
ticket-print-window = Lütfen saat { $from } ile { $to } arasında tekrar gelin.
ticket-print-wait =
    { $minutes ->
        [0] Birazdan sıranız gelecek.
        [one] Tahmini bekleme süresi: yaklaşık 1 dakika
       *[other] Tahmini bekleme süresi: yaklaşık { $minutes } dakika
    }
# $day: biçimlendirilmiş olarak gelir (25.02.2026), $time: SS:DD.
ticket-print-drawn = Alındığı tarih: { $day }, saat { $time }

## Sıra numarasının talep türü: kinds::Kind için ticket-kind-<kind> (crates/station/src/kinds.rs), görevliler, bk ve fiş yazıcısı için

ticket-kind-eid = Çevrim içi kimlik & PIN
ticket-kind-advice = Çevrim içi hizmetler danışmanlığı
ticket-kind-request = Talep iletme
