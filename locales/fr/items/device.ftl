## Repère — device items (fr). Keys follow assessments/items/device.toml.

device-tap-green = Touchez le gros bouton vert.
    .explain = Toucher l'écran du bout du doigt, une seule fois.
    .alt = Un écran Bienvenue avec trois boutons : Aide à gauche, un gros bouton vert Commencer au milieu, Son à droite.
device-tap-green-region-help = Aide
device-tap-green-region-green = Le gros bouton vert Commencer
device-tap-green-region-sound = Son

device-how-open-app = Pour ouvrir une application, que faites-vous ?
    .explain = Ouvrir une application : toucher son image une fois.
device-how-open-app-opt-tap-once = Je touche son image une fois
device-how-open-app-opt-press-hard = J'appuie très fort longtemps
device-how-open-app-opt-shake = Je secoue la tablette

device-open-camera = Touchez l'application pour prendre une photo.
    .explain = Reconnaître l'application Appareil photo.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-open-camera-region-phone = Téléphone
device-open-camera-region-messages = Messages
device-open-camera-region-camera = Appareil photo
device-open-camera-region-gallery = Galerie
device-open-camera-region-internet = Internet
device-open-camera-region-settings = Paramètres

device-type-word = Avec le clavier, écrivez le mot : Paris
    .explain = Écrire un mot avec le clavier de l'écran.

device-go-home = Quel bouton ramène toujours à l'écran d'accueil ?
    .explain = Revenir à l'accueil avec le bouton rond du bas.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-go-home-region-back = La flèche retour
device-go-home-region-home = Le rond (accueil)
device-go-home-region-recent = Le carré
device-go-home-region-camera = Appareil photo
device-go-home-region-settings = Paramètres

device-open-gallery = Où retrouvez-vous les photos déjà prises ?
    .explain = Retrouver ses photos dans la Galerie.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-open-gallery-region-phone = Téléphone
device-open-gallery-region-messages = Messages
device-open-gallery-region-camera = Appareil photo
device-open-gallery-region-gallery = Galerie
device-open-gallery-region-internet = Internet
device-open-gallery-region-settings = Paramètres

device-find-bill-photo = Touchez la photo de votre facture.
    .explain = Reconnaître une photo de document parmi ses photos.
    .alt = Une galerie de six photos : une montagne, la mer, un arbre, une maison, une feuille « FACTURE » et une fleur.
device-find-bill-photo-region-p1 = La montagne
device-find-bill-photo-region-p2 = La mer
device-find-bill-photo-region-p3 = L'arbre
device-find-bill-photo-region-p4 = La maison
device-find-bill-photo-region-bill = La feuille FACTURE
device-find-bill-photo-region-p6 = La fleur

device-share-photo = Vous voulez envoyer cette photo à quelqu'un. Où touchez-vous ?
    .explain = Envoyer une photo avec le bouton Partager.
    .alt = Une photo ouverte en grand. En haut, une flèche retour. En bas : Partager, Modifier, Favori, Supprimer.
device-share-photo-region-back = La flèche retour
device-share-photo-region-share = Partager
device-share-photo-region-edit = Modifier
device-share-photo-region-fav = Favori
device-share-photo-region-delete = Supprimer

device-wifi-on = Vous êtes chez vous, sans internet. Touchez pour allumer le Wi-Fi.
    .explain = Allumer le Wi-Fi dans les réglages rapides.
    .alt = Les réglages rapides : Wi-Fi désactivé, Bluetooth désactivé, Mode avion activé, Lampe désactivée, Son activé, Rotation désactivée.
device-wifi-on-region-wifi = Wi-Fi
device-wifi-on-region-bluetooth = Bluetooth
device-wifi-on-region-airplane = Mode avion
device-wifi-on-region-torch = Lampe
device-wifi-on-region-sound = Son
device-wifi-on-region-rotate = Rotation

device-settings-text = Vous voulez écrire plus gros à l'écran. Quelle application ouvrez-vous ?
    .explain = Changer la taille du texte dans les Paramètres.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-settings-text-region-phone = Téléphone
device-settings-text-region-messages = Messages
device-settings-text-region-camera = Appareil photo
device-settings-text-region-gallery = Galerie
device-settings-text-region-internet = Internet
device-settings-text-region-settings = Paramètres

device-install-order = Mettez dans l'ordre : installer une application.
    .explain = Installer une application depuis le magasin d'applications.
device-install-order-step-store = Ouvrir le magasin d'applications (Play Store)
device-install-order-step-search = Chercher le nom de l'application
device-install-order-step-install = Toucher « Installer »
device-install-order-step-open = Toucher « Ouvrir »

device-downloads = Vous avez téléchargé une attestation. Dans quel dossier est-elle ?
    .explain = Retrouver un fichier téléchargé dans le dossier Téléchargements.
    .alt = L'application Mes fichiers avec cinq dossiers : Téléchargements, Images, Documents, Musique, Vidéos.
device-downloads-region-downloads = Téléchargements
device-downloads-region-images = Images
device-downloads-region-documents = Documents
device-downloads-region-music = Musique
device-downloads-region-videos = Vidéos

device-airplane-mode = Le téléphone ne peut plus appeler. Quel réglage en est la cause ?
    .explain = Savoir que le mode avion coupe les appels et internet.
    .alt = Les réglages rapides : Wi-Fi désactivé, Bluetooth désactivé, Mode avion activé, Lampe désactivée, Son activé, Rotation désactivée.
device-airplane-mode-region-wifi = Wi-Fi
device-airplane-mode-region-bluetooth = Bluetooth
device-airplane-mode-region-airplane = Mode avion
device-airplane-mode-region-torch = Lampe
device-airplane-mode-region-sound = Son
device-airplane-mode-region-rotate = Rotation

device-update = La tablette propose une mise à jour du système. C'est…
    .explain = Faire les mises à jour : elles protègent l'appareil.
device-update-opt-security = Utile : elle protège l'appareil
device-update-opt-virus = Sûrement un virus
device-update-opt-paid = Un service payant
