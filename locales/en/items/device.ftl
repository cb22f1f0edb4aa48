## Repère — device items (en). Keys follow assessments/items/device.toml.

device-tap-green = Tap the big green button.
    .explain = Tap the screen with your fingertip, just once.
    .alt = A Welcome screen with three buttons: Help on the left, a big green Start button in the middle, Sound on the right.
device-tap-green-region-help = Help
device-tap-green-region-green = The big green Start button
device-tap-green-region-sound = Sound

device-how-open-app = To open an app, what do you do?
    .explain = Open an app: tap its picture once.
device-how-open-app-opt-tap-once = I tap its picture once
device-how-open-app-opt-press-hard = I press very hard for a long time
device-how-open-app-opt-shake = I shake the tablet

device-open-camera = Tap the app to take a photo.
    .explain = Recognise the Camera app.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-open-camera-region-phone = Phone
device-open-camera-region-messages = Messages
device-open-camera-region-camera = Camera
device-open-camera-region-gallery = Gallery
device-open-camera-region-internet = Internet
device-open-camera-region-settings = Settings

device-type-word = Using the keyboard, type the word: Paris
    .explain = Type a word with the on-screen keyboard.

device-go-home = Which button always takes you back to the home screen?
    .explain = Go back home with the round button at the bottom.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-go-home-region-back = The back arrow
device-go-home-region-home = The circle (home)
device-go-home-region-recent = The square
device-go-home-region-camera = Camera
device-go-home-region-settings = Settings

device-open-gallery = Where do you find the photos you already took?
    .explain = Find your photos in the Gallery.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-open-gallery-region-phone = Phone
device-open-gallery-region-messages = Messages
device-open-gallery-region-camera = Camera
device-open-gallery-region-gallery = Gallery
device-open-gallery-region-internet = Internet
device-open-gallery-region-settings = Settings

device-find-bill-photo = Tap the photo of your bill.
    .explain = Recognise a photo of a document among your photos.
    .alt = A gallery of six photos: a mountain, the sea, a tree, a house, a sheet marked "FACTURE" (bill) and a flower.
device-find-bill-photo-region-p1 = The mountain
device-find-bill-photo-region-p2 = The sea
device-find-bill-photo-region-p3 = The tree
device-find-bill-photo-region-p4 = The house
device-find-bill-photo-region-bill = The sheet marked FACTURE
device-find-bill-photo-region-p6 = The flower

device-share-photo = You want to send this photo to someone. Where do you tap?
    .explain = Send a photo with the Share button.
    .alt = A photo open full screen. At the top, a back arrow. At the bottom: Share, Edit, Favourite, Delete.
device-share-photo-region-back = The back arrow
device-share-photo-region-share = Share
device-share-photo-region-edit = Edit
device-share-photo-region-fav = Favourite
device-share-photo-region-delete = Delete

device-wifi-on = You are at home, with no internet. Tap to switch on Wi-Fi.
    .explain = Switch on Wi-Fi in the quick settings.
    .alt = Quick settings: Wi-Fi off, Bluetooth off, Airplane mode on, Torch off, Sound on, Rotation off.
device-wifi-on-region-wifi = Wi-Fi
device-wifi-on-region-bluetooth = Bluetooth
device-wifi-on-region-airplane = Airplane mode
device-wifi-on-region-torch = Torch
device-wifi-on-region-sound = Sound
device-wifi-on-region-rotate = Rotation

device-settings-text = You want bigger text on the screen. Which app do you open?
    .explain = Change the text size in Settings.
    .alt = A home screen with six apps: Phone, Messages, Camera, Gallery, Internet and Settings. At the bottom, three buttons: a back arrow, a circle and a square.
device-settings-text-region-phone = Phone
device-settings-text-region-messages = Messages
device-settings-text-region-camera = Camera
device-settings-text-region-gallery = Gallery
device-settings-text-region-internet = Internet
device-settings-text-region-settings = Settings

device-install-order = Put in order: installing an app.
    .explain = Install an app from the app store.
device-install-order-step-store = Open the app store (Play Store)
device-install-order-step-search = Search for the app's name
device-install-order-step-install = Tap "Install"
device-install-order-step-open = Tap "Open"

device-downloads = You downloaded a certificate. Which folder is it in?
    .explain = Find a downloaded file in the Downloads folder.
    .alt = The My files app with five folders: Downloads, Images, Documents, Music, Videos.
device-downloads-region-downloads = Downloads
device-downloads-region-images = Images
device-downloads-region-documents = Documents
device-downloads-region-music = Music
device-downloads-region-videos = Videos

device-airplane-mode = The phone can no longer make calls. Which setting causes it?
    .explain = Know that airplane mode cuts calls and internet.
    .alt = Quick settings: Wi-Fi off, Bluetooth off, Airplane mode on, Torch off, Sound on, Rotation off.
device-airplane-mode-region-wifi = Wi-Fi
device-airplane-mode-region-bluetooth = Bluetooth
device-airplane-mode-region-airplane = Airplane mode
device-airplane-mode-region-torch = Torch
device-airplane-mode-region-sound = Sound
device-airplane-mode-region-rotate = Rotation

device-update = The tablet offers a system update. It is…
    .explain = Install updates: they protect the device.
device-update-opt-security = Useful: it protects the device
device-update-opt-virus = Surely a virus
device-update-opt-paid = A paid service
