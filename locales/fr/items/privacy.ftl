## Repère — privacy items (fr). Keys follow assessments/items/privacy.toml.

privacy-password-field = Choisissez la case où l'on écrit le mot de passe.
    .explain = Repérer la case du mot de passe sur une page de connexion.
    .alt = Une page Mon compte : une case Adresse e-mail remplie, une case Mot de passe avec des points, un bouton Se connecter et un lien Mot de passe oublié.
privacy-password-field-region-email = La case Adresse e-mail
privacy-password-field-region-password = La case Mot de passe
privacy-password-field-region-connect = Le bouton Se connecter
privacy-password-field-region-forgot = Le lien Mot de passe oublié

privacy-password-secret = Qui doit connaître votre mot de passe ?
    .explain = Garder son mot de passe secret : on ne le donne à personne.
privacy-password-secret-opt-only-me = Seulement moi
privacy-password-secret-opt-my-neighbour = Mon voisin
privacy-password-secret-opt-anyone-asking = Toute personne qui le demande

privacy-refuse-cookies = Vous ne voulez pas de cookies. Choisissez le bon bouton.
    .explain = Refuser les cookies avec le bouton Tout refuser.
    .alt = Le site de la mairie. En bas, un bandeau : Ce site utilise des cookies. Trois boutons : Tout refuser, Personnaliser, Tout accepter.
privacy-refuse-cookies-region-page = Le texte de la page
privacy-refuse-cookies-region-refuse = Tout refuser
privacy-refuse-cookies-region-settings = Personnaliser
privacy-refuse-cookies-region-accept = Tout accepter

privacy-stranger-code = Un inconnu vous demande le code reçu par SMS. Que faites-vous ?
    .explain = Ne jamais donner un code reçu par SMS à quelqu'un d'autre.
privacy-stranger-code-opt-refuse = Je ne le donne pas
privacy-stranger-code-opt-give = Je le donne
privacy-stranger-code-opt-give-if-polite = Je le donne s'il est poli

privacy-logout-button = Vous avez fini. Où appuyer pour quitter votre compte ?
    .explain = Se déconnecter de son compte avec Se déconnecter.
    .alt = Le menu Mon compte avec cinq lignes : Mon profil, Mes commandes, Paramètres, Aide, Se déconnecter.
privacy-logout-button-region-profile = Mon profil
privacy-logout-button-region-orders = Mes commandes
privacy-logout-button-region-settings = Paramètres
privacy-logout-button-region-help = Aide
privacy-logout-button-region-logout = Se déconnecter

privacy-sms-code-entry = Tapez le code reçu par SMS.
    .explain = Recopier un code reçu par SMS pour se connecter.
    .alt = En haut, un SMS de MaBanque : Votre code de connexion : 482913. En dessous, six cases vides pour taper le code et un bouton Valider.

privacy-public-computer = Vous avez fini sur l'ordinateur de la médiathèque. Que faites-vous ?
    .explain = Se déconnecter de ses comptes sur un appareil partagé.
privacy-public-computer-opt-log-out = Je me déconnecte de mes comptes
privacy-public-computer-opt-just-leave = Je pars, l'ordinateur s'éteindra tout seul
privacy-public-computer-opt-turn-screen = Je tourne l'écran

privacy-hidden-password = Pourquoi le mot de passe est-il caché par des points ?
    .explain = Savoir que le mot de passe est caché pour le protéger.
    .alt = Une page de connexion : la case Mot de passe montre des points noirs à la place des lettres.
privacy-hidden-password-opt-nobody-reads = Pour que personne ne le lise
privacy-hidden-password-opt-broken = L'écran est en panne
privacy-hidden-password-opt-wrong-password = Le mot de passe tapé est faux

privacy-close-prize-popup = Ce message apparaît. Où appuyer pour le fermer sans rien donner ?
    .explain = Fermer un faux gain avec la croix, sans appuyer sur le bouton.
    .alt = Une fenêtre sur un site : Félicitations ! Vous avez gagné un smartphone ! Un cadeau dessiné, un gros bouton Recevoir mon cadeau et une croix en haut à droite.
privacy-close-prize-popup-region-close = La croix en haut à droite
privacy-close-prize-popup-region-message = Le texte Vous avez gagné
privacy-close-prize-popup-region-gift = Le dessin du cadeau
privacy-close-prize-popup-region-get-gift = Le bouton Recevoir mon cadeau

privacy-dont-publish = Que faut-il garder pour vous, sans le publier sur un réseau social ?
    .explain = Ne pas publier ses papiers d'identité ou ses informations privées.
