## Domains and training topics of the item bank.

domain-device = Utiliser un appareil
domain-email = L'e-mail
domain-job = CV et recherche d'emploi
domain-privacy = Données personnelles et sécurité
domain-facts = Vérifier une information
domain-shopping = Acheter en ligne
domain-procedures = Démarches en ligne

topic-device-touch = Utiliser un écran tactile
topic-device-apps = Ouvrir et utiliser une application
topic-device-files = Retrouver une photo ou un document
topic-email-read = Lire ses e-mails
topic-email-send = Écrire et envoyer un e-mail
topic-email-attach = Joindre un document à un e-mail
topic-email-phishing = Reconnaître un faux message (hameçonnage)
topic-job-cv = Faire son CV en ligne
topic-job-search = Chercher une offre d'emploi en ligne
topic-job-apply = Répondre à une offre en ligne
topic-privacy-passwords = Choisir et garder ses mots de passe
topic-privacy-cookies = Comprendre les cookies
topic-privacy-settings = Régler la confidentialité de ses comptes
topic-privacy-scams = Éviter les arnaques
topic-facts-sources = Vérifier la source d'une information
topic-facts-images = Vérifier une photo
topic-facts-social = Lire les réseaux sociaux avec recul
topic-shopping-payment = Payer en ligne en sécurité
topic-shopping-fake-shops = Reconnaître un faux site marchand
topic-shopping-checkout = Passer une commande en ligne
topic-procedures-login = Se connecter avec FranceConnect
topic-procedures-forms = Remplir un formulaire en ligne
topic-procedures-documents = Envoyer un justificatif en ligne
topic-procedures-official-sites = Reconnaître un site officiel
