## Repère — email items (fr). Keys follow assessments/items/email.toml.

email-open-app = Choisissez l'application pour lire vos e-mails.
    .explain = Reconnaître l'application des e-mails : l'enveloppe.
    .alt = Un écran d'accueil avec quatre applications : E-mail, Appareil photo, Téléphone et Plan.
email-open-app-region-mail = E-mail (une enveloppe)
email-open-app-region-camera = Appareil photo
email-open-app-region-phone = Téléphone
email-open-app-region-pin = Plan

email-what-is = Qu'est-ce qu'un e-mail ?
    .explain = Savoir ce qu'est un e-mail : un message envoyé par internet.
email-what-is-opt-internet-message = Un message envoyé par internet
email-what-is-opt-paper-letter = Une lettre dans la boîte aux lettres
email-what-is-opt-phone-call = Un appel téléphonique

email-open-message = Choisissez le message de Julie pour l'ouvrir.
    .explain = Ouvrir un message : appuyer sur la ligne du message.
    .alt = Une boîte de réception avec quatre messages : CAF, Julie Martin, Ameli Remboursement et Pharmacie du Centre. À gauche, les boutons Écrire, Reçus, Envoyés, Indésirables et Corbeille.
email-open-message-region-write = Le bouton Écrire
email-open-message-region-trash = La Corbeille
email-open-message-region-caf = Le message de la CAF
email-open-message-region-julie = Le message de Julie Martin
email-open-message-region-phishing = Le message Ameli Remboursement
email-open-message-region-pharmacy = Le message de la pharmacie

email-new-message = Vous voulez écrire un nouveau message. Choisissez le bon bouton.
    .explain = Commencer un nouvel e-mail avec le bouton Écrire.
    .alt = Une boîte de réception avec quatre messages. À gauche, les boutons Écrire, Reçus, Envoyés, Indésirables et Corbeille.
email-new-message-region-write = Écrire
email-new-message-region-received = Reçus
email-new-message-region-sent = Envoyés
email-new-message-region-trash = Corbeille
email-new-message-region-julie = Le message de Julie Martin

email-send-button = Le message est prêt. Choisissez le bouton pour l'envoyer.
    .explain = Envoyer un e-mail avec le bouton Envoyer.
    .alt = Un nouveau message pour julie.martin@orange.fr, objet Photos. En haut : Annuler et Envoyer. En bas : un trombone, Aa et une corbeille.
email-send-button-region-cancel = Annuler
email-send-button-region-send = Envoyer
email-send-button-region-to = La case À
email-send-button-region-body = Le texte du message
email-send-button-region-attach = Le trombone
email-send-button-region-delete = La corbeille

email-reply-button = Vous voulez répondre à Julie. Où appuyez-vous ?
    .explain = Répondre à un message avec le bouton Répondre.
    .alt = Un message ouvert de Julie Martin avec une photo jointe. En bas : Répondre, Transférer, Supprimer. En haut : une flèche retour.
email-reply-button-region-back = La flèche retour
email-reply-button-region-attachment = La photo jointe
email-reply-button-region-reply = Répondre
email-reply-button-region-forward = Transférer
email-reply-button-region-delete = Supprimer

email-which-address = Laquelle est une adresse e-mail ?
    .explain = Reconnaître une adresse e-mail : elle contient un @.
email-which-address-opt-email = marie.dupont@orange.fr
email-which-address-opt-phone = 06 39 98 12 34
email-which-address-opt-website = www.orange.fr/marie.dupont

email-to-field = Où écrivez-vous l'adresse de la personne ?
    .explain = Écrire l'adresse du destinataire dans la case À.
    .alt = Un nouveau message avec les cases À, Objet et le texte. En haut : Annuler et Envoyer. En bas : un trombone.
email-to-field-region-send = Envoyer
email-to-field-region-to = La case À
email-to-field-region-subject = La case Objet
email-to-field-region-body = Le texte du message
email-to-field-region-attach = Le trombone

email-open-attachment = Julie a envoyé une photo. Choisissez-la pour l'ouvrir.
    .explain = Ouvrir une pièce jointe : appuyer sur le fichier sous le message.
    .alt = Un message ouvert de Julie Martin. Sous le texte, un fichier photo-repas.jpg. En bas : Répondre, Transférer, Supprimer.