privacy-dont-publish-opt-id-card = Une photo de votre carte d'identité
privacy-dont-publish-opt-landscape = Une photo d'un paysage de vacances
privacy-dont-publish-opt-recipe = Une recette de cuisine

privacy-strong-password = Quel mot de passe est le plus solide ?
    .explain = Choisir un mot de passe long, avec plusieurs mots et des chiffres.
privacy-strong-password-opt-long-mixed = Chat-Bleu-Pluie-47
privacy-strong-password-opt-digits = 123456
privacy-strong-password-opt-first-name = Marie.Dupont.1978

privacy-private-profile = Vous voulez cacher votre profil aux inconnus. Choisissez le bon réglage.
    .explain = Rendre son profil privé dans les réglages de confidentialité.
    .alt = Les réglages Confidentialité avec quatre interrupteurs : Profil privé (non), Partager ma position (oui), Notifications (oui), Mode sombre (non).
privacy-private-profile-region-private = Profil privé
privacy-private-profile-region-location = Partager ma position
privacy-private-profile-region-notifications = Notifications
privacy-private-profile-region-dark = Mode sombre

privacy-photo-friends = Seuls vos amis doivent voir cette photo. Choisissez la bonne option.
    .explain = Choisir qui peut voir ce que l'on publie.
    .alt = Un écran Qui peut voir votre photo ? Trois choix : Public (tout le monde, choisi pour l'instant), Amis, Moi uniquement. En bas, un bouton Publier.
privacy-photo-friends-region-public = Public
privacy-photo-friends-region-friends = Amis
privacy-photo-friends-region-only-me = Moi uniquement
privacy-photo-friends-region-publish = Publier

privacy-what-is-cookie = Sur un site internet, qu'est-ce qu'un cookie ?
    .explain = Savoir ce qu'est un cookie : un fichier qui suit vos visites.
privacy-what-is-cookie-opt-tracker = Un fichier qui retient vos visites
privacy-what-is-cookie-opt-virus = Un virus qui abîme votre ordinateur
privacy-what-is-cookie-opt-cake = Une publicité pour des gâteaux

privacy-location-off = Vous ne voulez plus montrer où vous êtes. Choisissez le bon réglage.
    .explain = Couper le partage de sa position dans les réglages.
    .alt = Les réglages Confidentialité avec quatre interrupteurs : Profil privé (non), Partager ma position (oui), Notifications (oui), Mode sombre (non).
privacy-location-off-region-private = Profil privé
privacy-location-off-region-location = Partager ma position
privacy-location-off-region-notifications = Notifications
privacy-location-off-region-dark = Mode sombre

privacy-same-password = Le même mot de passe pour tous vos comptes : qu'en pensez-vous ?
    .explain = Utiliser un mot de passe différent pour chaque compte.
privacy-same-password-opt-risky = Risqué : un vol ouvre tous vos comptes
privacy-same-password-opt-safe = Sûr, si le mot de passe est long et compliqué
privacy-same-password-opt-advised = Conseillé pour ne pas oublier

privacy-app-permission = L'application Lampe de poche demande l'accès à vos contacts. Que choisissez-vous ?
    .explain = Refuser les autorisations dont une application n'a pas besoin.
    .alt = L'application Lampe Torche affiche une question : Autoriser Lampe Torche à accéder à vos contacts ? Deux boutons : Refuser et Autoriser.
privacy-app-permission-region-app = Le nom de l'application en haut
privacy-app-permission-region-question = La question
privacy-app-permission-region-deny = Refuser
privacy-app-permission-region-allow = Autoriser

privacy-bank-code-call = Votre « conseiller » vous appelle et demande ce code. Que faites-vous ?
    .explain = Un vrai conseiller ne demande jamais un code reçu par SMS.
    .alt = Un SMS de MaBanque : Code de validation : 739204. Paiement de 480,00 € chez SHOPXPRESS. En dessous : Appel en cours, Conseiller MaBanque.
privacy-bank-code-call-opt-hang-up = Je raccroche, je ne donne pas le code
privacy-bank-code-call-opt-give-code = Je donne le code pour annuler l'opération
privacy-bank-code-call-opt-give-half = Je donne seulement le début

privacy-change-password-order = Changer son mot de passe : mettez les étapes dans l'ordre.
    .explain = Savoir changer son mot de passe dans son compte.
privacy-change-password-order-step-open-account = Ouvrir Mon compte
privacy-change-password-order-step-choose-change = Appuyer sur Changer le mot de passe
privacy-change-password-order-step-type-old = Taper l'ancien mot de passe
privacy-change-password-order-step-type-new = Taper le nouveau mot de passe
privacy-change-password-order-step-save = Enregistrer

privacy-cookies-continue = Vous voulez refuser les cookies. Choisissez le moyen le plus rapide.
    .explain = Trouver le lien discret pour refuser les cookies.
    .alt = Une fenêtre sur un site d'actualité : Nous respectons votre vie privée. Un gros bouton Accepter et fermer, un lien Paramétrer en bas, et en petit en haut à droite : Continuer sans accepter.
privacy-cookies-continue-region-continue = Continuer sans accepter
privacy-cookies-continue-region-text = Le texte du milieu
privacy-cookies-continue-region-accept = Accepter et fermer
privacy-cookies-continue-region-settings = Paramétrer

privacy-two-factor = Avec la double authentification, que vous demande-t-on en plus du mot de passe ?
    .explain = Comprendre la double authentification : mot de passe plus code.
privacy-two-factor-opt-phone-code = Un code envoyé sur votre téléphone
privacy-two-factor-opt-second-password = Le même mot de passe, tapé deux fois
privacy-two-factor-opt-birth-date = Votre date de naissance

privacy-refuse-ad-cookies = Vous refusez la publicité ciblée. Choisissez le réglage à couper.
    .explain = Choisir ses cookies un par un dans les réglages.
    .alt = Un écran Vos choix de cookies : Nécessaires (toujours actifs), Mesure d'audience (non), Publicité personnalisée (oui), Réseaux sociaux (non), et un bouton Enregistrer mes choix.
privacy-refuse-ad-cookies-region-necessary = Nécessaires
privacy-refuse-ad-cookies-region-audience = Mesure d'audience
privacy-refuse-ad-cookies-region-ads = Publicité personnalisée
privacy-refuse-ad-cookies-region-social = Réseaux sociaux
privacy-refuse-ad-cookies-region-save = Enregistrer mes choix

privacy-public-wifi = Sur le Wi-Fi gratuit d'un café, que vaut-il mieux éviter ?
    .explain = Un Wi-Fi public inconnu peut être piégé : y éviter les opérations sensibles, comme la banque.
privacy-public-wifi-opt-bank = Consulter votre compte en banque
privacy-public-wifi-opt-weather = Regarder la météo
privacy-public-wifi-opt-news = Lire les actualités du jour

privacy-password-leak = On vous prévient : votre mot de passe a été volé. Que faites-vous ?
    .explain = Changer partout un mot de passe qui a fuité.
privacy-password-leak-opt-change-everywhere = Le changer partout où je l'utilise
privacy-password-leak-opt-change-here = Le changer sur ce site seulement
privacy-password-leak-opt-wait = Attendre de voir si on l'utilise
privacy-password-leak-opt-delete-app = Supprimer l'application

privacy-password-manager = À quoi sert un gestionnaire de mots de passe ?
    .explain = Utiliser un gestionnaire pour retenir des mots de passe différents.
privacy-password-manager-opt-keep-many = Garder des mots de passe tous différents
privacy-password-manager-opt-share = Partager ses mots de passe avec ses proches
privacy-password-manager-opt-remove = Se passer de mot de passe sur tous les sites

privacy-scam-sms-link = Quel détail prouve que ce SMS est une arnaque ?
    .explain = Vérifier l'adresse d'un lien : le vrai site de l'Assurance maladie est ameli.fr.
    .alt = Un SMS venant d'AMELI, aujourd'hui à 10:42 : Votre remboursement de 48,50 € est en attente. Confirmez ici : ameli-vitale-renouv.com. En bas, une case pour répondre.
privacy-scam-sms-link-region-sender = Le nom AMELI en haut
privacy-scam-sms-link-region-date = L'heure du message
privacy-scam-sms-link-region-text = Le texte sur le remboursement
privacy-scam-sms-link-region-link = Le lien ameli-vitale-renouv.com
privacy-scam-sms-link-region-reply = La case pour répondre

privacy-two-factor-order = Activer la double authentification : mettez les étapes dans l'ordre.
    .explain = Protéger un compte en activant la double authentification.
privacy-two-factor-order-step-open-security = Ouvrir les réglages de sécurité
privacy-two-factor-order-step-choose-2fa = Choisir Double authentification
privacy-two-factor-order-step-enter-phone = Taper votre numéro de téléphone
privacy-two-factor-order-step-type-code = Taper le code reçu par SMS

privacy-data-rights = Une entreprise garde vos données personnelles. En France, que pouvez-vous faire ?
    .explain = Connaître ses droits (RGPD) : voir, corriger, effacer ses données.
privacy-data-rights-opt-ask-delete = Demander qu'elle les efface
privacy-data-rights-opt-nothing = Rien, elles lui appartiennent
privacy-data-rights-opt-only-police = Rien : seule la police peut le demander

privacy-unknown-device = Vous habitez Lille. Quel appareil connecté est suspect ?
    .explain = Vérifier les appareils connectés à son compte.
    .alt = Un écran Appareils connectés : Cette tablette, Lille, maintenant ; Téléphone Samsung, Lille, hier à 18 h 30 ; Ordinateur Windows, Marseille, 3 h 12 du matin. En bas, un bouton Déconnecter tous les appareils.
privacy-unknown-device-region-tablet = Cette tablette, à Lille
privacy-unknown-device-region-phone = Téléphone Samsung, à Lille
privacy-unknown-device-region-computer = Ordinateur Windows, à Marseille
privacy-unknown-device-region-disconnect-all = Déconnecter tous les appareils

privacy-photo-location = Vous envoyez une photo par e-mail. Elle peut révéler où vous habitez. Comment ?
    .explain = Savoir qu'une photo envoyée telle quelle peut garder le lieu où elle a été prise (certains réseaux sociaux l'effacent, pas un e-mail).
