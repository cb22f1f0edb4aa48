## Repère — job items (fr). Keys follow assessments/items/job.toml.

job-what-is-cv = Qu'est-ce qu'un CV ?
    .explain = Savoir ce qu'est un CV : la présentation de son parcours.
job-what-is-cv-opt-career = Un document qui raconte vos emplois
job-what-is-cv-opt-bank = Une lettre envoyée par la banque
job-what-is-cv-opt-id = Une pièce d'identité avec votre photo

job-cv-name = Choisissez le nom de la personne sur ce CV.
    .explain = Repérer les parties d'un CV, en commençant par le nom.
    .alt = Le CV de Marie DUPONT : une photo, le nom, l'adresse e-mail bisou-doudou75@mail.fr, le téléphone, puis les parties Expérience (agent d'entretien, employée libre-service), Formation (CAP Propreté) et Compétences.
job-cv-name-region-name = Le nom
job-cv-name-region-email = L'adresse e-mail
job-cv-name-region-experience = La partie Expérience
job-cv-name-region-training = La partie Formation
job-cv-name-region-skills = La partie Compétences

job-search-button = Le métier et la ville sont écrits. Où appuyer pour lancer la recherche ?
    .explain = Lancer une recherche d'offres avec le bouton Rechercher.
    .alt = Un site d'emploi : en haut, un bouton Alerte avec une cloche. Les cases Métier (Aide-soignant) et Ville (Lyon), un bouton vert Rechercher, puis une offre Aide-soignant (H/F), CDI, Lyon 3e, avec un bouton Postuler.
job-search-button-region-alert = Alerte (la cloche)
job-search-button-region-job = La case Métier
job-search-button-region-city = La case Ville
job-search-button-region-search = Rechercher
job-search-button-region-apply = Postuler

job-which-site = Quel site sert à chercher un emploi ?
    .explain = Connaître le site de France Travail (ex-Pôle emploi) pour chercher un emploi.
job-which-site-opt-france-travail = francetravail.fr
job-which-site-opt-impots = impots.gouv.fr
job-which-site-opt-ameli = lassuranceretraite.fr

job-apply-submit = Le formulaire est complet. Choisissez le bouton pour envoyer votre candidature.
    .explain = Envoyer sa candidature avec le bouton Envoyer.
    .alt = Un formulaire pour postuler : Nom Dupont, Prénom Marie, Téléphone 06 39 98 12 34, E-mail rempli, CV ajouté CV-Marie-Dupont.pdf, et un bouton vert Envoyer.
job-apply-submit-region-name = Nom
job-apply-submit-region-mail = E-mail
job-apply-submit-region-cv = Le CV ajouté
job-apply-submit-region-send = Envoyer

job-apply-meaning = Sur une offre d'emploi, que veut dire « Postuler » ?
    .explain = Postuler : répondre à une offre pour proposer sa candidature.
job-apply-meaning-opt-answer = Répondre à l'offre
job-apply-meaning-opt-delete = Supprimer l'offre de la liste
job-apply-meaning-opt-print = Imprimer l'offre

job-cv-photo = Quelle photo mettre sur un CV ?
    .explain = Choisir une photo simple et nette pour son CV, ou aucune photo.
job-cv-photo-opt-id-photo = Une photo nette, de face, fond clair
job-cv-photo-opt-holiday = Une belle photo de vacances au soleil
job-cv-photo-opt-selfie = Un selfie souriant avec des amis

job-search-city = Vous cherchez du travail près de chez vous. Où écrivez-vous la ville ?
    .explain = Remplir la ville pour trouver des offres près de chez soi.
    .alt = Un site d'emploi : en haut, un bouton Alerte avec une cloche. Les cases Métier (Aide-soignant) et Ville (Lyon), un bouton vert Rechercher, puis une offre Aide-soignant (H/F), CDI, Lyon 3e, avec un bouton Postuler.
