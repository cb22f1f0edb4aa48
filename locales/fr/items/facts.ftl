## Repère — facts items (fr). Keys follow assessments/items/facts.toml.

facts-all-true = Tout ce qu'on lit sur internet est-il vrai ?
    .explain = Savoir qu'une information en ligne peut être fausse.
facts-all-true-opt-no-check = Non, il faut vérifier
facts-all-true-opt-yes = Oui, tout est vrai
facts-all-true-opt-yes-if-written = Oui, si c'est bien écrit

facts-post-author = Choisissez le nom de celui qui a publié ce message.
    .explain = Repérer qui a publié un message.
    .alt = Un message d'Info Choc 24, il y a 2 heures : URGENT !!! Le lait en brique rend les enfants malades. PARTAGEZ VITE ! Un lien vers ACTU-VERITE-CHOC.INFO : Le lait, poison caché ? 12 000 J'aime. Boutons J'aime, Commenter, Partager.
facts-post-author-region-author = Le nom Info Choc 24
facts-post-author-region-text = Le texte en rouge
facts-post-author-region-link = Le lien vers ACTU-VERITE-CHOC.INFO
facts-post-author-region-like = J'aime
facts-post-author-region-share = Partager

facts-news-date = Choisissez la date de l'article.
    .explain = Trouver la date d'un article.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-news-date-region-headline = Le titre
facts-news-date-region-author = Par Claire Dubois
facts-news-date-region-date = Publié le 3 mars 2019
facts-news-date-region-photo = La photo
facts-news-date-region-ad = L'encadré Publicité

facts-shocking-first = Avant de partager ce message, que faites-vous ?
    .explain = Vérifier une information choc avant de la partager.
    .alt = Un message d'Info Choc 24, il y a 2 heures : URGENT !!! Le lait en brique rend les enfants malades. PARTAGEZ VITE ! Un lien vers ACTU-VERITE-CHOC.INFO : Le lait, poison caché ? 12 000 J'aime. Boutons J'aime, Commenter, Partager.
facts-shocking-first-opt-check = Je vérifie si c'est vrai
facts-shocking-first-opt-share-now = Je partage tout de suite, c'est urgent
facts-shocking-first-opt-like = J'aime le message

facts-news-author = Choisissez le nom de la personne qui a écrit l'article.
    .explain = Trouver l'auteur d'un article.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-news-author-region-site-name = Le nom du journal
facts-news-author-region-headline = Le titre
facts-news-author-region-author = Par Claire Dubois
facts-news-author-region-date = Publié le 3 mars 2019
facts-news-author-region-text = Le texte de l'article

facts-caps-warning = Un message en MAJUSCULES dit « URGENT, partagez vite !!! ». Que faut-il faire ?
    .explain = Se méfier des messages qui poussent à partager vite.
facts-caps-warning-opt-be-wary = Se méfier
facts-caps-warning-opt-believe = Le croire, c'est urgent
facts-caps-warning-opt-forward = L'envoyer à tous ses amis

facts-find-ad = Choisissez la publicité sur cette page.
    .explain = Distinguer une publicité d'un article.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-find-ad-region-headline = Le titre
facts-find-ad-region-site-name = Le nom du journal
facts-find-ad-region-author = Par Claire Dubois
facts-find-ad-region-date = Publié le 3 mars 2019
facts-find-ad-region-photo = La photo
facts-find-ad-region-text = Le texte de l'article
facts-find-ad-region-ad = L'encadré Publicité

facts-date-entry = En quelle année cet article a-t-il été publié ? Tapez l'année.
    .explain = Lire la date d'un article pour savoir s'il est récent.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.

facts-read-whole = Un titre vous surprend. Que faites-vous pour bien comprendre ?
    .explain = Lire l'article en entier, pas seulement le titre.
facts-read-whole-opt-read-article = Je lis tout l'article
facts-read-whole-opt-title-enough = Le titre suffit
facts-read-whole-opt-look-photo = Je regarde seulement la photo

facts-site-address = Choisissez l'adresse internet de ce site.
    .explain = Repérer l'adresse du site dans la barre du haut.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-site-address-region-address = L'adresse du site
facts-site-address-region-site-name = Le nom du journal
facts-site-address-region-headline = Le titre
facts-site-address-region-author = Par Claire Dubois
facts-site-address-region-photo = La photo

