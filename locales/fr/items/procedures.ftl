## Repère — procedures items (fr). Keys follow assessments/items/procedures.toml.

procedures-help-where = Votre démarche en ligne est bloquée. Qui peut vous aider ?
    .explain = Se faire aider dans un espace France Services ou dans un lieu de médiation numérique.
procedures-help-where-opt-france-services = Un agent France Services
procedures-help-where-opt-stranger = Un inconnu sur internet
procedures-help-where-opt-nobody = Personne : il faut se débrouiller

procedures-fc-button = Choisissez le bouton « S'identifier avec FranceConnect ».
    .explain = Trouver le bouton FranceConnect sur une page de connexion.
    .alt = Une page de connexion : un bouton bleu S'identifier avec FranceConnect, puis les cases Identifiant et Mot de passe, les liens Mot de passe oublié et Créer un compte, et le bouton Se connecter.
procedures-fc-button-region-fc = S'identifier avec FranceConnect
procedures-fc-button-region-login = La case Identifiant
procedures-fc-button-region-password = La case Mot de passe
procedures-fc-button-region-forgot = Mot de passe oublié ?
procedures-fc-button-region-connect = Se connecter

procedures-sms-code = Écrivez le code reçu par SMS.
    .explain = Recopier un code reçu par SMS pour se connecter.
    .alt = En haut, un SMS : « Votre code de connexion : 482913. Ne le donnez à personne. » En bas, le site demande : Entrez le code reçu par SMS.

procedures-upload-button = Vous devez envoyer une facture. Choisissez le bon bouton.
    .explain = Ajouter un document avec le bouton Ajouter un fichier.
    .alt = Une page Justificatif de domicile : « Formats acceptés : PDF, JPG. Taille maximum : 5 Mo. » Un bouton Ajouter un fichier, la mention Aucun fichier ajouté, et les boutons Retour et Valider.
procedures-upload-button-region-add = Ajouter un fichier
procedures-upload-button-region-list = Aucun fichier ajouté
procedures-upload-button-region-back = Retour
procedures-upload-button-region-ok = Valider

procedures-password-field = Choisissez la case où écrire votre mot de passe.
    .explain = Repérer les cases Identifiant et Mot de passe.
    .alt = Une page de connexion : un bouton bleu S'identifier avec FranceConnect, puis les cases Identifiant et Mot de passe, les liens Mot de passe oublié et Créer un compte, et le bouton Se connecter.
procedures-password-field-region-fc = S'identifier avec FranceConnect
procedures-password-field-region-login = La case Identifiant
procedures-password-field-region-password = La case Mot de passe
procedures-password-field-region-create = Créer un compte
procedures-password-field-region-connect = Se connecter

procedures-form-missing = Le formulaire bloque. Choisissez la case qu'il faut remplir.
    .explain = Repérer un champ obligatoire vide, souvent en rouge.
    .alt = Un formulaire, étape 1 sur 3 : Nom Dupont, Prénom Marie, Date de naissance vide et entourée de rouge avec « Ce champ est obligatoire », E-mail rempli, bouton Continuer. Les champs obligatoires ont une étoile rouge.
procedures-form-missing-region-name = Nom
procedures-form-missing-region-first = Prénom
procedures-form-missing-region-birth = Date de naissance
procedures-form-missing-region-mail = E-mail
procedures-form-missing-region-next = Continuer

procedures-required-star = Que veut dire l'étoile rouge (*) à côté d'une case ?
    .explain = L'étoile (*) signale une case obligatoire.
    .alt = Un formulaire, étape 1 sur 3 : Nom Dupont, Prénom Marie, Date de naissance vide et entourée de rouge avec « Ce champ est obligatoire », E-mail rempli, bouton Continuer. Les champs obligatoires ont une étoile rouge.
procedures-required-star-opt-required = Case obligatoire
procedures-required-star-opt-optional = Case facultative
procedures-required-star-opt-mistake = Il y a une erreur