privacy-photo-location-opt-gps-data = Par la position cachée dans la photo
privacy-photo-location-opt-impossible = C'est impossible
privacy-photo-location-opt-colours = Par les couleurs et la lumière du ciel

## Ajouts (issue 14) : où signaler une arnaque.

privacy-report-sms-33700 = Vous recevez un SMS d'arnaque. À quel numéro le transférer pour le signaler ?
    .explain = SMS d'arnaque : le transférer au 33700 (gratuit). Appel d'arnaque : envoyer au 33700 un SMS « spam vocal » suivi du numéro qui a appelé.
privacy-report-sms-33700-opt-reply-stop = Au numéro qui l'a envoyé, en écrivant « STOP »
privacy-report-sms-33700-opt-number-33700 = Au 33700
privacy-report-sms-33700-opt-number-17 = Au 17

privacy-report-hacked-17cyber = Votre compte a été piraté. Quel site officiel aide les victimes de piratage ?
    .explain = Victime de piratage ou d'arnaque en ligne : 17cyber.gouv.fr conseille et met en lien, si besoin, avec la police ou la gendarmerie.
privacy-report-hacked-17cyber-opt-site-17cyber = 17cyber.gouv.fr
privacy-report-hacked-17cyber-opt-paid-recovery = recuperer-mon-compte-vite.com, un service payant
privacy-report-hacked-17cyber-opt-signalconso = signal.conso.gouv.fr