facts-other-media = Comment vérifier une information surprenante ?
    .explain = Comparer une information avec d'autres sources sérieuses.
facts-other-media-opt-search-elsewhere = Je cherche si d'autres médias en parlent
facts-other-media-opt-ask-author = Je pose la question à l'auteur
facts-other-media-opt-count-shares = Je compte les partages

facts-opinion = Laquelle de ces phrases est une opinion ?
    .explain = Distinguer un fait d'une opinion.
facts-opinion-opt-film-bad = Ce film est nul
facts-opinion-opt-film-length = Ce film dure deux heures
facts-opinion-opt-film-year = Ce film est sorti en 2022

facts-old-news = Un ami partage cet article aujourd'hui. Qu'en pensez-vous ?
    .explain = Vérifier la date : une vieille information peut être dépassée.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-old-news-opt-outdated = Ce n'est peut-être plus vrai
facts-old-news-opt-true-today = Il n'y aura pas de bus lundi
facts-old-news-opt-false = L'article est faux

facts-source-link = De quel site vient cette information ? Choisissez-le.
    .explain = Trouver le site d'origine d'une information.
    .alt = Un message d'Info Choc 24, il y a 2 heures : URGENT !!! Le lait en brique rend les enfants malades. PARTAGEZ VITE ! Un lien vers ACTU-VERITE-CHOC.INFO : Le lait, poison caché ? 12 000 J'aime. Boutons J'aime, Commenter, Partager.
facts-source-link-region-author = Le nom Info Choc 24
facts-source-link-region-text = Le texte en rouge
facts-source-link-region-link = Le lien vers ACTU-VERITE-CHOC.INFO
facts-source-link-region-like = J'aime
facts-source-link-region-share = Partager

facts-check-order = Une information choc : mettez les étapes dans l'ordre.
    .explain = Suivre les étapes pour vérifier avant de partager.
facts-check-order-step-stop = Ne pas partager tout de suite
facts-check-order-step-who = Regarder qui l'a publié
facts-check-order-step-search = Chercher si d'autres médias en parlent
facts-check-order-step-decide = Partager seulement si c'est confirmé

facts-many-likes = Ce message a 12 000 « J'aime ». Est-il vrai pour autant ?
    .explain = Savoir que beaucoup de « J'aime » ne prouvent pas qu'une info est vraie.
    .alt = Un message d'Info Choc 24, il y a 2 heures : URGENT !!! Le lait en brique rend les enfants malades. PARTAGEZ VITE ! Un lien vers ACTU-VERITE-CHOC.INFO : Le lait, poison caché ? 12 000 J'aime. Boutons J'aime, Commenter, Partager.
facts-many-likes-opt-no = Non, ça ne prouve rien
facts-many-likes-opt-yes = Oui, tant de gens ne se trompent pas
facts-many-likes-opt-probably = Oui, sûrement

facts-reverse-search = Vous voulez savoir d'où vient cette photo. Choisissez la bonne option.
    .explain = Faire une recherche par image pour trouver l'origine d'une photo.
    .alt = Une photo avec un menu ouvert : Enregistrer l'image, Copier l'image, Rechercher l'image, Partager l'image.
facts-reverse-search-region-save = Enregistrer l'image
facts-reverse-search-region-copy = Copier l'image
facts-reverse-search-region-search = Rechercher l'image
facts-reverse-search-region-share = Partager l'image

facts-satire = Un site publie des histoires drôles présentées comme des infos. De quel site s'agit-il ?
    .explain = Reconnaître un site parodique qui invente pour faire rire.
facts-satire-opt-parody = Un site d'humour : c'est inventé
facts-satire-opt-news = Un journal très sérieux
facts-satire-opt-official = Un site officiel

facts-photo-context = Comment savoir si cette photo date vraiment de ce matin ?
    .explain = Chercher une photo en ligne pour voir où et quand elle est parue.
    .alt = Un message de Marc_infos, il y a 20 minutes : Paris sous l'eau ce matin !!! Une photo de la tour Eiffel dans l'eau, avec un aileron de requin.
facts-photo-context-opt-image-search = Faire une recherche avec la photo
facts-photo-context-opt-likes = Compter les « J'aime »
facts-photo-context-opt-zoom = Agrandir la photo
facts-photo-context-opt-trust = Croire Marc, il était là

