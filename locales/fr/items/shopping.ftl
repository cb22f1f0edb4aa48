## Repère — shopping items (fr). Keys follow assessments/items/shopping.toml.

shopping-add-to-cart = Vous voulez acheter cette bouilloire. Choisissez le bon bouton.
    .explain = Mettre un article dans le panier avec Ajouter au panier.
    .alt = Une boutique en ligne, MaisonPratique. En haut : une barre Rechercher et un panier. Au milieu : la photo d'une bouilloire électrique à 29,90 €, un bouton Ajouter au panier et un bouton Favoris.
shopping-add-to-cart-region-search = La barre Rechercher
shopping-add-to-cart-region-cart = Le panier en haut
shopping-add-to-cart-region-photo = La photo de la bouilloire
shopping-add-to-cart-region-add = Ajouter au panier
shopping-add-to-cart-region-favourites = Favoris

shopping-search-bar = Vous cherchez autre chose. Où l'écrivez-vous ?
    .explain = Chercher un article avec la barre Rechercher.
    .alt = Une boutique en ligne, MaisonPratique. En haut : une barre Rechercher et un panier. Au milieu : la photo d'une bouilloire électrique à 29,90 €, un bouton Ajouter au panier et un bouton Favoris.
shopping-search-bar-region-logo = Le nom de la boutique
shopping-search-bar-region-search = La barre Rechercher
shopping-search-bar-region-cart = Le panier en haut
shopping-search-bar-region-photo = La photo de la bouilloire
shopping-search-bar-region-add = Ajouter au panier

shopping-pay-button = Votre panier est prêt. Où appuyer pour passer au paiement ?
    .explain = Passer au paiement depuis le panier.
    .alt = Mon panier : une bouilloire électrique à 29,90 €, un lien Supprimer, des boutons moins et plus autour du chiffre 1. Livraison 4,90 €. Total 34,80 €. Un bouton Valider et payer.
shopping-pay-button-region-delete = Supprimer
shopping-pay-button-region-minus = Le bouton moins
shopping-pay-button-region-plus = Le bouton plus
shopping-pay-button-region-total = La ligne Total
shopping-pay-button-region-pay = Valider et payer

shopping-cart-icon = Où appuyer pour voir votre panier ?
    .explain = Reconnaître l'icône du panier en haut de la boutique.
    .alt = Une boutique en ligne, MaisonPratique. En haut : une barre Rechercher et un panier. Au milieu : la photo d'une bouilloire électrique à 29,90 €, un bouton Ajouter au panier et un bouton Favoris.
shopping-cart-icon-region-logo = Le nom de la boutique
shopping-cart-icon-region-search = La barre Rechercher
shopping-cart-icon-region-cart = Le panier en haut
shopping-cart-icon-region-add = Ajouter au panier
shopping-cart-icon-region-favourites = Favoris

shopping-quantity-plus = Vous voulez deux bouilloires. Choisissez le bon bouton.
    .explain = Changer la quantité d'un article dans le panier.
    .alt = Mon panier : une bouilloire électrique à 29,90 €, un lien Supprimer, des boutons moins et plus autour du chiffre 1. Livraison 4,90 €. Total 34,80 €. Un bouton Valider et payer.
shopping-quantity-plus-region-delete = Supprimer
shopping-quantity-plus-region-minus = Le bouton moins
shopping-quantity-plus-region-plus = Le bouton plus
shopping-quantity-plus-region-total = La ligne Total
shopping-quantity-plus-region-pay = Valider et payer

shopping-total-price = Combien allez-vous payer en tout ?
    .explain = Lire le total du panier, livraison comprise.
    .alt = Mon panier : une bouilloire électrique à 29,90 €, un lien Supprimer, des boutons moins et plus autour du chiffre 1. Livraison 4,90 €. Total 34,80 €. Un bouton Valider et payer.
shopping-total-price-opt-price-29-90 = 29,90 €
shopping-total-price-opt-price-4-90 = 4,90 €
shopping-total-price-opt-price-34-80 = 34,80 €

shopping-too-good = Cette offre est-elle sérieuse ?
    .explain = Se méfier d'un prix trop bas et d'un compte à rebours.
    .alt = Une publicité rouge : SUPER AFFAIRE ! Smartphone neuf, 969 € barré, 19 €. Plus que 2 minutes ! Un bouton J'en profite.
