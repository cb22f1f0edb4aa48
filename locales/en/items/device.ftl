## Repère — device items (en). Keys follow assessments/items/device.toml.

device-tap-green = Press the big green button.
    .explain = Tap the screen with your fingertip, just once.
    .alt = A Welcome screen with three buttons: Help on the left, a big green Start button in the middle, Sound on the right.
device-tap-green-region-help = «Aide» (Help)
device-tap-green-region-green = The big green Start button
device-tap-green-region-sound = «Son» (Sound)

device-how-open-app = To open an app, what do you do?
    .explain = Open an app: tap its picture once.
device-how-open-app-opt-tap-once = I tap its picture once
device-how-open-app-opt-press-hard = I press very hard for a long time
device-how-open-app-opt-shake = I shake the tablet

device-open-camera = Choose the app to take a photo.
    .explain = Recognise the «Appareil photo» (Camera) app.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-open-camera-region-phone = «Téléphone» (Phone)
device-open-camera-region-messages = Messages
device-open-camera-region-camera = «Appareil photo» (Camera)
device-open-camera-region-gallery = «Galerie» (Gallery)
device-open-camera-region-internet = Internet
device-open-camera-region-settings = «Paramètres» (Settings)

device-type-word = Using the keyboard, type the word: Paris
    .explain = Type a word with the on-screen keyboard.

device-go-home = On this phone, which button takes you back to the home screen?
    .explain = Go back home: here, the round button at the bottom; on an iPhone or with gestures, slide your finger up from the bottom of the screen.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-go-home-region-back = The back arrow
device-go-home-region-home = The circle
device-go-home-region-recent = The square
device-go-home-region-camera = «Appareil photo» (Camera)
device-go-home-region-settings = «Paramètres» (Settings)

device-open-gallery = On this phone, which app keeps the photos you already took?
    .explain = Find your photos in the «Galerie» (Gallery; "Photos" on an iPhone).
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-open-gallery-region-phone = «Téléphone» (Phone)
device-open-gallery-region-messages = Messages
device-open-gallery-region-camera = «Appareil photo» (Camera)
device-open-gallery-region-gallery = «Galerie» (Gallery)
device-open-gallery-region-internet = Internet
device-open-gallery-region-settings = «Paramètres» (Settings)

device-find-bill-photo = Choose the photo of your bill.
    .explain = Recognise a photo of a document among your photos.
    .alt = A gallery of six photos: a mountain, the sea, a tree, a house, a sheet marked "FACTURE" (bill) and a flower.
device-find-bill-photo-region-p1 = The mountain
device-find-bill-photo-region-p2 = The sea
device-find-bill-photo-region-p3 = The tree
device-find-bill-photo-region-p4 = The house
device-find-bill-photo-region-bill = The sheet marked FACTURE
device-find-bill-photo-region-p6 = The flower

device-share-photo = You want to send this photo to someone. Where do you press?
    .explain = Send a photo with the «Partager» (Share) button.
    .alt = A photo open full screen. At the top, a back arrow. At the bottom: Share, Edit, Favourite, Delete.
device-share-photo-region-back = The back arrow
device-share-photo-region-share = «Partager» (Share)
device-share-photo-region-edit = «Modifier» (Edit)
device-share-photo-region-fav = «Favori» (Favourite)
device-share-photo-region-delete = «Supprimer» (Delete)

device-wifi-on = You are at home, with no internet. Where do you press to switch on Wi-Fi?
    .explain = Switch on Wi-Fi in the quick settings.
    .alt = Quick settings: Wi-Fi off, Bluetooth off, Airplane mode on, Torch off, Sound on, Rotation off.
device-wifi-on-region-wifi = Wi-Fi
device-wifi-on-region-bluetooth = Bluetooth
device-wifi-on-region-airplane = «Mode avion» (Airplane mode)
device-wifi-on-region-torch = «Lampe» (Torch)
device-wifi-on-region-sound = «Son» (Sound)
device-wifi-on-region-rotate = Rotation

device-settings-text = You want bigger text on the screen. Which app do you open?
    .explain = Change the text size in «Paramètres» (Settings).
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-settings-text-region-phone = «Téléphone» (Phone)
device-settings-text-region-messages = Messages
device-settings-text-region-camera = «Appareil photo» (Camera)
device-settings-text-region-gallery = «Galerie» (Gallery)
device-settings-text-region-internet = Internet
device-settings-text-region-settings = «Paramètres» (Settings)