privacy-report-pharos = Sur un réseau social, une publication visible par tous appelle à la violence. Où la signaler ?
    .explain = Signaler un contenu public illégal sur internet (violence, haine, menaces) : PHAROS, sur internet-signalement.gouv.fr. Un message privé menaçant : s'adresser à la police ou à la gendarmerie.
privacy-report-pharos-opt-signalconso = Sur SignalConso
privacy-report-pharos-opt-number-33700 = Au 33700
privacy-report-pharos-opt-pharos = Sur PHAROS

privacy-child-new-number = Un numéro inconnu vous écrit : « Coucou, c'est moi, j'ai un nouveau numéro ». Que faites-vous ?
    .explain = Un proche qui change de numéro et demande de l'aide : l'appeler sur son numéro habituel avant tout.
privacy-child-new-number-opt-reply-whatsapp = Je lui écris vite sur WhatsApp pour l'aider
privacy-child-new-number-opt-save-number = J'enregistre ce numéro à la place de l'ancien
privacy-child-new-number-opt-call-usual = J'appelle mon enfant sur son numéro habituel

privacy-type-password = Recopiez ce mot de passe : Lune-Verte-58
    .explain = Taper un mot de passe avec des tirets et des chiffres, sans erreur.

privacy-logout-order = Vous avez fini sur l'ordinateur de la médiathèque : mettez les étapes dans l'ordre.
    .explain = Se déconnecter de ses comptes sur un ordinateur partagé.
privacy-logout-order-step-open-menu = Ouvrir le menu de votre compte
privacy-logout-order-step-logout = Choisir « Se déconnecter »
privacy-logout-order-step-check = Vérifier que le site demande à nouveau le mot de passe
privacy-logout-order-step-leave = Laisser la place à la personne suivante