email-open-attachment-region-back = La flèche retour
email-open-attachment-region-attachment = Le fichier photo-repas.jpg
email-open-attachment-region-reply = Répondre
email-open-attachment-region-forward = Transférer
email-open-attachment-region-delete = Supprimer

email-unread = Un point bleu montre un message pas encore lu. Choisissez-le.
    .explain = Repérer les messages non lus : en gras, avec un point.
    .alt = Une boîte de réception avec quatre messages. Le message de la CAF est en gras, avec un point bleu.
email-unread-region-caf = Le message de la CAF
email-unread-region-julie = Le message de Julie Martin
email-unread-region-phishing = Le message Ameli Remboursement
email-unread-region-pharmacy = Le message de la pharmacie

email-trash = Où retrouver un message que vous avez supprimé ?
    .explain = Retrouver un message supprimé dans la Corbeille.
    .alt = Une boîte de réception. À gauche, les boutons Écrire, Reçus, Envoyés, Indésirables et Corbeille.
email-trash-region-write = Écrire
email-trash-region-received = Reçus
email-trash-region-sent = Envoyés
email-trash-region-spam = Indésirables
email-trash-region-trash = Corbeille

email-reply-order = Mettez les étapes dans l'ordre pour répondre à un message.
    .explain = Répondre à un e-mail, étape par étape.
email-reply-order-step-open = Ouvrir le message
email-reply-order-step-reply = Appuyer sur Répondre
email-reply-order-step-write = Écrire sa réponse
email-reply-order-step-send = Appuyer sur Envoyer

email-attach-button = Vous voulez ajouter une photo au message. Où appuyez-vous ?
    .explain = Joindre un fichier avec le trombone.
    .alt = Un nouveau message. En haut : Annuler et Envoyer. En bas : un trombone, Aa et une corbeille.
email-attach-button-region-send = Envoyer
email-attach-button-region-subject = La case Objet
email-attach-button-region-body = Le texte du message
email-attach-button-region-attach = Le trombone
email-attach-button-region-format = Aa
email-attach-button-region-delete = La corbeille

email-copy-address = Recopiez cette adresse : julie.martin@orange.fr
    .explain = Écrire une adresse e-mail sans erreur, avec le @ et les points.

email-password-request = Un e-mail de « votre banque » demande votre mot de passe. Que faites-vous ?
    .explain = Ne jamais donner son mot de passe par e-mail.
email-password-request-opt-give = Je réponds avec mon mot de passe
email-password-request-opt-never = Je ne le donne jamais
email-password-request-opt-later = Je le donne demain

email-subject-use = À quoi sert la case « Objet » d'un e-mail ?
    .explain = Remplir l'objet : le sujet du message en quelques mots.
email-subject-use-opt-topic = Dire le sujet en quelques mots
email-subject-use-opt-address = Écrire l'adresse
email-subject-use-opt-photo = Ajouter une photo au message

email-phishing-action = Vous recevez ce message. Que faites-vous ?
    .explain = Face à un faux message : ne pas cliquer, le supprimer.
    .alt = Un e-mail signé Assurance Maladie, envoyé par remboursement@ameli-sante-info.com : « Vous avez droit à 187,50 €. Confirmez votre carte bancaire sous 24 h. » Un bouton orange : Recevoir mon argent.
email-phishing-action-opt-click = J'appuie sur « Recevoir mon argent »
email-phishing-action-opt-delete = Je le supprime sans cliquer
email-phishing-action-opt-reply = Je réponds avec mon numéro de carte

email-spot-phishing-inbox = Un de ces messages est une arnaque. Choisissez-le.
    .explain = Se méfier des messages urgents qui promettent de l'argent.
    .alt = Une boîte de réception avec quatre messages : CAF « Votre attestation est prête », Julie Martin « Repas de dimanche », Ameli Remboursement « URGENT : recevez 187 € ici », Pharmacie du Centre « Votre commande est prête ».
email-spot-phishing-inbox-region-caf = CAF : Votre attestation est prête
email-spot-phishing-inbox-region-julie = Julie Martin : Repas de dimanche
email-spot-phishing-inbox-region-phishing = Ameli Remboursement : URGENT, recevez 187 € ici
email-spot-phishing-inbox-region-pharmacy = Pharmacie du Centre : Votre commande est prête

email-attach-order = Mettez dans l'ordre : envoyer une photo par e-mail.
    .explain = Envoyer une pièce jointe, étape par étape.
