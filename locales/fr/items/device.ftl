## Repère — device items (fr). Keys follow assessments/items/device.toml.

device-tap-green = Appuyez sur le gros bouton vert.
    .explain = Toucher l'écran du bout du doigt, une seule fois.
    .alt = Un écran Bienvenue avec trois boutons : Aide à gauche, un gros bouton vert Commencer au milieu, Son à droite.
device-tap-green-region-help = Aide
device-tap-green-region-green = Le gros bouton vert Commencer
device-tap-green-region-sound = Son

device-how-open-app = Pour ouvrir une application, que faites-vous ?
    .explain = Ouvrir une application : toucher son image une fois.
device-how-open-app-opt-tap-once = Je touche son image une fois
device-how-open-app-opt-press-hard = J'appuie très fort longtemps
device-how-open-app-opt-shake = Je secoue la tablette

device-open-camera = Choisissez l'application pour prendre une photo.
    .explain = Reconnaître l'application Appareil photo.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-open-camera-region-phone = Téléphone
device-open-camera-region-messages = Messages
device-open-camera-region-camera = Appareil photo
device-open-camera-region-gallery = Galerie
device-open-camera-region-internet = Internet
device-open-camera-region-settings = Paramètres

device-type-word = Avec le clavier, écrivez le mot : Paris
    .explain = Écrire un mot avec le clavier de l'écran.

device-go-home = Sur ce téléphone, quel bouton ramène à l'écran d'accueil ?
    .explain = Revenir à l'accueil : ici, le rond en bas ; sur un iPhone ou avec les gestes, glisser le doigt du bas de l'écran vers le haut.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-go-home-region-back = La flèche retour
device-go-home-region-home = Le rond
device-go-home-region-recent = Le carré
device-go-home-region-camera = Appareil photo
device-go-home-region-settings = Paramètres

device-open-gallery = Sur ce téléphone, quelle application garde les photos déjà prises ?
    .explain = Retrouver ses photos dans la Galerie (« Photos » sur un iPhone).
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-open-gallery-region-phone = Téléphone
device-open-gallery-region-messages = Messages
device-open-gallery-region-camera = Appareil photo
device-open-gallery-region-gallery = Galerie
device-open-gallery-region-internet = Internet
device-open-gallery-region-settings = Paramètres

device-find-bill-photo = Choisissez la photo de votre facture.
    .explain = Reconnaître une photo de document parmi ses photos.
    .alt = Une galerie de six photos : une montagne, la mer, un arbre, une maison, une feuille « FACTURE » et une fleur.
device-find-bill-photo-region-p1 = La montagne
device-find-bill-photo-region-p2 = La mer
device-find-bill-photo-region-p3 = L'arbre
device-find-bill-photo-region-p4 = La maison
device-find-bill-photo-region-bill = La feuille FACTURE
device-find-bill-photo-region-p6 = La fleur

device-share-photo = Vous voulez envoyer cette photo à quelqu'un. Où appuyez-vous ?
    .explain = Envoyer une photo avec le bouton Partager.
    .alt = Une photo ouverte en grand. En haut, une flèche retour. En bas : Partager, Modifier, Favori, Supprimer.
device-share-photo-region-back = La flèche retour
device-share-photo-region-share = Partager
device-share-photo-region-edit = Modifier
device-share-photo-region-fav = Favori
device-share-photo-region-delete = Supprimer

device-wifi-on = Vous êtes chez vous, sans internet. Où appuyer pour allumer le Wi-Fi ?
    .explain = Allumer le Wi-Fi dans les réglages rapides.
    .alt = Les réglages rapides : Wi-Fi désactivé, Bluetooth désactivé, Mode avion activé, Lampe désactivée, Son activé, Rotation désactivée.
device-wifi-on-region-wifi = Wi-Fi
device-wifi-on-region-bluetooth = Bluetooth
device-wifi-on-region-airplane = Mode avion
device-wifi-on-region-torch = Lampe
device-wifi-on-region-sound = Son
device-wifi-on-region-rotate = Rotation

device-settings-text = Vous voulez voir le texte en plus gros. Quelle application ouvrez-vous ?
    .explain = Changer la taille du texte dans les Paramètres.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-settings-text-region-phone = Téléphone
device-settings-text-region-messages = Messages
device-settings-text-region-camera = Appareil photo
device-settings-text-region-gallery = Galerie
device-settings-text-region-internet = Internet
device-settings-text-region-settings = Paramètres

device-install-order = Mettez dans l'ordre : installer une application.
    .explain = Installer une application depuis le magasin d'applications.
device-install-order-step-store = Ouvrir le magasin d'applications (Play Store ou App Store)
device-install-order-step-search = Chercher le nom de l'application
device-install-order-step-install = Appuyer sur « Installer » (« Obtenir » sur iPhone)
device-install-order-step-open = Appuyer sur « Ouvrir »