procedures-forgot-password = Vous avez oublié votre mot de passe. Où appuyez-vous ?
    .explain = Refaire un mot de passe avec « Mot de passe oublié ».
    .alt = Une page de connexion : un bouton bleu S'identifier avec FranceConnect, puis les cases Identifiant et Mot de passe, les liens Mot de passe oublié et Créer un compte, et le bouton Se connecter.
procedures-forgot-password-region-fc = S'identifier avec FranceConnect
procedures-forgot-password-region-password = La case Mot de passe
procedures-forgot-password-region-forgot = Mot de passe oublié ?
procedures-forgot-password-region-create = Créer un compte
procedures-forgot-password-region-connect = Se connecter

procedures-fc-what = À quoi sert FranceConnect ?
    .explain = FranceConnect : un seul compte pour beaucoup de sites publics.
procedures-fc-what-opt-one-account = Entrer sur des sites publics avec un seul compte
procedures-fc-what-opt-pay = Payer ses factures et ses impôts en ligne
procedures-fc-what-opt-agent = Parler à un agent de l'administration au téléphone

procedures-gouv-address = Quelle adresse est celle d'un site de l'État ?
    .explain = Les sites de l'État finissent souvent par .gouv.fr.
procedures-gouv-address-opt-gouv = www.service-public.gouv.fr
procedures-gouv-address-opt-com = www.service-public-france.com
procedures-gouv-address-opt-info = www.aide-demarches.info

procedures-fc-choose-ameli = Vous avez un compte Assurance Maladie. Lequel choisissez-vous ?
    .explain = Choisir dans FranceConnect un compte que l'on a déjà.
    .alt = La page FranceConnect : « Choisissez un compte pour vous connecter ». Cinq choix : impots.gouv.fr, ameli.fr, France Identité, Identité Numérique La Poste, MSA.
procedures-fc-choose-ameli-region-impots = impots.gouv.fr
procedures-fc-choose-ameli-region-ameli = ameli.fr
procedures-fc-choose-ameli-region-laposte = Identité Numérique La Poste
procedures-fc-choose-ameli-region-france-identite = France Identité
procedures-fc-choose-ameli-region-msa = MSA

procedures-file-format = Quel fichier ce site accepte-t-il ?
    .explain = Lire les formats acceptés avant d'envoyer un document.
    .alt = Une page Justificatif de domicile : « Formats acceptés : PDF, JPG. Taille maximum : 5 Mo. » Un bouton Ajouter un fichier, la mention Aucun fichier ajouté, et les boutons Retour et Valider.
procedures-file-format-opt-pdf = facture.pdf
procedures-file-format-opt-mp4 = facture.mp4
procedures-file-format-opt-docx = facture.docx

procedures-upload-order = Mettez dans l'ordre : envoyer un justificatif.
    .explain = Envoyer un justificatif, étape par étape.
procedures-upload-order-step-photo = Prendre le document en photo
procedures-upload-order-step-add = Appuyer sur « Ajouter un fichier »
procedures-upload-order-step-camera = Choisir « Appareil photo »
procedures-upload-order-step-confirm = Appuyer sur « Valider »

procedures-receipt = Votre demande est envoyée. Que gardez-vous ?
    .explain = Garder l'accusé de réception et le numéro de dossier.
procedures-receipt-opt-file-number = L'accusé de réception et son numéro
procedures-receipt-opt-nothing = Rien, c'est fini
procedures-receipt-opt-site-address = Seulement l'adresse du site, pour y revenir

procedures-fc-order = Mettez dans l'ordre : se connecter avec FranceConnect.
    .explain = Se connecter avec FranceConnect, étape par étape.
procedures-fc-order-step-button = Appuyer sur le bouton FranceConnect
procedures-fc-order-step-choose = Choisir un compte, par exemple ameli.fr
procedures-fc-order-step-login = Écrire l'identifiant et le mot de passe de ce compte
procedures-fc-order-step-back = Revenir connecté sur le site