job-search-city-region-alert = Alerte (la cloche)
job-search-city-region-job = La case Métier
job-search-city-region-city = La case Ville
job-search-city-region-search = Rechercher
job-search-city-region-offer = Le titre de l'offre

job-search-order = Mettez dans l'ordre : chercher une offre d'emploi.
    .explain = Chercher des offres sur un site d'emploi, étape par étape.
job-search-order-step-site = Ouvrir le site d'emploi
job-search-order-step-job = Écrire le métier
job-search-order-step-city = Écrire la ville
job-search-order-step-search = Appuyer sur « Rechercher »

job-cv-experience = Choisissez la partie qui montre les emplois déjà faits.
    .explain = Connaître les parties d'un CV : Expérience, Formation, Compétences.
    .alt = Le CV de Marie DUPONT : une photo, le nom, l'adresse e-mail bisou-doudou75@mail.fr, le téléphone, puis les parties Expérience (agent d'entretien, employée libre-service), Formation (CAP Propreté) et Compétences.
job-cv-experience-region-name = Le nom
job-cv-experience-region-email = L'adresse e-mail
job-cv-experience-region-experience = La partie Expérience
job-cv-experience-region-training = La partie Formation
job-cv-experience-region-skills = La partie Compétences

job-search-apply = Cette offre vous plaît. Choisissez le bouton pour y répondre.
    .explain = Répondre à une offre avec le bouton Postuler.
    .alt = Un site d'emploi : en haut, un bouton Alerte avec une cloche. Les cases Métier (Aide-soignant) et Ville (Lyon), un bouton vert Rechercher, puis une offre Aide-soignant (H/F), CDI, Lyon 3e, avec un bouton Postuler.
job-search-apply-region-alert = Alerte (la cloche)
job-search-apply-region-job = La case Métier
job-search-apply-region-search = Rechercher
job-search-apply-region-offer = Le titre de l'offre
job-search-apply-region-apply = Postuler

job-offer-duration = Combien de temps dure ce contrat ?
    .explain = Lire une offre : le type de contrat et sa durée.
    .alt = Une offre : Agent d'entretien (H/F). Contrat : CDD de 6 mois. Temps de travail : 24 h par semaine. Salaire : 1 300 € brut par mois. Lieu : Lille. Pour postuler : envoyez votre CV à recrutement@proprete-nord.fr.
job-offer-duration-opt-six-months = 6 mois
job-offer-duration-opt-twenty-four-hours = 24 heures
job-offer-duration-opt-not-said = Ce n'est pas écrit

job-apply-missing = Le formulaire ne part pas. Choisissez la case qu'il faut encore remplir.
    .explain = Repérer la case obligatoire vide d'un formulaire de candidature.
    .alt = Un formulaire pour postuler : Nom Dupont, Prénom Marie, Téléphone vide et entouré de rouge, E-mail rempli, CV ajouté CV-Marie-Dupont.pdf, et un bouton vert Envoyer.
job-apply-missing-region-name = Nom
job-apply-missing-region-first = Prénom
job-apply-missing-region-phone = Téléphone
job-apply-missing-region-mail = E-mail
job-apply-missing-region-cv = Le CV ajouté
job-apply-missing-region-send = Envoyer

job-offer-where-apply = Choisissez la partie qui dit comment répondre à l'offre.
    .explain = Trouver dans l'offre comment postuler.
    .alt = Une offre : Agent d'entretien (H/F). Contrat : CDD de 6 mois. Temps de travail : 24 h par semaine. Salaire : 1 300 € brut par mois. Lieu : Lille. Pour postuler : envoyez votre CV à recrutement@proprete-nord.fr.
job-offer-where-apply-region-contract = Le contrat
job-offer-where-apply-region-hours = Le temps de travail
job-offer-where-apply-region-salary = Le salaire
job-offer-where-apply-region-place = Le lieu
job-offer-where-apply-region-apply = Pour postuler