shopping-too-good-opt-too-good = Non, c'est trop beau pour être vrai
shopping-too-good-opt-yes-quick = Oui, il faut vite en profiter
shopping-too-good-opt-yes-new = Oui, il est écrit neuf

shopping-postcode-entry = Tapez le code postal de votre adresse.
    .explain = Remplir son adresse de livraison sans erreur.
    .alt = Un formulaire Adresse de livraison : Rue, 12 rue des Lilas ; Code postal, vide ; Ville, Lyon. Un papier jaune : Mon adresse : 12 rue des Lilas, 69003 Lyon.

shopping-card-number-field = Où tapez-vous les 16 chiffres de votre carte ?
    .explain = Remplir un formulaire de paiement par carte.
    .alt = Une page Paiement par carte. En haut, la barre d'adresse avec un cadenas et https://www.maisonpratique.fr/paiement. Des cases : Nom sur la carte, Numéro de carte, Date d'expiration, Cryptogramme. Un bouton Payer 34,80 €.
shopping-card-number-field-region-title = Le titre Paiement par carte
shopping-card-number-field-region-name = Nom sur la carte
shopping-card-number-field-region-number = Numéro de carte
shopping-card-number-field-region-expiry = Date d'expiration
shopping-card-number-field-region-cvc = Cryptogramme
shopping-card-number-field-region-pay = Payer 34,80 €

shopping-track-parcel = Vous voulez savoir où est votre colis. Choisissez le bon bouton.
    .explain = Suivre la livraison d'une commande.
    .alt = La commande n° 58213 : expédiée le 12 mai, livraison prévue le 15 mai. Quatre boutons : Suivre mon colis, Retourner un article, Voir la facture, Contacter le vendeur.
shopping-track-parcel-region-status = La ligne Expédiée le 12 mai
shopping-track-parcel-region-track = Suivre mon colis
shopping-track-parcel-region-return = Retourner un article
shopping-track-parcel-region-invoice = Voir la facture
shopping-track-parcel-region-contact = Contacter le vendeur

shopping-card-pin = Sur internet, tapez-vous le code secret à 4 chiffres de votre carte ?
    .explain = Le code secret de la carte ne se tape jamais sur internet.
shopping-card-pin-opt-never = Jamais
shopping-card-pin-opt-always = Toujours
shopping-card-pin-opt-big-amount = Seulement pour un gros achat

shopping-padlock = Quel signe montre que la connexion à ce site est chiffrée ?
    .explain = Repérer « https:// » au début de l'adresse : la connexion est chiffrée. Mais https (ou un cadenas) ne prouve pas que le site est honnête.
    .alt = Une page Paiement par carte. En haut, la barre d'adresse : une icône de réglages (deux curseurs) puis https://www.maisonpratique.fr/paiement. Des cases : Nom sur la carte, Numéro de carte, Date d'expiration, Cryptogramme. Un bouton Payer 34,80 €.
shopping-padlock-region-tune = L'icône de réglages (deux curseurs)
shopping-padlock-region-url = L'adresse https://www.maisonpratique.fr/paiement
shopping-padlock-region-title = Le titre Paiement par carte
shopping-padlock-region-number = Numéro de carte
shopping-padlock-region-pay = Payer 34,80 €

shopping-checkout-order = Acheter en ligne : mettez les étapes dans l'ordre.
    .explain = Connaître les étapes d'un achat en ligne.
shopping-checkout-order-step-choose = Choisir l'article
shopping-checkout-order-step-basket = Le mettre dans le panier
shopping-checkout-order-step-address = Donner l'adresse de livraison
shopping-checkout-order-step-pay = Payer

shopping-return-item = Le pull reçu est trop petit. Où appuyer pour le renvoyer ?
    .explain = Retourner un article depuis sa commande.
    .alt = La commande n° 58213 : expédiée le 12 mai, livraison prévue le 15 mai. Quatre boutons : Suivre mon colis, Retourner un article, Voir la facture, Contacter le vendeur.