procedures-fake-fees = Un site demande 30 € pour un acte de naissance. Qu'en pensez-vous ?
    .explain = Beaucoup de démarches de l'État sont gratuites sur le site officiel : des sites privés les font payer, sans rien de plus.
procedures-fake-fees-opt-normal = C'est le prix normal d'un acte de naissance officiel
procedures-fake-fees-opt-lookalike = Inutile : c'est gratuit sur service-public.gouv.fr
procedures-fake-fees-opt-required = Il faut payer pour l'avoir

procedures-fake-site-url = Où vérifiez-vous si ce site est vraiment officiel ?
    .explain = Vérifier l'adresse du site en haut, pas les badges « officiel ».
    .alt = Une page web. En haut, l'adresse : carte-grise-en-ligne-express.com. Dessous : un badge « Service officiel », le titre « Votre carte grise en 24 h », « Frais de service : 49,90 € » et un bouton Commencer ma demande.
procedures-fake-site-url-region-url = L'adresse du site, en haut
procedures-fake-site-url-region-badge = Le badge « Service officiel »
procedures-fake-site-url-region-title = Le titre
procedures-fake-site-url-region-price = Le prix
procedures-fake-site-url-region-start = Le bouton Commencer

procedures-file-too-big = Votre photo du document fait 12 Mo. Que faites-vous ?
    .explain = Réduire la taille d'un fichier trop lourd avant de l'envoyer.
    .alt = Une page Justificatif de domicile : « Formats acceptés : PDF, JPG. Taille maximum : 5 Mo. » Un bouton Ajouter un fichier, la mention Aucun fichier ajouté, et les boutons Retour et Valider.
procedures-file-too-big-opt-send-anyway = Je l'envoie quand même
procedures-file-too-big-opt-reduce = Je la rends plus légère (moins de 5 Mo)
procedures-file-too-big-opt-give-up = J'abandonne toute la démarche

procedures-official-search = Vous cherchez « carte grise ». Choisissez le site officiel de l'État.
    .explain = Dans une recherche, passer les annonces et choisir l'adresse en .gouv.fr.
    .alt = Trois résultats de recherche : Annonce · cartegrise-rapide.fr « Carte grise en ligne, rapide » ; immatriculation.ants.gouv.fr « Carte grise – site officiel de l'ANTS » ; service-carte-grise.com « Faites votre carte grise en 5 min ».
procedures-official-search-region-ad = Annonce · cartegrise-rapide.fr
procedures-official-search-region-ants = immatriculation.ants.gouv.fr
procedures-official-search-region-other = service-carte-grise.com

procedures-aidants-connect = Un travailleur social fait une démarche à votre place. Comment faire sans risque ?
    .explain = Se faire aider sans donner ses mots de passe, par un professionnel habilité : le mandat Aidants Connect.
procedures-aidants-connect-opt-password = Je lui donne mon mot de passe
procedures-aidants-connect-opt-mandate = Je signe un mandat Aidants Connect
procedures-aidants-connect-opt-nothing = Je lui laisse mon téléphone

## Ajouts (issue 14) : démarches courantes.

procedures-tax-number = Le site des impôts demande votre numéro fiscal. Choisissez-le sur ce papier.
    .explain = Trouver son numéro fiscal (13 chiffres) sur l'avis d'impôt, dans « Vos références ».
    .alt = Le haut d'un avis d'impôt 2026 sur les revenus 2025, au nom de Karim Benali, à Lyon. Un cadre « Vos références » : Numéro fiscal 30 12 345 678 901, Référence de l'avis 26 69 A123456 78, Revenu fiscal de référence 18 420 €. À droite : Reste à payer 0 €.
procedures-tax-number-region-name = Le nom et l'adresse
procedures-tax-number-region-notice-ref = 26 69 A123456 78
procedures-tax-number-region-fiscal-number = 30 12 345 678 901
procedures-tax-number-region-income = 18 420 €
procedures-tax-number-region-to-pay = Reste à payer 0 €