device-install-order = Put in order: installing an app.
    .explain = Install an app from the app store.
device-install-order-step-store = Open the app store (Play Store or App Store)
device-install-order-step-search = Search for the app's name
device-install-order-step-install = Press "Install" ("Get" on an iPhone)
device-install-order-step-open = Press "Open"

device-downloads = You downloaded a certificate. Which folder is it in?
    .explain = Find a downloaded file in the «Téléchargements» (Downloads) folder (in the My Files or Files app).
    .alt = The My files app with five folders: Downloads, Images, Documents, Music, Videos.
device-downloads-region-downloads = «Téléchargements» (Downloads)
device-downloads-region-images = Images
device-downloads-region-documents = Documents
device-downloads-region-music = «Musique» (Music)
device-downloads-region-videos = «Vidéos» (Videos)

device-airplane-mode = The phone can no longer make calls. Which setting causes it?
    .explain = Know that airplane mode cuts calls and internet.
    .alt = Quick settings: Wi-Fi off, Bluetooth off, Airplane mode on, Torch off, Sound on, Rotation off.
device-airplane-mode-region-wifi = Wi-Fi
device-airplane-mode-region-bluetooth = Bluetooth
device-airplane-mode-region-airplane = «Mode avion» (Airplane mode)
device-airplane-mode-region-torch = «Lampe» (Torch)
device-airplane-mode-region-sound = «Son» (Sound)
device-airplane-mode-region-rotate = Rotation

device-update = The tablet offers a system update. What do you make of it?
    .explain = Install updates: they protect the device.
device-update-opt-security = Useful: it protects the device
device-update-opt-virus = It is probably a virus
device-update-opt-paid = A paid service

## Added (issue 14): basic gestures and everyday tasks. The screens are in French: the
## English quotes their labels in French, with a gloss.

device-unlock = This phone is locked. Choose where to unlock it.
    .explain = Unlock: slide your finger up from the bottom of the screen, then type your code.
    .alt = A lock screen: the time 10:42, the date, a message from Julie "À ce soir !" (See you tonight!). At the bottom: a torch on the left, an upward arrow with «Glissez vers le haut» (Swipe up) in the middle, a camera on the right.
device-unlock-region-clock = The time
device-unlock-region-message = Julie's message
device-unlock-region-torch = The torch
device-unlock-region-unlock = The arrow «Glissez vers le haut» (Swipe up)
device-unlock-region-camera = The camera

device-scroll = On a phone, the page goes on further down. How do you see the rest?
    .explain = Scroll: put your finger on the screen and slide it up; the page moves up.
device-scroll-opt-swipe-down = I put my finger at the top of the screen and slide it down
device-scroll-opt-swipe-up = I put my finger at the bottom of the screen and slide it up
device-scroll-opt-long-press = I press and hold the text until the rest of the page appears

device-volume-up = On this phone, the video's sound is too low. Choose the button that turns the sound up.
    .explain = Turn the sound up: the "+" button on the side of the phone (on the right here, on the left on an iPhone).
    .alt = A phone playing a video. On its right side, three buttons: at the top the one marked with a speaker and "+", below it the one marked "−", lower down the power button.
device-volume-up-region-screen = The screen
device-volume-up-region-up = The top button, marked +
device-volume-up-region-down = The middle button, marked −
device-volume-up-region-power = The bottom button, power

device-battery-low = The phone will soon switch off. Choose the sign that shows it.
    .explain = An almost empty battery (in red): plug in the charger.
    .alt = The top of a phone screen, enlarged: the time 14:05, signal bars, the Wi-Fi sign and an almost empty battery, in red, with "5 %".
device-battery-low-region-clock = The time 14:05
device-battery-low-region-signal = The signal bars
device-battery-low-region-wifi = The Wi-Fi sign
device-battery-low-region-battery = The battery and «5 %»

device-at-key = You are typing your email address. Choose the «@» key (at sign).
    .explain = Find the @ key on the on-screen keyboard: every email address needs it.
    .alt = A box «Adresse e-mail» (Email address) with "marie.dupont" typed in, and the on-screen keyboard: three rows of letters, then at the bottom the keys ?123, @, the space bar, the full stop and Enter.
device-at-key-region-field = The «Adresse e-mail» box
device-at-key-region-a = The a key
device-at-key-region-at = The @ key
device-at-key-region-space = The space bar
device-at-key-region-dot = The full stop key
device-at-key-region-enter = The Enter key