shopping-return-item-region-status = La ligne Expédiée le 12 mai
shopping-return-item-region-track = Suivre mon colis
shopping-return-item-region-return = Retourner un article
shopping-return-item-region-invoice = Voir la facture
shopping-return-item-region-contact = Contacter le vendeur

shopping-payment-code-entry = Votre banque vous envoie un code pour valider l'achat. Tapez-le.
    .explain = Valider un paiement avec le code envoyé par la banque.
    .alt = Un SMS de MaBanque : Code 5817 pour payer 34,80 € chez MaisonPratique. En dessous, une page Validation du paiement : 34,80 €, une case pour le code et un bouton Valider.

shopping-relay-point = Que veut dire une livraison « en point relais » ?
    .explain = Choisir son mode de livraison : domicile ou point relais.
shopping-relay-point-opt-shop-pickup = Vous allez chercher le colis dans un commerce
shopping-relay-point-opt-home = Le colis arrive chez vous
shopping-relay-point-opt-post-box = Le colis est déposé dans votre boîte aux lettres

shopping-return-days = Après un achat en ligne, combien de temps pour changer d'avis ?
    .explain = Connaître le délai de rétractation de 14 jours.
shopping-return-days-opt-days-14 = 14 jours
shopping-return-days-opt-days-2 = 48 heures
shopping-return-days-opt-never = Jamais
shopping-return-days-opt-year = Un an

shopping-fake-shop-shoes = Cette boutique est-elle fiable ?
    .explain = Reconnaître une fausse boutique : prix fou, adresse qui imite une marque.
    .alt = Un site à l'adresse nike-soldes-france.shop, avec un cadenas. DÉSTOCKAGE TOTAL -80 %. Baskets Nike Air : 129,99 € barré, 19,99 €. Plus que 3 paires ! Bouton Acheter.
shopping-fake-shop-shoes-opt-too-cheap-odd-address = Non : prix trop bas et adresse bizarre
shopping-fake-shop-shoes-opt-yes-brand = Oui : la marque et le logo sont bien là
shopping-fake-shop-shoes-opt-yes-padlock = Oui : il y a un cadenas

shopping-fake-shop-tv = Cette boutique est-elle fiable ?
    .explain = Reconnaître une fausse boutique : prix fou, adresse qui imite une marque.
    .alt = Un site à l'adresse samsung-outlet-fr.store, avec un cadenas. DÉSTOCKAGE TOTAL -80 %. Télé Samsung 65 pouces : 1 299 € barré, 89 €. Offre limitée : 10 minutes. Bouton Acheter.
shopping-fake-shop-tv-opt-too-cheap-odd-address = Non : prix trop bas et adresse bizarre
shopping-fake-shop-tv-opt-yes-brand = Oui : la marque et le logo sont bien là
shopping-fake-shop-tv-opt-yes-padlock = Oui : il y a un cadenas

shopping-no-https = Cette page de paiement n'est pas sûre. Choisissez ce qui le montre.
    .explain = Vérifier la barre d'adresse avant de payer : https, pas « Non sécurisé ».
    .alt = Une page Paiement sécurisé avec les logos VISA et CB, une case Numéro de carte et un bouton Payer 59,90 €. En haut, la barre d'adresse : un triangle rouge, Non sécurisé, http://paiement-carte.shop/cb.
shopping-no-https-region-address = La barre d'adresse
shopping-no-https-region-title = Le titre Paiement sécurisé
shopping-no-https-region-logos = Les logos VISA et CB
shopping-no-https-region-card-number = La case Numéro de carte
shopping-no-https-region-pay = Payer 59,90 €

shopping-parcel-sms = Vous attendez un colis. Vous recevez ce SMS. Que faites-vous ?
    .explain = Reconnaître un faux SMS de livraison qui demande de payer.
    .alt = Un SMS d'un numéro de portable : Colis : votre livraison est en attente. Payez 1,45 € de frais pour la recevoir : colis-suivi-fr.info.
shopping-parcel-sms-opt-delete = Je supprime le SMS sans ouvrir le lien
shopping-parcel-sms-opt-pay = Je paie, ce n'est pas cher
shopping-parcel-sms-opt-look = J'ouvre le lien pour voir