email-attach-order-step-write = Appuyer sur Écrire et taper l'adresse
email-attach-order-step-clip = Appuyer sur le trombone
email-attach-order-step-choose = Choisir la photo
email-attach-order-step-send = Appuyer sur Envoyer

email-spam-folder = Un e-mail attendu n'est pas arrivé. Dans quel dossier regarder ?
    .explain = Vérifier le dossier Indésirables quand un message manque.
    .alt = Une boîte de réception. À gauche, les boutons Écrire, Reçus, Envoyés, Indésirables et Corbeille.
email-spam-folder-region-write = Écrire
email-spam-folder-region-received = Reçus
email-spam-folder-region-sent = Envoyés
email-spam-folder-region-spam = Indésirables
email-spam-folder-region-trash = Corbeille

email-phishing-sender-ameli = Où voyez-vous qui a vraiment envoyé ce message ?
    .explain = Vérifier l'adresse de l'expéditeur, pas le logo.
    .alt = Un e-mail : De Assurance Maladie, remboursement@ameli-sante-info.com ; objet Remboursement en attente ; un logo ameli ; un texte et un bouton Recevoir mon argent.
email-phishing-sender-ameli-region-from = L'adresse de l'expéditeur
email-phishing-sender-ameli-region-subject = L'objet
email-phishing-sender-ameli-region-logo = Le logo
email-phishing-sender-ameli-region-text = Le texte
email-phishing-sender-ameli-region-button = Le bouton orange

email-phishing-sender-colis = Où voyez-vous qui a vraiment envoyé ce message ?
    .explain = Vérifier l'adresse de l'expéditeur, pas le logo.
    .alt = Un e-mail : De La Poste Suivi, suivi@colis-livraison-fr.net ; objet Votre colis est bloqué ; un logo La Poste ; un texte et un bouton Payer 1,99 €.
email-phishing-sender-colis-region-from = L'adresse de l'expéditeur
email-phishing-sender-colis-region-subject = L'objet
email-phishing-sender-colis-region-logo = Le logo
email-phishing-sender-colis-region-text = Le texte
email-phishing-sender-colis-region-button = Le bouton orange

email-forward = Vous voulez envoyer ce message à Paul. Quel bouton ?
    .explain = Envoyer un message reçu à une autre personne : Transférer.
    .alt = Un message ouvert de Julie Martin avec une photo jointe. En bas : Répondre, Transférer, Supprimer.
email-forward-region-back = La flèche retour
email-forward-region-attachment = La photo jointe
email-forward-region-reply = Répondre
email-forward-region-forward = Transférer
email-forward-region-delete = Supprimer

email-reply-not-all = Ce message est allé à plusieurs personnes. Comment répondre seulement à celle qui l'a envoyé ?
    .explain = Choisir entre Répondre et Répondre à tous.
email-reply-not-all-opt-reply = Répondre
email-reply-not-all-opt-reply-all = Répondre à tous
email-reply-not-all-opt-forward = Transférer

email-friend-money = Un ami vous demande de l'argent par e-mail, en urgence. Que faites-vous ?
    .explain = Vérifier une demande urgente par un autre moyen, par exemple un appel.
email-friend-money-opt-pay = J'envoie l'argent vite
email-friend-money-opt-call = J'appelle mon ami pour vérifier
email-friend-money-opt-bank-details = Je réponds avec mes coordonnées bancaires

email-public-computer = Vous lisez vos e-mails à la médiathèque. Que faites-vous avant de partir ?
    .explain = Se déconnecter de sa messagerie sur un ordinateur partagé.
email-public-computer-opt-log-out = Je me déconnecte
email-public-computer-opt-close-tab = Je ferme seulement la page
email-public-computer-opt-screen-off = J'éteins l'écran

email-dangerous-attachment = Quelle pièce jointe est dangereuse ?
    .explain = Se méfier des pièces jointes qui sont des programmes (.exe).
email-dangerous-attachment-opt-pdf = facture-mars-2026.pdf
email-dangerous-attachment-opt-jpg = photo.jpg
email-dangerous-attachment-opt-exe = facture.pdf.exe

email-bcc = Vous écrivez à 20 voisins sans montrer leurs adresses. Quelle case ?
    .explain = Cacher les adresses des destinataires avec la case Cci.
