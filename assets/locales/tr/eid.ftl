# Kiosk metinleri: “Çevrim içi kimlik & PIN”, Türkçe.
# Her mesaj, her kiosk dilinde aynı değişkenlerle bulunmalıdır (npm test bunu denetler).

## Kimlik kartını beklerken

eid-wait-title-start = Kimlik kartınızı kart okuyucunun üzerine koyun
eid-wait-title-not_changed = Kimlik kartı okuyucudan alındı
eid-wait-text-not_changed = Hiçbir şey değiştirilmedi. Kartı tekrar okuyucuya koyun, yeniden deneyelim.
eid-wait-title-unknown = Lütfen kimlik kartınızı tekrar okuyucuya koyun
eid-wait-text-unknown = PIN’in değiştirilip değiştirilmediği belli değil. Kartı tekrar okuyucuya koyun – kontrol edeceğiz.
eid-wait-title-reader_gone = Kart okuyucunun bağlantısı kesildi
eid-wait-text-reader_gone = Hiçbir şey değiştirilmedi. Kart okuyucu yeniden bağlanır bağlanmaz devam edebilirsiniz.
eid-reader-searching = Kart okuyucu aranıyor …
eid-reader-no_reader = Kart okuyucu bulunamadı – lütfen görevlilerimize başvurun
eid-reader-no_card = Kart okuyucu hazır. Kimlik kartınızı okuyucunun üzerine düz olarak koyun ve orada bırakın.
eid-reader-other_card = Bu kartta çevrim içi kimlik işlevi (Online-Ausweisfunktion) yok. Lütfen kimlik kartınızı (Personalausweis), oturma izninizi (Aufenthaltstitel) veya eID kartınızı koyun.
eid-picture-card-on-reader = Resim: Bir kimlik kartı, kart okuyucunun üzerine düz olarak konuluyor.

## Kimlik kartı okunuyor veya değiştiriliyor

eid-busy-checking = Kimlik kartınız okunuyor …
eid-busy-verifying = Değişikliğin kimlik kartınıza kaydedilip kaydedilmediğini kontrol ediyoruz …
eid-busy-changing = PIN’iniz değiştiriliyor …
eid-busy-unblocking = PIN’inizin blokesi kaldırılıyor …
eid-busy-keep-card = Lütfen kartı hareket ettirmeyin.

## Kart okuyucuda giriş (kendi rakam tuşları olan kart okuyucu)

eid-on-reader-title = Lütfen kart okuyucuya girin
eid-on-reader-intro = Kart okuyucunuzun kendi rakam tuşları var. Gizli numaralarınızı burada ekranda değil, kart okuyucunun tuşlarıyla girin. Her girişten sonra “OK” tuşuna basın.
eid-on-reader-waiting = Bir dakika, kart okuyucu birazdan hazır olacak …
eid-on-reader-can = Şimdi kart erişim numarasını (CAN) kart okuyucuya girin: kimlik kartınızın ön yüzündeki 6 rakam.
eid-on-reader-pin = Şimdi mevcut PIN’inizi (6 rakam) kart okuyucuya girin.
eid-on-reader-transport_pin = Şimdi Transport-PIN’inizi (PIN mektubundaki 5 rakam) kart okuyucuya girin.
eid-on-reader-new_pin = Şimdi yeni PIN’inizi (6 rakam) kart okuyucuya girin. Ardından kontrol için bir kez daha girin.
eid-on-reader-check_new_pin = Kontrol için: Şimdi yeni PIN’inizi (6 rakam) bir kez kart okuyucuya girin.
eid-on-reader-puk = Şimdi PUK’u (PIN mektubundaki 10 rakam) kart okuyucuya girin.
eid-picture-pin-pad = Resim: Rakam tuşları olan bir kart okuyucu, üzerinde kimlik kartı duruyor. Parmaklar kart okuyucunun tuşlarına basıyor.
eid-choose-on-reader = PIN’i birazdan ekrana değil, kart okuyucuya gireceksiniz.

## Elinizde hangi PIN var?

eid-choose-title = Elinizde hangi PIN var?
eid-choose-transport = 5 haneli Transport‑PIN
eid-choose-transport-text = Başvurunuzdan sonra posta ile gelen PIN mektubunda (PIN-Brief) yer alır.
eid-choose-pin = 6 haneli PIN
eid-choose-pin-text = Kendi belirlediğiniz PIN.
eid-choose-forgotten = PIN’imi unuttum
eid-choose-forgotten-text = Yeni bir PIN’i nasıl alabileceğinizi size anlatalım.
eid-tries-title = Lütfen kalan deneme hakkınıza dikkat edin
eid-tries-left =
    { $triesLeft ->
        [one] 1 deneme hakkınız kaldı.
       *[other] { $triesLeft } deneme hakkınız kaldı.
    }