procedures-appointment-slot = Vous êtes libre mardi après-midi. Choisissez un rendez-vous.
    .explain = Prendre rendez-vous en ligne : choisir un jour et une heure où l'on est libre.
    .alt = Une page de rendez-vous du Dr Claire Martin, médecin généraliste. Mardi 12 janvier : 09:00, 11:30, 14:30. Mercredi 13 janvier : 10:00, 15:00.
procedures-appointment-slot-region-tue-0900 = Mardi 09:00
procedures-appointment-slot-region-tue-1130 = Mardi 11:30
procedures-appointment-slot-region-tue-1430 = Mardi 14:30
procedures-appointment-slot-region-wed-1000 = Mercredi 10:00
procedures-appointment-slot-region-wed-1500 = Mercredi 15:00

procedures-appointment-cancel = Vous ne pouvez pas aller à votre rendez-vous pris en ligne. Que faites-vous ?
    .explain = Annuler un rendez-vous le plus tôt possible, sur le site ou par téléphone : la place sert à quelqu'un d'autre.
procedures-appointment-cancel-opt-wait-call = J'attends que le cabinet m'appelle pour en parler
procedures-appointment-cancel-opt-no-show = Je n'y vais pas, sans prévenir
procedures-appointment-cancel-opt-cancel-early = Je l'annule vite, sur le site ou par téléphone

procedures-ft-actualisation = Vous avez un dossier à France Travail. Quand faut-il vous actualiser ?
    .explain = S'actualiser à France Travail tous les mois, en général du 28 au 15 du mois suivant.
procedures-ft-actualisation-opt-yearly = Une fois par an
procedures-ft-actualisation-opt-monthly = Tous les mois
procedures-ft-actualisation-opt-when-job = Seulement quand je trouve un travail

procedures-documents-missing = Vous avez envoyé votre pièce d'identité et votre RIB. Choisissez dans la liste la pièce qui manque.
    .explain = Lire la liste des pièces à fournir et vérifier ce qui manque avant d'envoyer.
    .alt = Une page « Votre demande : pièces à fournir ». 1. Pièce d'identité en cours de validité. 2. Justificatif de domicile de moins de 3 mois (facture, quittance). 3. RIB (relevé d'identité bancaire). En bas, les boutons Ajouter un document et Envoyer ma demande.
procedures-documents-missing-region-id-card = 1. Pièce d'identité
procedures-documents-missing-region-address-proof = 2. Justificatif de domicile
procedures-documents-missing-region-rib = 3. RIB
procedures-documents-missing-region-add = Ajouter un document
procedures-documents-missing-region-send = Envoyer ma demande

procedures-documents-recent = Quel justificatif de domicile pouvez-vous envoyer pour cette demande ?
    .explain = Respecter les conditions de la liste, par exemple un justificatif de moins de 3 mois.
    .alt = Une page « Votre demande : pièces à fournir ». 1. Pièce d'identité en cours de validité. 2. Justificatif de domicile de moins de 3 mois (facture, quittance). 3. RIB (relevé d'identité bancaire). En bas, les boutons Ajouter un document et Envoyer ma demande.
procedures-documents-recent-opt-old-bill = Une facture d'électricité de l'an dernier
procedures-documents-recent-opt-envelope = Une enveloppe reçue à mon nom
procedures-documents-recent-opt-last-month-bill = Une facture d'électricité du mois dernier

procedures-ft-declare-work = Ce mois-ci, vous avez travaillé 20 heures. À l'actualisation, que faites-vous ?
    .explain = Déclarer chaque mois les heures travaillées et le salaire brut, même peu : l'allocation est recalculée.
procedures-ft-declare-work-opt-say-nothing = Je ne dis rien : c'est peu
procedures-ft-declare-work-opt-declare = Je déclare les heures et le salaire
procedures-ft-declare-work-opt-only-cdi = Je le dis seulement si c'est un CDI

procedures-caf-prefilled = Votre déclaration de ressources CAF est déjà remplie. Que faites-vous ?
    .explain = Même préremplie, la déclaration CAF se vérifie : on corrige les montants faux avant de valider.