shopping-compare-total = Où payez-vous le moins, livraison comprise ?
    .explain = Comparer les prix en ajoutant la livraison.
    .alt = La même bouilloire dans trois boutiques. Boutique A : 24,90 € plus 6,90 € de livraison. Boutique B : 27,50 €, livraison gratuite. Boutique C : 22,00 € plus 8,50 € de livraison.
shopping-compare-total-opt-shop-a = Boutique A
shopping-compare-total-opt-shop-b = Boutique B
shopping-compare-total-opt-shop-c = Boutique C

shopping-return-order = Renvoyer un article : mettez les étapes dans l'ordre.
    .explain = Savoir faire un retour après un achat en ligne.
shopping-return-order-step-orders = Ouvrir Mes commandes
shopping-return-order-step-choose-return = Choisir Retourner un article
shopping-return-order-step-print-label = Imprimer l'étiquette de retour ou montrer le QR code
shopping-return-order-step-drop-parcel = Déposer le colis

shopping-legal-notice = Pour savoir qui tient une boutique en ligne, que regardez-vous ?
    .explain = Lire les mentions légales : nom, adresse et numéro de l'entreprise.
shopping-legal-notice-opt-legal-notice = Les mentions légales
shopping-legal-notice-opt-photos = Les photos des produits
shopping-legal-notice-opt-prices = Les prix

shopping-preticked-box = Vous vouliez payer 34,80 €. Choisissez ce qui a augmenté le total.
    .explain = Décocher les options ajoutées sans qu'on les demande.
    .alt = Un récapitulatif : Bouilloire électrique 29,90 €, Livraison 4,90 €, une case cochée Assurance casse 2 ans 9,99 €, une case vide Recevoir nos offres par e-mail. Total : 44,79 €. Bouton Payer.
shopping-preticked-box-region-product = La bouilloire
shopping-preticked-box-region-delivery = La livraison
shopping-preticked-box-region-insurance = L'assurance casse cochée
shopping-preticked-box-region-newsletter = Recevoir nos offres
shopping-preticked-box-region-pay = Payer

shopping-coupon-payment = Un vendeur de petites annonces veut être payé en coupons recharge. Que faites-vous ?
    .explain = Refuser les paiements par coupon, mandat ou virement à un inconnu.
shopping-coupon-payment-opt-refuse = Je refuse et je propose un paiement par le site
shopping-coupon-payment-opt-accept = J'accepte, c'est rapide
shopping-coupon-payment-opt-half = J'envoie d'abord la moitié du prix

shopping-third-party-seller = Qui vous vend vraiment cet aspirateur ? Choisissez l'information.
    .explain = Sur une place de marché, vérifier qui est le vrai vendeur.
    .alt = Une page du site GrandMarché : Aspirateur sans fil Dyzon V8, 89,00 €. Vendu et expédié par : TopDeal-Express. Livraison : 15 à 30 jours. Bouton Ajouter au panier.
shopping-third-party-seller-region-shop-name = Le nom GrandMarché
shopping-third-party-seller-region-title = Le nom de l'aspirateur
shopping-third-party-seller-region-price = Le prix
shopping-third-party-seller-region-seller = Vendu et expédié par
shopping-third-party-seller-region-delivery = Le délai de livraison
shopping-third-party-seller-region-add = Ajouter au panier

shopping-subscription-trap = Où se cache le piège de cette offre ?
    .explain = Lire les petites lignes avant de commander un « essai gratuit ».
    .alt = Une publicité : ÉCHANTILLON GRATUIT ! Crème anti-âge, payez seulement 1,95 € de livraison, bouton Je le veux ! En bas, en petit et en gris : En commandant, vous acceptez un abonnement à 49,90 € par mois.
shopping-subscription-trap-region-headline = Échantillon gratuit
shopping-subscription-trap-region-product = Le pot de crème
shopping-subscription-trap-region-delivery = Payez seulement 1,95 €
shopping-subscription-trap-region-order = Je le veux !
shopping-subscription-trap-region-small-print = Le petit texte gris en bas

shopping-safest-payment = Quel paiement vous protège le mieux en cas de problème ?
    .explain = Préférer la carte bancaire : on peut contester un paiement.
shopping-safest-payment-opt-card = La carte bancaire
shopping-safest-payment-opt-transfer = Le virement bancaire
shopping-safest-payment-opt-cash-voucher = Le coupon recharge