eid-last-try = Bu son deneme hakkınız. Bu PIN de yanlışsa bloke edilir. O zaman PIN mektubunuzdaki PUK’a ihtiyacınız olur.

## PIN, yeni PIN, CAN ve PUK girişi

eid-transport-title = Transport-PIN’i girin
eid-transport-prompt = PIN mektubunuzdaki { $digits } haneli Transport-PIN’i girin.
eid-current-title = Mevcut PIN’inizi girin
eid-current-prompt = { $digits } haneli mevcut PIN’inizi girin.
eid-new-title = Yeni PIN belirleyin
eid-new-prompt = { $digits } haneli yeni PIN’inizi belirleyin. Bu PIN’i iyi aklınızda tutun.
eid-repeat-title = Yeni PIN’i tekrarlayın
eid-repeat-prompt = Yeni PIN’i bir kez daha girin.
eid-can-title = Kart erişim numarasını girin
eid-can-prompt = Kimlik kartınızın güvenliği için { $digits } haneli kart erişim numarasına (CAN) ihtiyacımız var. Bu numara, kartınızın ön yüzünde sağ altta yer alır.
eid-puk-title = PUK’u girin
eid-puk-prompt = PIN’iniz bloke edildi. PIN mektubunuzdaki { $digits } haneli PUK ile blokeyi kaldırabilirsiniz.
eid-picture-can = Resim: Kimlik kartının ön yüzü. 6 haneli kart erişim numarası sağ altta yer alır.
eid-rules-title = Yeni PIN:
eid-rule-digits = tam olarak 6 rakamdan oluşur,
eid-rule-same = 6 aynı rakamdan oluşmaz (111111 olamaz),
eid-rule-sequence = 123456 veya 654321 gibi basit bir dizi olamaz.
eid-submit = Devam
eid-pin-wrong-title = PIN yanlış
eid-can-wrong-title = Kart erişim numarası yanlış
eid-can-wrong = Lütfen kimlik kartınızın ön yüzünde sağ alttaki numarayı kontrol edin.
eid-puk-wrong-title = PUK yanlış
eid-puk-wrong = Lütfen PIN mektubunuzdaki PUK’u kontrol edin.
eid-new-pin-problem-title = Bu PIN kullanılamaz
eid-new-pin-problem-length = Yeni PIN tam olarak 6 rakamdan oluşmalıdır.
eid-new-pin-problem-digits = Yeni PIN yalnızca rakamlardan oluşabilir.
eid-new-pin-problem-all_same = Yeni PIN 6 aynı rakamdan oluşamaz.
eid-new-pin-problem-sequence = Yeni PIN 123456 gibi basit bir dizi olamaz.
eid-new-pin-problem-mismatch = Girdiğiniz iki PIN aynı değil. Lütfen yeni PIN’i yeniden belirleyin.

## Sonuç