facts-fake-domain = Est-ce le vrai site de France Info ?
    .explain = Vérifier l'adresse : le vrai site de France Info est francetvinfo.fr.
    .alt = Une page qui ressemble à franceinfo, à l'adresse franceinfo-actu.net/alerte : ALERTE. L'euro va disparaître en mai : retirez vite votre argent !
facts-fake-domain-opt-wrong-address = Non : l'adresse n'est pas la vraie
facts-fake-domain-opt-yes-logo = Oui : le logo de France Info est là
facts-fake-domain-opt-yes-padlock = Oui : il y a un cadenas

facts-photo-check-order = Vérifier une photo : mettez les étapes dans l'ordre.
    .explain = Savoir vérifier l'origine d'une photo pas à pas.
facts-photo-check-order-step-press = Appuyer longtemps sur la photo
facts-photo-check-order-step-search = Choisir de chercher cette image (Google Lens, par exemple)
facts-photo-check-order-step-oldest = Trouver la plus ancienne parution
facts-photo-check-order-step-compare = Comparer la date et le lieu

facts-sponsored = Qu'est-ce qu'un article marqué « Sponsorisé » ?
    .explain = Repérer les contenus sponsorisés, payés par une marque.
facts-sponsored-opt-paid-brand = Payé par une marque
facts-sponsored-opt-journalist = Écrit librement par un journaliste
facts-sponsored-opt-reader = Écrit par un lecteur

facts-fact-check-site = Pour savoir si une rumeur est fausse, où chercher le plus sûrement ?
    .explain = Utiliser les sites de vérification des médias (par exemple AFP Factuel).
facts-fact-check-site-opt-fact-check = Une rubrique de vérification d'un média
facts-fact-check-site-opt-forum = Un forum de discussion
facts-fact-check-site-opt-comments = Les commentaires du message

facts-deepfake = Dans une vidéo, un ministre dit une chose incroyable. Que faut-il savoir ?
    .explain = Savoir qu'une vidéo ou une voix peut être fabriquée avec l'intelligence artificielle (IA).
facts-deepfake-opt-computer-made = Elle peut être fabriquée avec l'IA
facts-deepfake-opt-always-real = Elle est forcément vraie : on la voit
facts-deepfake-opt-views = Elle est vraie si elle a beaucoup de vues

facts-who-behind = Qui possède ce site ? Choisissez où le trouver.
    .explain = Chercher qui possède et finance un site d'information.
    .alt = Le bas d'un site d'actualité : un bouton Haut de page, puis quatre liens : Qui sommes-nous ?, Lettre d'infos, Jeux et mots croisés, Nous suivre.
facts-who-behind-region-top = Haut de page
facts-who-behind-region-about = Qui sommes-nous ?
facts-who-behind-region-newsletter = Lettre d'infos
facts-who-behind-region-games = Jeux et mots croisés
facts-who-behind-region-social = Nous suivre

facts-bot-account = Quel détail fait penser que ce compte est un robot ?
    .explain = Repérer les faux comptes : nom à chiffres, pas de photo, trop de messages.
    .alt = Le profil de Marie83451925, sans photo, compte créé en mai 2024. Abonnés : 3. Abonnements : 4 900. Messages par jour : environ 300.
facts-bot-account-opt-posts-per-day = Environ 300 messages par jour
facts-bot-account-opt-holiday-photos = Il publie des photos de ses vacances
facts-bot-account-opt-has-profile = Il a une page de profil

facts-primary-source = Un message dit « une étude prouve que… ». Que faut-il faire ?
    .explain = Remonter à la source d'origine d'une information.
facts-primary-source-opt-read-study = Trouver l'étude elle-même
facts-primary-source-opt-trust = Croire le message
facts-primary-source-opt-comments = Lire les commentaires

facts-small-numbers = « Les vols doublent au village » : de 2 à 4. Qu'en penser ?
    .explain = Regarder les vrais chiffres derrière un pourcentage ou un « double ».
facts-small-numbers-opt-few-cases = Ça ne fait que 2 vols de plus
facts-small-numbers-opt-crime-wave = Le village est devenu dangereux
facts-small-numbers-opt-false = Le titre est forcément faux