shopping-never-delivered = Vous avez payé par carte et rien reçu. Le site ne répond plus. Que faites-vous ?
    .explain = Contester un paiement par carte auprès de sa banque.
shopping-never-delivered-opt-bank-dispute = Demander à ma banque de contester le paiement
shopping-never-delivered-opt-wait = Attendre encore : le colis finira bien par arriver
shopping-never-delivered-opt-pay-again = Commander une deuxième fois

## Ajouts (issue 14) : faux liens de paiement entre particuliers, et où signaler une entreprise.

shopping-marketplace-fake-link = Vous vendez votre canapé. L'acheteur envoie ce message. Que faites-vous ?
    .explain = On ne reçoit jamais d'argent en donnant sa carte sur un lien envoyé par l'acheteur : c'est une arnaque.
    .alt = Une conversation avec « Acheteur canapé ». Premier message : « Bonjour, je prends votre canapé à 150 €. J'ai payé par paiement sécurisé. » Deuxième message : « Pour recevoir l'argent, cliquez ici et entrez votre carte bancaire : paiement-securise-annonces.com/recevoir. Faites vite, l'offre expire dans 1 h ! »
shopping-marketplace-fake-link-opt-click-card = Je clique et j'entre ma carte pour recevoir l'argent
shopping-marketplace-fake-link-opt-click-rib = Je clique, mais je donne seulement mon RIB
shopping-marketplace-fake-link-opt-no-click = Je ne clique pas et je reste sur le site

shopping-marketplace-off-platform = Un acheteur veut continuer la discussion sur WhatsApp. Pourquoi se méfier ?
    .explain = Rester sur la messagerie du site de petites annonces : en dehors, la vente n'est plus protégée.
shopping-marketplace-off-platform-opt-not-protected = En dehors du site, la vente n'est plus protégée
shopping-marketplace-off-platform-opt-whatsapp-paid = Les messages WhatsApp sont payants
shopping-marketplace-off-platform-opt-faster = Il n'y a pas de raison : c'est juste plus rapide et pratique

shopping-report-signalconso = Un site refuse de rembourser un article renvoyé à temps. Où le signaler ?
    .explain = Signaler un problème avec une entreprise ou un site marchand : SignalConso (signal.conso.gouv.fr).
shopping-report-signalconso-opt-pharos = Sur PHAROS
shopping-report-signalconso-opt-signalconso = Sur SignalConso
shopping-report-signalconso-opt-number-33700 = Au 33700

shopping-bank-app-unknown = Votre application bancaire demande de valider un paiement. Vous n'achetez rien. Que faites-vous ?
    .explain = Ne jamais valider un paiement que l'on n'a pas fait : refuser, puis appeler sa banque au numéro habituel.
shopping-bank-app-unknown-opt-refuse-call = Je refuse, puis j'appelle ma banque
shopping-bank-app-unknown-opt-validate-see = Je valide pour voir de quoi il s'agit
shopping-bank-app-unknown-opt-validate-bank = Je valide : c'est ma banque qui le demande

shopping-remove-item = Vous ne voulez plus la bouilloire. Choisissez où appuyer pour l'enlever du panier.
    .explain = Enlever un article du panier.
    .alt = Mon panier : une bouilloire électrique à 29,90 €, un lien Supprimer, des boutons moins et plus autour du chiffre 1. Livraison 4,90 €. Total 34,80 €. Un bouton Valider et payer.
shopping-remove-item-region-delete = Supprimer
shopping-remove-item-region-minus = Le bouton moins
shopping-remove-item-region-plus = Le bouton plus
shopping-remove-item-region-total = La ligne Total
shopping-remove-item-region-pay = Valider et payer

shopping-type-promo = Recopiez ce code de réduction : NOEL10
    .explain = Recopier un code de réduction sans erreur.

shopping-search-order = Chercher un article sur un site de vente : mettez les étapes dans l'ordre.
    .explain = Chercher un article avec la barre de recherche d'un site.
shopping-search-order-step-tap-bar = Appuyer dans la barre de recherche
shopping-search-order-step-type = Écrire le nom de l'article
shopping-search-order-step-search = Appuyer sur la loupe
shopping-search-order-step-pick = Choisir l'article dans la liste