job-cv-format = Dans quel format envoyer son CV ?
    .explain = Enregistrer son CV en PDF avant de l'envoyer.
job-cv-format-opt-pdf = En PDF
job-cv-format-opt-zip = Dans un dossier compressé (.zip)
job-cv-format-opt-photo = En photo du CV papier, prise avec le téléphone

job-cv-email-problem = Un détail de ce CV peut gêner un employeur. Choisissez-le.
    .explain = Utiliser une adresse e-mail sérieuse, avec son nom, sur son CV.
    .alt = Le CV de Marie DUPONT : une photo, le nom, l'adresse e-mail bisou-doudou75@mail.fr, le téléphone, puis les parties Expérience (agent d'entretien, employée libre-service), Formation (CAP Propreté) et Compétences.
job-cv-email-problem-region-name = Le nom
job-cv-email-problem-region-email = L'adresse e-mail
job-cv-email-problem-region-phone = Le téléphone
job-cv-email-problem-region-experience = La partie Expérience
job-cv-email-problem-region-training = La partie Formation
job-cv-email-problem-region-skills = La partie Compétences

job-cdi = Dans une offre d'emploi, qu'est-ce qu'un « CDI » ?
    .explain = Comprendre les mots des offres : CDI, CDD, intérim.
job-cdi-opt-permanent = Un contrat sans date de fin
job-cdi-opt-short = Un contrat de quelques jours
job-cdi-opt-training = Une formation

job-cover-message = Vous envoyez votre CV par e-mail. Quel message écrire ?
    .explain = Écrire un court message poli avec son CV.
job-cover-message-opt-polite = « Bonjour, voici ma candidature. Cordialement, Marie Dupont »
job-cover-message-opt-slang = « slt c pour le job jsuis dispo tt de suite rappelez moi »
job-cover-message-opt-empty = Aucun message, juste le CV

job-offer-copy-address = Écrivez l'adresse où envoyer votre CV pour cette offre.
    .explain = Recopier sans erreur l'adresse e-mail d'une offre.
    .alt = Une offre : Agent d'entretien (H/F). Contrat : CDD de 6 mois. Temps de travail : 24 h par semaine. Salaire : 1 300 € brut par mois. Lieu : Lille. Pour postuler : envoyez votre CV à recrutement@proprete-nord.fr.

job-apply-email-order = Mettez dans l'ordre : répondre à une offre par e-mail.
    .explain = Postuler par e-mail, étape par étape.
job-apply-email-order-step-read = Lire l'offre et noter l'adresse
job-apply-email-order-step-write = Écrire un court message
job-apply-email-order-step-attach = Joindre le CV
job-apply-email-order-step-send = Envoyer

job-offer-scam-fee = Quel détail de cette offre doit vous alerter ?
    .explain = Une vraie offre d'emploi ne demande jamais de payer.
    .alt = Une offre : Préparateur de commandes (H/F). Contrat : CDI, temps plein. Lieu : Roissy. Salaire : 1 850 € brut par mois. Horaires : 6 h – 13 h. Pour postuler : payez 50 € de frais de dossier.
job-offer-scam-fee-region-contract = Le contrat
job-offer-scam-fee-region-place = Le lieu
job-offer-scam-fee-region-salary = Le salaire
job-offer-scam-fee-region-hours = Les horaires
job-offer-scam-fee-region-apply = Pour postuler : payer 50 €

job-follow-up = Pas de réponse deux semaines après votre candidature. Que faites-vous ?
    .explain = Relancer poliment un employeur après une candidature.
job-follow-up-opt-polite = J'envoie un court message de relance
job-follow-up-opt-spam = Je renvoie mon CV chaque jour
job-follow-up-opt-give-up = J'abandonne tout de suite

job-cv-private-data = Quelle information faut-il garder pour vous, hors d'un CV en ligne ?
    .explain = Ne pas mettre de données sensibles sur un CV en ligne.