device-back-arrow = You want to go back to the previous page. Choose the right button.
    .explain = Go back: the arrow at the top left.
    .alt = A page «Météo · Lyon» (Weather · Lyon). At the top: an arrow on the left, the title, a round arrow button and three dots on the right. In the middle: a sun and 12°. At the bottom: a button «Partager» (Share).
device-back-arrow-region-back = The arrow at the top left
device-back-arrow-region-title = The title «Météo · Lyon»
device-back-arrow-region-refresh = The round arrow button
device-back-arrow-region-menu = The three dots
device-back-arrow-region-share = «Partager» (Share)

device-zoom = On a photo, the text is too small. How do you make it bigger?
    .explain = Zoom in: put two fingers on the screen and spread them apart.
device-zoom-opt-press-hard = I press hard on the photo with one finger
device-zoom-opt-tap-once = I tap the photo once
device-zoom-opt-spread-fingers = I spread two fingers apart on the photo

device-qr-code = A poster shows a QR code. How do you open it with your phone?
    .explain = Read a QR code: open the camera, aim at the code, then tap the link that appears.
device-qr-code-opt-aim-camera = I open the camera and aim at the code
device-qr-code-opt-photo-send = I take a photo of it and send it by text message
device-qr-code-opt-touch-poster = I hold the phone against the poster

device-accents = On the phone's keyboard, how do you type the letter "é"?
    .explain = Type an accent: press and hold the letter, then choose the accent.
device-accents-opt-apostrophe = I type "e" then an apostrophe
device-accents-opt-impossible = You can't, on a phone
device-accents-opt-long-press-e = I press and hold the "e" key

device-bluetooth = You want to use wireless earphones. Which setting do you switch on?
    .explain = Wireless earphones work with Bluetooth.
    .alt = Quick settings: Wi-Fi off, Bluetooth off, Airplane mode on, Torch off, Sound on, Rotation off.
device-bluetooth-region-wifi = Wi-Fi
device-bluetooth-region-bluetooth = Bluetooth
device-bluetooth-region-airplane = «Mode avion» (Airplane mode)
device-bluetooth-region-torch = «Lampe» (Torch)
device-bluetooth-region-sound = «Son» (Sound)
device-bluetooth-region-rotate = Rotation

device-storage-full = The phone shows «Stockage plein» (Storage full). What do you do?
    .explain = Free up space: delete videos and apps you no longer use.
device-storage-full-opt-restart = I switch it off and on again
device-storage-full-opt-delete-unused = I delete videos or apps I no longer need
device-storage-full-opt-remove-sim = I take out the SIM card to make room

device-fake-virus-alert = A web page says: "Your phone has 4 viruses!". What do you do?
    .explain = A web page cannot see viruses on the phone: it is a fake alert; close the page.
device-fake-virus-alert-opt-close-page = I just close the page
device-fake-virus-alert-opt-install-cleaner = I install the cleaner the page offers
device-fake-virus-alert-opt-call-number = I call the support number shown

device-qr-parking = A QR code is stuck on a parking meter. How do you pay safely?
    .explain = A stuck-on QR code can lead to a fake site: pay at the meter or with the official app.
device-qr-parking-opt-scan-pay = I scan it and enter my card: it is handy
device-qr-parking-opt-official-way = At the meter, or with the official app
device-qr-parking-opt-logo-safe = I scan it: with a well-known logo, it is safe

device-open-messages = Choose the app to write a text message.
    .explain = Recognise the «Messages» app, to write a text message.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-open-messages-region-phone = «Téléphone» (Phone)
device-open-messages-region-messages = Messages
device-open-messages-region-camera = «Appareil photo» (Camera)
device-open-messages-region-gallery = «Galerie» (Gallery)
device-open-messages-region-internet = Internet
device-open-messages-region-settings = «Paramètres» (Settings)

device-type-number = With the keyboard, type the number: 75
    .explain = Type digits: switch the keyboard to numbers (the «?123», «123» or «!#1» key, depending on the phone).

device-call-order = Call someone: put the steps in order.
    .explain = Call someone from your contacts.
device-call-order-step-open-phone = Open the Phone app
device-call-order-step-choose-contact = Choose the person in the contacts
device-call-order-step-press-call = Press the green button to call
device-call-order-step-hang-up = Talk, then press the red button