email-bcc-opt-to = À
email-bcc-opt-cc = Cc
email-bcc-opt-bcc = Cci

email-link-real-site = Vous appuyez longtemps sur le lien. Vers quel site mène-t-il vraiment ?
    .explain = Lire la vraie adresse d'un lien : le site est le nom juste avant le premier « / » (ici compte-securise.net).
    .alt = Un message dit : connectez-vous sur ameli.fr. Un appui long sur le lien affiche sa vraie adresse : ameli.fr.compte-securise.net/login, avec les boutons Ouvrir et Copier.
email-link-real-site-opt-ameli = ameli.fr
email-link-real-site-opt-compte-securise = compte-securise.net
email-link-real-site-opt-login = Une page « login » d'ameli

## Ajouts (issue 14) : créer une adresse e-mail, retrouver un mot de passe oublié.

email-create-account = Vous voulez une adresse e-mail. Choisissez où commencer sur cette page.
    .explain = Créer une adresse e-mail : choisir « Créer un compte » sur le site d'une messagerie.
    .alt = La page d'accueil de « Ma Messagerie » : en haut, le lien Aide. Au milieu, « Se connecter », une case Adresse e-mail vide et un bouton Suivant. En bas, un lien Créer un compte.
email-create-account-region-help = Aide
email-create-account-region-field = La case Adresse e-mail
email-create-account-region-next = Suivant
email-create-account-region-create = Créer un compte

email-address-taken = Le site dit : « Cette adresse est déjà prise ». Que faites-vous ?
    .explain = Une adresse est unique : en choisir une autre, par exemple avec un point ou un chiffre.
email-address-taken-opt-give-up = J'abandonne : je ne peux pas avoir d'adresse
email-address-taken-opt-other-name = J'en choisis une autre, par exemple avec un chiffre
email-address-taken-opt-retry-later = Je réessaie la même demain

email-recover-password = Vous avez oublié le mot de passe de votre messagerie. Que faites-vous ?
    .explain = Retrouver l'accès : « Mot de passe oublié ? », puis le code reçu sur son téléphone ou sur une autre adresse.
email-recover-password-opt-new-address = Je crée une nouvelle adresse et j'oublie l'ancienne
email-recover-password-opt-call-support = J'appelle le service client pour qu'il me le dise
email-recover-password-opt-forgot-link = J'appuie sur « Mot de passe oublié ? »

email-recovery-phone = Pourquoi ajouter votre numéro de téléphone à votre compte e-mail ?
    .explain = Un numéro de secours permet de récupérer son compte si on oublie le mot de passe.
email-recovery-phone-opt-recover = Pour récupérer le compte si j'oublie le mot de passe
email-recovery-phone-opt-calls = Pour que mes contacts puissent m'appeler plus facilement
email-recovery-phone-opt-required-read = Sans lui, on ne peut pas lire ses e-mails

email-unexpected-reset = Vous recevez un e-mail : « Changez votre mot de passe ici ». Vous n'avez rien demandé. Que faites-vous ?
    .explain = Un e-mail de mot de passe jamais demandé peut être une arnaque : ne pas cliquer, aller soi-même sur le site.
email-unexpected-reset-opt-go-myself = Je ne clique pas ; au besoin, je vais sur le site
email-unexpected-reset-opt-click-see = Je clique sur le lien pour voir de quoi il s'agit
email-unexpected-reset-opt-reply-not-me = Je réponds pour dire que ce n'est pas moi

email-copy-short-address = Recopiez cette adresse e-mail : sam@free.fr
    .explain = Écrire une adresse e-mail courte, avec le @ et le point.

email-type-subject = Vous écrivez un e-mail. Dans la case « Objet », il faut mettre : Rendez-vous. Écrivez-le.
    .explain = Écrire l'objet d'un e-mail, en quelques mots.

email-back-to-list = Vous avez lu le message. Choisissez où appuyer pour revenir à la liste des messages.
    .explain = Revenir à la liste des messages avec la flèche retour.
    .alt = Un message ouvert de Julie Martin avec une photo jointe. En bas : Répondre, Transférer, Supprimer. En haut : une flèche retour.
email-back-to-list-region-back = La flèche retour
email-back-to-list-region-attachment = La photo jointe
email-back-to-list-region-reply = Répondre
email-back-to-list-region-forward = Transférer
email-back-to-list-region-delete = Supprimer