procedures-caf-prefilled-opt-check = Je vérifie les montants et je corrige si besoin
procedures-caf-prefilled-opt-trust = Je valide sans lire : la CAF connaît mes revenus
procedures-caf-prefilled-opt-nothing = Rien : elle part toute seule

procedures-france-identite = À quoi sert l'application France Identité ?
    .explain = France Identité : sa carte d'identité dans son téléphone, pour prouver qui on est et se connecter avec FranceConnect.
procedures-france-identite-opt-new-card = Demander une nouvelle carte d'identité en ligne
procedures-france-identite-opt-pay-tax = Payer ses impôts et ses amendes en ligne
procedures-france-identite-opt-id-on-phone = Avoir sa carte d'identité dans son téléphone

procedures-ft-fake-sms = Vous recevez un SMS : « France Travail : vos droits sont bloqués, cliquez ici ». Que faites-vous ?
    .explain = Ne pas cliquer : vérifier soi-même dans son espace, sur francetravail.fr ou l'application.
procedures-ft-fake-sms-opt-reply-id = Je réponds avec mon identifiant
procedures-ft-fake-sms-opt-check-space = Je ne clique pas, je vérifie dans mon espace
procedures-ft-fake-sms-opt-click-fast = Je clique vite sur le lien pour garder mes droits

procedures-france-identite-card = Pour utiliser l'application France Identité, quelle carte faut-il ?
    .explain = France Identité demande la carte d'identité au format carte bancaire (depuis 2021) et un téléphone qui la lit.
procedures-france-identite-card-opt-new-id-card = La carte d'identité au format carte bancaire
procedures-france-identite-card-opt-old-id-card = L'ancienne carte d'identité plastifiée
procedures-france-identite-card-opt-vitale = La carte Vitale

procedures-login-box = Choisissez la case où écrire votre identifiant.
    .explain = Reconnaître la case Identifiant d'une page de connexion.
    .alt = Une page de connexion : un bouton bleu S'identifier avec FranceConnect, puis les cases Identifiant et Mot de passe, les liens Mot de passe oublié et Créer un compte, et le bouton Se connecter.
procedures-login-box-region-fc = S'identifier avec FranceConnect
procedures-login-box-region-login = La case Identifiant
procedures-login-box-region-password = La case Mot de passe
procedures-login-box-region-forgot = Mot de passe oublié ?
procedures-login-box-region-connect = Se connecter

procedures-appointment-wed = Choisissez le rendez-vous de mercredi à 10 heures.
    .explain = Choisir un jour et une heure dans un agenda en ligne.
    .alt = Une page de rendez-vous du Dr Claire Martin, médecin généraliste. Mardi 12 janvier : 09:00, 11:30, 14:30. Mercredi 13 janvier : 10:00, 15:00.
procedures-appointment-wed-region-tue-0900 = Mardi 09:00
procedures-appointment-wed-region-tue-1130 = Mardi 11:30
procedures-appointment-wed-region-tue-1430 = Mardi 14:30
procedures-appointment-wed-region-wed-1000 = Mercredi 10:00
procedures-appointment-wed-region-wed-1500 = Mercredi 15:00

procedures-type-birthdate = Un formulaire demande votre date de naissance. Recopiez celle-ci : 14/03/1978
    .explain = Remplir une date dans un formulaire en ligne.

procedures-type-file-number = Pour suivre votre demande, recopiez votre numéro de dossier : 2026-48127
    .explain = Recopier un numéro de dossier pour suivre une démarche.

procedures-appointment-order = Prendre un rendez-vous en ligne : mettez les étapes dans l'ordre.
    .explain = Prendre un rendez-vous en ligne, étape par étape.
procedures-appointment-order-step-reason = Choisir le motif du rendez-vous
procedures-appointment-order-step-slot = Choisir le jour et l'heure
procedures-appointment-order-step-details = Écrire son nom et son téléphone
procedures-appointment-order-step-confirm = Confirmer le rendez-vous