facts-graph-axis = Ce graphique exagère-t-il la hausse du prix ?
    .explain = Lire l'échelle d'un graphique avant de conclure.
    .alt = Un graphique : Prix de la baguette, ça explose ! 1,00 € en 2023, 1,05 € en 2024. La barre de 2024 semble trois fois et demie plus haute, car l'échelle commence à 0,98 €.
facts-graph-axis-opt-scale = Oui : l'échelle ne part pas de zéro
facts-graph-axis-opt-tripled = Non : le prix a triplé
facts-graph-axis-opt-clear = Non : les barres montrent bien la hausse

## Ajouts (issue 14) : images fabriquées par IA et réponses des robots conversationnels.

facts-ai-image-possible = Une photo très réaliste circule. Une IA (intelligence artificielle) a-t-elle pu la fabriquer ?
    .explain = Une IA peut fabriquer une photo très réaliste, sans défaut visible.
facts-ai-image-possible-opt-only-drawings = Non : une IA fait seulement des dessins
facts-ai-image-possible-opt-yes-even-flawless = Oui, même si on ne voit aucun défaut
facts-ai-image-possible-opt-only-with-errors = Seulement si on voit des erreurs, comme des doigts en trop

facts-ai-image-check = Une photo choc circule. Comment savoir si elle est vraie ?
    .explain = Vérifier une photo par sa source : des médias sérieux la montrent-ils ? D'où vient-elle ?
facts-ai-image-check-opt-zoom = Je l'agrandis : si je ne vois pas d'erreur, elle est vraie
facts-ai-image-check-opt-likes = Je regarde le nombre de « J'aime »
facts-ai-image-check-opt-serious-media = Je cherche si des médias sérieux la montrent

facts-chatbot-check = Une IA qui répond à vos questions vous donne une date limite pour la CAF. Que faites-vous ?
    .explain = Une IA peut se tromper avec assurance : vérifier sur le site officiel.
facts-chatbot-check-opt-official-site = Je vérifie sur le site officiel, caf.fr
facts-chatbot-check-opt-trust = Je le crois : une IA ne se trompe pas
facts-chatbot-check-opt-ask-sure = Je lui demande si elle est sûre ; si elle dit oui, je la crois

facts-chatbot-source = Une IA qui répond à vos questions cite une étude. Pouvez-vous la croire ?
    .explain = Une IA peut inventer des études et des liens : retrouver et lire la source soi-même.
facts-chatbot-source-opt-sure-found = Oui : l'IA l'a trouvée, elle est donc sûre
facts-chatbot-source-opt-sure-long = Oui, si la réponse de l'IA est longue et précise
facts-chatbot-source-opt-find-it = Pas sans la retrouver : l'IA peut en inventer

facts-headline = Choisissez le titre de l'article.
    .explain = Repérer le titre d'un article.
    .alt = Un article du site www.quotidien-du-nord.fr, Le Quotidien du Nord : Grève : aucun bus ce lundi. Par Claire Dubois. Publié le 3 mars 2019. Une photo de bus, du texte et un encadré PUBLICITÉ : Crédit facile en 24 h.
facts-headline-region-site-name = Le nom du journal
facts-headline-region-headline = Le titre
facts-headline-region-author = Par Claire Dubois
facts-headline-region-date = Publié le 3 mars 2019
facts-headline-region-text = Le texte de l'article

facts-share-button = Choisissez le bouton pour envoyer ce message à vos amis.
    .explain = Savoir ce que fait « Partager » : envoyer le message à d'autres.
    .alt = Un message d'Info Choc 24, il y a 2 heures : URGENT !!! Le lait en brique rend les enfants malades. PARTAGEZ VITE ! Un lien vers ACTU-VERITE-CHOC.INFO : Le lait, poison caché ? 12 000 J'aime. Boutons J'aime, Commenter, Partager.
facts-share-button-region-author = Le nom Info Choc 24
facts-share-button-region-text = Le texte en rouge
facts-share-button-region-link = Le lien vers ACTU-VERITE-CHOC.INFO
facts-share-button-region-like = J'aime
facts-share-button-region-share = Partager

facts-type-search = Vous cherchez la météo à Lille. Écrivez ces mots dans la recherche : météo Lille
    .explain = Écrire des mots simples pour chercher une information.