device-downloads = Vous avez téléchargé une attestation. Dans quel dossier est-elle ?
    .explain = Retrouver un fichier téléchargé dans le dossier Téléchargements (application Mes fichiers ou Fichiers).
    .alt = L'application Mes fichiers avec cinq dossiers : Téléchargements, Images, Documents, Musique, Vidéos.
device-downloads-region-downloads = Téléchargements
device-downloads-region-images = Images
device-downloads-region-documents = Documents
device-downloads-region-music = Musique
device-downloads-region-videos = Vidéos

device-airplane-mode = Le téléphone ne peut plus appeler. Quel réglage en est la cause ?
    .explain = Savoir que le mode avion coupe les appels et internet.
    .alt = Les réglages rapides : Wi-Fi désactivé, Bluetooth désactivé, Mode avion activé, Lampe désactivée, Son activé, Rotation désactivée.
device-airplane-mode-region-wifi = Wi-Fi
device-airplane-mode-region-bluetooth = Bluetooth
device-airplane-mode-region-airplane = Mode avion
device-airplane-mode-region-torch = Lampe
device-airplane-mode-region-sound = Son
device-airplane-mode-region-rotate = Rotation

device-update = La tablette propose une mise à jour du système. Qu'en pensez-vous ?
    .explain = Faire les mises à jour : elles protègent l'appareil.
device-update-opt-security = Utile : elle protège l'appareil
device-update-opt-virus = C'est sûrement un virus
device-update-opt-paid = Un service payant

## Ajouts (issue 14) : gestes de base et tâches courantes.

device-unlock = Ce téléphone est verrouillé. Choisissez l'endroit qui sert à l'ouvrir.
    .explain = Déverrouiller : glisser le doigt vers le haut depuis le bas de l'écran, puis taper son code.
    .alt = Un écran verrouillé : l'heure 10:42, la date, un message de Julie « À ce soir ! ». En bas : une lampe à gauche, une flèche vers le haut avec « Glissez vers le haut » au milieu, un appareil photo à droite.
device-unlock-region-clock = L'heure
device-unlock-region-message = Le message de Julie
device-unlock-region-torch = La lampe
device-unlock-region-unlock = La flèche « Glissez vers le haut »
device-unlock-region-camera = L'appareil photo

device-scroll = Sur un téléphone, la page continue plus bas. Comment voir la suite ?
    .explain = Faire défiler : poser le doigt et le glisser vers le haut, la page monte.
device-scroll-opt-swipe-down = Je pose le doigt en haut de l'écran et je le glisse vers le bas
device-scroll-opt-swipe-up = Je pose le doigt en bas de l'écran et je le glisse vers le haut
device-scroll-opt-long-press = J'appuie longtemps sur le texte jusqu'à ce que la suite s'affiche

device-volume-up = Sur ce téléphone, le son de la vidéo est trop faible. Choisissez le bouton pour monter le son.
    .explain = Monter le son : le bouton « + » sur le côté du téléphone (à droite ici, à gauche sur un iPhone).
    .alt = Un téléphone qui passe une vidéo. Sur son côté droit, trois boutons : en haut le bouton marqué d'un haut-parleur et « + », dessous celui marqué « − », plus bas le bouton marche-arrêt.
device-volume-up-region-screen = L'écran
device-volume-up-region-up = Le bouton du haut, marqué +
device-volume-up-region-down = Le bouton du milieu, marqué −
device-volume-up-region-power = Le bouton du bas, marche-arrêt

device-battery-low = Le téléphone va bientôt s'éteindre. Choisissez le signe qui le montre.
    .explain = La batterie presque vide (en rouge) : il faut brancher le chargeur.
    .alt = Le haut de l'écran d'un téléphone, en grand : l'heure 14:05, des barres de réseau, le signe du Wi-Fi et une batterie presque vide, en rouge, avec « 5 % ».
device-battery-low-region-clock = L'heure 14:05
device-battery-low-region-signal = Les barres de réseau
device-battery-low-region-wifi = Le signe du Wi-Fi
device-battery-low-region-battery = La batterie et « 5 % »

device-at-key = Vous écrivez votre adresse e-mail. Choisissez la touche « @ » (arobase).
    .explain = Trouver la touche @ sur le clavier de l'écran : elle sert dans toutes les adresses e-mail.
    .alt = Une case Adresse e-mail où est écrit « marie.dupont », et le clavier de l'écran : trois rangées de lettres, puis en bas les touches ?123, @, la barre d'espace, le point et Entrée.
device-at-key-region-field = La case Adresse e-mail
device-at-key-region-a = La touche a
device-at-key-region-at = La touche @
device-at-key-region-space = La barre d'espace
device-at-key-region-dot = La touche point
device-at-key-region-enter = La touche Entrée

device-back-arrow = Vous voulez revenir à la page d'avant. Choisissez le bon bouton.
    .explain = Revenir en arrière : la flèche en haut à gauche.
    .alt = Une page Météo · Lyon. En haut : une flèche à gauche, le titre, un bouton rond fléché et trois points à droite. Au milieu : un soleil et 12°. En bas : un bouton Partager.