job-cv-private-data-opt-social-security = Votre numéro de sécurité sociale
job-cv-private-data-opt-town = Votre ville et votre code postal
job-cv-private-data-opt-phone = Votre numéro de téléphone portable

job-gross-net = Le salaire est « brut ». Combien recevrez-vous sur votre compte ?
    .explain = Comprendre brut et net : le net, ce que l'on reçoit, est environ un cinquième plus bas que le brut.
    .alt = Une offre : Agent d'entretien (H/F). Contrat : CDD de 6 mois. Temps de travail : 24 h par semaine. Salaire : 1 300 € brut par mois. Lieu : Lille. Pour postuler : envoyez votre CV à recrutement@proprete-nord.fr.
job-gross-net-opt-less = Moins : environ 1 000 €
job-gross-net-opt-same = Exactement 1 300 €, comme dans l'offre
job-gross-net-opt-more = Plus que 1 300 €

job-search-alert = Vous voulez recevoir les nouvelles offres sans chercher chaque jour. Où appuyez-vous ?
    .explain = Créer une alerte pour recevoir les nouvelles offres.
    .alt = Un site d'emploi : en haut, un bouton Alerte avec une cloche. Les cases Métier (Aide-soignant) et Ville (Lyon), un bouton vert Rechercher, puis une offre Aide-soignant (H/F), CDI, Lyon 3e, avec un bouton Postuler.
job-search-alert-region-alert = Alerte (la cloche)
job-search-alert-region-job = La case Métier
job-search-alert-region-city = La case Ville
job-search-alert-region-search = Rechercher
job-search-alert-region-apply = Postuler

job-video-interview = Vous avez un entretien en vidéo demain. Que faites-vous avant ?
    .explain = Préparer un entretien en vidéo : tester le lien, la caméra et le son.
job-video-interview-opt-test = Je teste le lien, la caméra et le son
job-video-interview-opt-nothing = Rien, je verrai demain
job-video-interview-opt-apps = J'installe plusieurs applications au hasard

job-keywords = Comment aider un site d'emploi à trouver votre CV ?
    .explain = Reprendre dans son CV les mots des offres visées.
job-keywords-opt-keywords = Reprendre les mots des offres
job-keywords-opt-colours = Mettre beaucoup de couleurs
job-keywords-opt-capitals = Tout écrire en majuscules

job-offer-town = Dans quelle ville est ce travail ? Choisissez-la.
    .explain = Lire les parties d'une offre : le lieu de travail.
    .alt = Une offre : Agent d'entretien (H/F). Contrat : CDD de 6 mois. Temps de travail : 24 h par semaine. Salaire : 1 300 € brut par mois. Lieu : Lille. Pour postuler : envoyez votre CV à recrutement@proprete-nord.fr.
job-offer-town-region-contract = Le contrat
job-offer-town-region-hours = Le temps de travail
job-offer-town-region-salary = Le salaire
job-offer-town-region-place = Le lieu
job-offer-town-region-apply = Pour postuler

job-job-box = Choisissez la case où écrire le métier que vous cherchez.
    .explain = Reconnaître la case Métier d'un site d'emploi.
    .alt = Un site d'emploi : en haut, un bouton Alerte avec une cloche. Les cases Métier (Aide-soignant) et Ville (Lyon), un bouton vert Rechercher, puis une offre Aide-soignant (H/F), CDI, Lyon 3e, avec un bouton Postuler.
job-job-box-region-alert = Alerte (la cloche)
job-job-box-region-job = La case Métier
job-job-box-region-city = La case Ville
job-job-box-region-search = Rechercher
job-job-box-region-apply = Postuler

job-type-job = Sur un site d'emploi, écrivez le métier que vous cherchez : aide à domicile
    .explain = Écrire un métier dans la recherche d'un site d'emploi.