eid-changed-title = PIN’iniz değiştirildi
eid-changed-text = Çevrim içi kimliğiniz hazır.
eid-changed-use = Artık telefonunuzdaki AusweisApp ile çevrim içi hizmetlerde kimliğinizi kanıtlayabilirsiniz – örneğin Potsdam Belediyesine yapacağınız başvurularda.
eid-changed-qr-label = QR kodu: Çevrim içi kimliğin kullanımı
eid-changed-qr-hint = QR kodunu tarayın. Çevrim içi kimliğinizi nasıl kullanacağınız orada açıklanıyor.
eid-take-card = Lütfen kimlik kartınızı yanınıza alın.
eid-done = Tamam
eid-unblocked-title = PIN’inizin blokesi kaldırıldı
eid-unblocked-text = Önceki PIN’iniz yeniden geçerli. 3 deneme hakkınız var.
eid-unblocked-next = PIN’inizi biliyor musunuz? O zaman şimdi yeni bir PIN belirleyebilirsiniz. PIN’inizi hatırlamıyorsanız ardından “PIN’imi unuttum” seçeneğini seçin.
eid-unblocked-change = PIN’i şimdi değiştir
eid-help-title-puk_used_up = PUK’unuzun kullanım hakkı doldu
eid-help-title-pin_forgotten = PIN’inizi mi unuttunuz?
eid-help-title-deactivated = Çevrim içi kimlik işlevi (Online-Ausweisfunktion) kapalı
eid-help-title-other = Görevlilerimiz size yardımcı olacak
eid-help-puk_used_up = PIN mektubunuzdaki PUK ile PIN’inizin blokesini artık kaldıramazsınız. Yeni bir PIN’i Vatandaş Hizmet Merkezinden (Bürgerservicecenter) alabilirsiniz. Lütfen kimlik kartınızı yanınızda getirin.
eid-help-pin_forgotten = Yeni bir PIN’i Vatandaş Hizmet Merkezinden (Bürgerservicecenter) alabilirsiniz. Lütfen kimlik kartınızı yanınızda getirin. 2023 sonundan bu yana evinize PIN sıfırlama mektubu (PIN-Rücksetzbrief) gönderilmiyor.
eid-help-deactivated = Bu işlevi yalnızca bir resmî kurum açabilir: Kimlik kartı (Personalausweis) için Vatandaş Hizmet Merkezi (Bürgerservicecenter), elektronik oturma izni (eAT) için Yabancılar Dairesi (Ausländerbehörde). Lütfen kartınızı yanınızda getirin.
eid-help-other = Görevlilerimiz birazdan yanınıza gelip size yardımcı olacak.
eid-help-book = Randevuyu hemen buradan, QR kodunu telefonunuzla tarayarak ya da 115 numaralı kamu hizmetleri hattını (Behördennummer 115) arayarak alabilirsiniz.
eid-help-book-elsewhere = Randevuyu QR kodu ile ya da 115 numaralı kamu hizmetleri hattını (Behördennummer 115) arayarak alabilirsiniz.
eid-help-qr-label = QR kodu: Vatandaş Hizmet Merkezinden randevu alın
eid-help-qr-hint = QR kodunu telefonunuzla tarayın. Oradan randevu alabilirsiniz.
eid-help-told-title = Görevlilerimize haber verildi
eid-help-told = Birazdan yanınıza gelecekler.
eid-retry = Tekrar dene
eid-call-staff = Görevli çağır
eid-cancel = İptal

## eID komutlarının hataları (docs/ipc.md)

error-eid_pin_wrong =
    PIN yanlış. { $triesLeft ->
        [one] 1 deneme hakkınız kaldı.
       *[other] { $triesLeft } deneme hakkınız kaldı.
    }
error-eid_can_needed = Lütfen önce kart erişim numarasını (CAN) girin.
error-eid_can_wrong = Kart erişim numarası yanlış.
error-eid_puk_needed = PIN bloke edildi. Lütfen PUK’u girin.
error-eid_puk_wrong = PUK yanlış.
error-eid_puk_used_up = PUK çok fazla kullanıldı. Lütfen görevlilerimize başvurun.
error-eid_deactivated = Çevrim içi kimlik işlevi kapalı. Lütfen görevlilerimize başvurun.
error-eid_card_removed = Kimlik kartı okuyucudan alındı.
error-eid_not_changed = Değişiklik kimlik kartınıza kaydedilmedi; kart eskisi gibi. Tekrar deneyebilirsiniz.
error-eid_no_reader = Kart okuyucu bulunamadı. Lütfen görevlilerimize başvurun.
error-eid_reader_gone = Kart okuyucunun bağlantısı kesildi.
error-eid_no_card = Kart okuyucunun üzerinde kimlik kartı yok.
error-eid_not_eid_card = Bu kartta çevrim içi kimlik işlevi yok.
error-eid_new_pin_rule = Bu yeni PIN kullanılamaz.
error-eid_pin_pad_cancelled = Kart okuyucuda iptal tuşuna basıldı. Hiçbir şey değiştirilmedi.
error-eid_pin_pad_timed_out = Kart okuyucuya zamanında giriş yapılmadı. Hiçbir şey değiştirilmedi.
error-eid_pin_pad_mismatch = Yeni PIN ile tekrarı birbirinden farklıydı. Hiçbir şey değiştirilmedi.
error-eid_pin_pad_wrong_length = Yeni PIN 6 rakamdan oluşmalıdır. Hiçbir şey değiştirilmedi.
error-eid_card_error = Kimlik kartı beklendiği gibi yanıt vermedi. Lütfen kartı tekrar okuyucuya koyun ve yeniden deneyin.