device-back-arrow-region-back = La flèche en haut à gauche
device-back-arrow-region-title = Le titre Météo · Lyon
device-back-arrow-region-refresh = Le bouton rond fléché
device-back-arrow-region-menu = Les trois points
device-back-arrow-region-share = Partager

device-zoom = Sur une photo, le texte est trop petit. Comment l'agrandir ?
    .explain = Agrandir : poser deux doigts sur l'écran et les écarter.
device-zoom-opt-press-hard = J'appuie fort sur la photo avec un doigt
device-zoom-opt-tap-once = Je touche la photo une fois
device-zoom-opt-spread-fingers = J'écarte deux doigts sur la photo

device-qr-code = Une affiche montre un QR code. Comment l'ouvrir avec votre téléphone ?
    .explain = Lire un QR code : ouvrir l'appareil photo et viser le code, puis toucher le lien qui s'affiche.
device-qr-code-opt-aim-camera = J'ouvre l'appareil photo et je vise le code
device-qr-code-opt-photo-send = Je le prends en photo et je l'envoie par SMS
device-qr-code-opt-touch-poster = Je pose le téléphone contre l'affiche

device-accents = Sur le clavier du téléphone, comment écrire la lettre « é » ?
    .explain = Écrire un accent : appuyer longtemps sur la lettre, puis choisir l'accent.
device-accents-opt-apostrophe = J'écris « e » puis une apostrophe
device-accents-opt-impossible = On ne peut pas, sur un téléphone
device-accents-opt-long-press-e = J'appuie longtemps sur « e »

device-bluetooth = Vous voulez utiliser des écouteurs sans fil. Quel réglage allumez-vous ?
    .explain = Les écouteurs sans fil marchent avec le Bluetooth.
    .alt = Les réglages rapides : Wi-Fi désactivé, Bluetooth désactivé, Mode avion activé, Lampe désactivée, Son activé, Rotation désactivée.
device-bluetooth-region-wifi = Wi-Fi
device-bluetooth-region-bluetooth = Bluetooth
device-bluetooth-region-airplane = Mode avion
device-bluetooth-region-torch = Lampe
device-bluetooth-region-sound = Son
device-bluetooth-region-rotate = Rotation

device-storage-full = Le téléphone affiche « Stockage plein ». Que faites-vous ?
    .explain = Libérer de la place : effacer les vidéos et les applications qu'on n'utilise plus.
device-storage-full-opt-restart = Je l'éteins et je le rallume
device-storage-full-opt-delete-unused = J'efface des vidéos ou des applications inutiles
device-storage-full-opt-remove-sim = Je retire la carte SIM pour faire de la place

device-fake-virus-alert = Une page internet dit : « Votre téléphone a 4 virus ! ». Que faites-vous ?
    .explain = Une page internet ne peut pas voir les virus du téléphone : c'est une fausse alerte, on ferme la page.
device-fake-virus-alert-opt-close-page = Je ferme la page sans rien toucher
device-fake-virus-alert-opt-install-cleaner = J'installe le nettoyeur proposé par la page
device-fake-virus-alert-opt-call-number = J'appelle le numéro d'assistance affiché

device-qr-parking = Un QR code est collé sur un parcmètre. Comment payer sans risque ?
    .explain = Un QR code collé peut mener à un faux site : payer à la borne ou avec l'application officielle.
device-qr-parking-opt-scan-pay = Je le scanne et j'entre ma carte : c'est pratique
device-qr-parking-opt-official-way = À la borne, ou avec l'application officielle
device-qr-parking-opt-logo-safe = Je le scanne : avec un logo connu, c'est sûr

device-open-messages = Choisissez l'application pour écrire un SMS.
    .explain = Reconnaître l'application Messages, pour écrire un SMS.
    .alt = Un écran d'accueil avec six applications : Téléphone, Messages, Appareil photo, Galerie, Internet et Paramètres. En bas, trois boutons : une flèche retour, un rond et un carré.
device-open-messages-region-phone = Téléphone
device-open-messages-region-messages = Messages
device-open-messages-region-camera = Appareil photo
device-open-messages-region-gallery = Galerie
device-open-messages-region-internet = Internet
device-open-messages-region-settings = Paramètres

device-type-number = Avec le clavier, écrivez le nombre : 75
    .explain = Écrire des chiffres : passer le clavier en chiffres (touche « ?123 », « 123 » ou « !#1 » selon le téléphone).

device-call-order = Appeler quelqu'un : mettez les étapes dans l'ordre.
    .explain = Appeler quelqu'un depuis ses contacts.
device-call-order-step-open-phone = Ouvrir l'application Téléphone
device-call-order-step-choose-contact = Choisir la personne dans les contacts
device-call-order-step-press-call = Appuyer sur le bouton vert pour appeler
device-call-order-step-hang-up = Parler, puis appuyer sur le bouton rouge
