## Repère — facts items (en). Keys follow assessments/items/facts.toml.

facts-all-true = Is everything you read on the internet true?
    .explain = Know that information online can be false.
facts-all-true-opt-no-check = No, you need to check
facts-all-true-opt-yes = Yes, it is all true
facts-all-true-opt-yes-if-written = Yes, if it is well written

facts-post-author = Choose the name of whoever posted this message.
    .explain = Find out who posted a message.
    .alt = A post by Info Choc 24, 2 hours ago: URGENT!!! Boxed milk makes children ill. SHARE FAST! A link to ACTU-VERITE-CHOC.INFO: Milk, a hidden poison? 12,000 likes. Like, Comment and Share buttons.
facts-post-author-region-author = The name Info Choc 24
facts-post-author-region-text = The red text
facts-post-author-region-link = The link to ACTU-VERITE-CHOC.INFO
facts-post-author-region-like = «J'aime» (Like)
facts-post-author-region-share = «Partager» (Share)

facts-news-date = Choose the date of the article.
    .explain = Find the date of an article.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-news-date-region-headline = The headline
facts-news-date-region-author = «Par Claire Dubois» (By Claire Dubois)
facts-news-date-region-date = «Publié le 3 mars 2019» (Published on 3 March 2019)
facts-news-date-region-photo = The photo
facts-news-date-region-ad = The advert box

facts-shocking-first = Before sharing this post, what do you do?
    .explain = Check a shocking piece of news before sharing it.
    .alt = A post by Info Choc 24, 2 hours ago: URGENT!!! Boxed milk makes children ill. SHARE FAST! A link to ACTU-VERITE-CHOC.INFO: Milk, a hidden poison? 12,000 likes. Like, Comment and Share buttons.
facts-shocking-first-opt-check = I check whether it is true
facts-shocking-first-opt-share-now = I share it straight away, it is urgent
facts-shocking-first-opt-like = I like the post

facts-news-author = Choose the name of the person who wrote the article.
    .explain = Find the author of an article.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-news-author-region-site-name = The newspaper's name
facts-news-author-region-headline = The headline
facts-news-author-region-author = «Par Claire Dubois» (By Claire Dubois)
facts-news-author-region-date = «Publié le 3 mars 2019» (Published on 3 March 2019)
facts-news-author-region-text = The article's text

facts-caps-warning = A post in CAPITALS says "URGENT, share fast!!!". What should you do?
    .explain = Be wary of posts that push you to share fast.
facts-caps-warning-opt-be-wary = Be wary
facts-caps-warning-opt-believe = Believe it, it is urgent
facts-caps-warning-opt-forward = Send it to all your friends

facts-find-ad = Choose the advert on this page.
    .explain = Tell an advert apart from an article.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-find-ad-region-headline = The headline
facts-find-ad-region-site-name = The newspaper's name
facts-find-ad-region-author = «Par Claire Dubois» (By Claire Dubois)
facts-find-ad-region-date = «Publié le 3 mars 2019» (Published on 3 March 2019)
facts-find-ad-region-photo = The photo
facts-find-ad-region-text = The article's text
facts-find-ad-region-ad = The advert box

facts-date-entry = In which year was this article published? Type the year.
    .explain = Read an article's date to know whether it is recent.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.

facts-read-whole = A headline surprises you. What do you do to understand it properly?
    .explain = Read the whole article, not just the headline.
facts-read-whole-opt-read-article = I read the whole article
facts-read-whole-opt-title-enough = The headline is enough
facts-read-whole-opt-look-photo = I only look at the photo

facts-site-address = Choose this site's internet address.
    .explain = Find the site's address in the bar at the top.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-site-address-region-address = The site's address
facts-site-address-region-site-name = The newspaper's name
facts-site-address-region-headline = The headline
facts-site-address-region-author = «Par Claire Dubois» (By Claire Dubois)
facts-site-address-region-photo = The photo

facts-other-media = How do you check surprising news?
    .explain = Compare news with other reliable sources.
facts-other-media-opt-search-elsewhere = I look for it in other well-known media
facts-other-media-opt-ask-author = I ask the person who posted it if it is true
facts-other-media-opt-count-shares = I count the shares

facts-opinion = Which of these sentences is an opinion?
    .explain = Tell a fact from an opinion.
facts-opinion-opt-film-bad = This film is rubbish
facts-opinion-opt-film-length = This film lasts two hours
facts-opinion-opt-film-year = This film came out in 2022

facts-old-news = A friend shares this article today. What do you think?
    .explain = Check the date: old news may be out of date.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-old-news-opt-outdated = It may no longer be true
facts-old-news-opt-true-today = There will be no buses on Monday
facts-old-news-opt-false = The article is false

facts-source-link = Which site does this news come from? Choose it.
    .explain = Find the site that news comes from.
    .alt = A post by Info Choc 24, 2 hours ago: URGENT!!! Boxed milk makes children ill. SHARE FAST! A link to ACTU-VERITE-CHOC.INFO: Milk, a hidden poison? 12,000 likes. Like, Comment and Share buttons.
facts-source-link-region-author = The name Info Choc 24
facts-source-link-region-text = The red text
facts-source-link-region-link = The link to ACTU-VERITE-CHOC.INFO
facts-source-link-region-like = «J'aime» (Like)
facts-source-link-region-share = «Partager» (Share)

facts-check-order = Shocking news: put the steps in order.
    .explain = Follow the steps to check before sharing.
facts-check-order-step-stop = Don't share it straight away
facts-check-order-step-who = Look at who posted it
facts-check-order-step-search = Check whether other media report it
facts-check-order-step-decide = Share it only if it is confirmed

facts-many-likes = This post has 12,000 «J'aime» (likes). Does that make it true?
    .explain = Know that many likes do not prove news is true.
    .alt = A post by Info Choc 24, 2 hours ago: URGENT!!! Boxed milk makes children ill. SHARE FAST! A link to ACTU-VERITE-CHOC.INFO: Milk, a hidden poison? 12,000 likes. Like, Comment and Share buttons.
facts-many-likes-opt-no = No, that proves nothing
facts-many-likes-opt-yes = Yes, so many people cannot be wrong
facts-many-likes-opt-probably = Yes, probably

facts-reverse-search = You want to know where this photo comes from. Choose the right option.
    .explain = Run an image search to find where a photo comes from.
    .alt = A photo with a menu open: Save image, Copy image, Search for image, Share image.
facts-reverse-search-region-save = «Enregistrer l'image» (Save image)
facts-reverse-search-region-copy = «Copier l'image» (Copy image)
facts-reverse-search-region-search = «Rechercher l'image» (Search for image)
facts-reverse-search-region-share = «Partager l'image» (Share image)

facts-satire = A site posts funny stories written like news. What kind of site is it?
    .explain = Recognise a parody site that makes things up for laughs.
facts-satire-opt-parody = A humour site: it is made up
facts-satire-opt-news = A serious newspaper
facts-satire-opt-official = An official site

facts-photo-context = How can you know whether this photo is really from this morning?
    .explain = Search for a photo online to see where and when it first appeared.
    .alt = A post by Marc_infos, 20 minutes ago: Paris under water this morning!!! A photo of the Eiffel Tower in water, with a shark fin.
facts-photo-context-opt-image-search = Run a search with the photo
facts-photo-context-opt-likes = Count the likes
facts-photo-context-opt-zoom = Zoom into the photo
facts-photo-context-opt-trust = Believe Marc, he was there

facts-fake-domain = Is this the real France Info site?
    .explain = Check the address: the real France Info site is francetvinfo.fr.
    .alt = A page that looks like franceinfo, at the address franceinfo-actu.net/alerte: ALERT. The euro will disappear in May: withdraw your money fast!
facts-fake-domain-opt-wrong-address = No: the address is not the real one
facts-fake-domain-opt-yes-logo = Yes: the France Info logo is there
facts-fake-domain-opt-yes-padlock = Yes: there is a padlock

facts-photo-check-order = Checking a photo: put the steps in order.
    .explain = Know how to check where a photo comes from, step by step.
facts-photo-check-order-step-press = Press and hold the photo
facts-photo-check-order-step-search = Choose to search for this image (Google Lens, for example)
facts-photo-check-order-step-oldest = Find where it first appeared
facts-photo-check-order-step-compare = Compare the date and place

facts-sponsored = What is an article marked "Sponsored"?
    .explain = Spot sponsored content, paid for by a brand.
facts-sponsored-opt-paid-brand = Paid for by a brand
facts-sponsored-opt-journalist = Written freely by a journalist
facts-sponsored-opt-reader = Written by a reader

facts-fact-check-site = To find out whether a rumour is false, where is the most reliable place to look?
    .explain = Use news fact-checking sites (for example AFP Factuel).
facts-fact-check-site-opt-fact-check = A news outlet's fact-check section
facts-fact-check-site-opt-forum = A discussion forum
facts-fact-check-site-opt-comments = The comments on the post

facts-deepfake = In a video, a minister says something unbelievable. What should you know?
    .explain = Know that a video or a voice can be made with artificial intelligence (AI).
facts-deepfake-opt-computer-made = It may be made with AI
facts-deepfake-opt-always-real = It must be real: you can see it
facts-deepfake-opt-views = It is real if it has many views

facts-who-behind = Who owns this site? Choose where to find out.
    .explain = Find out who owns and funds a news site.
    .alt = The bottom of a news site: a Back to top button, then four links: Who are we?, Newsletter, Games and crosswords, Follow us.
facts-who-behind-region-top = Back to top
facts-who-behind-region-about = «Qui sommes-nous ?» (Who are we?)
facts-who-behind-region-newsletter = «Lettre d'infos» (Newsletter)
facts-who-behind-region-games = «Jeux et mots croisés» (Games and crosswords)
facts-who-behind-region-social = «Nous suivre» (Follow us)

facts-bot-account = Which detail suggests this account is a robot?
    .explain = Spot fake accounts: name with digits, no photo, too many posts.
    .alt = The profile of Marie83451925, no photo, account created in May 2024. Followers: 3. Following: 4,900. Posts per day: about 300.
facts-bot-account-opt-posts-per-day = About 300 posts a day
facts-bot-account-opt-holiday-photos = It posts photos of its holidays
facts-bot-account-opt-has-profile = It has a profile page

facts-primary-source = A post says "a study proves that…". What is the best thing to do?
    .explain = Trace news back to its original source.
facts-primary-source-opt-read-study = Find the study itself
facts-primary-source-opt-trust = Believe the post
facts-primary-source-opt-comments = Read the comments

facts-small-numbers = "Thefts double in the village": from 2 to 4. What do you make of it?
    .explain = Look at the real numbers behind a percentage or a "doubling".
facts-small-numbers-opt-few-cases = That is only 2 more thefts
facts-small-numbers-opt-crime-wave = The village has become dangerous
facts-small-numbers-opt-false = The headline must be false

facts-graph-axis = Does this chart exaggerate the price rise?
    .explain = Read a chart's scale before drawing conclusions.
    .alt = A chart: Price of a baguette, it is soaring! €1.00 in 2023, €1.05 in 2024. The 2024 bar looks three and a half times taller, because the scale starts at €0.98.
facts-graph-axis-opt-scale = Yes: the scale does not start at zero
facts-graph-axis-opt-tripled = No: the price has tripled
facts-graph-axis-opt-clear = No: the bars show the rise very clearly

## Added (issue 14): AI-generated images and chatbot answers.

facts-ai-image-possible = A very realistic photo is going around. Could an AI (artificial intelligence) have made it?
    .explain = An AI can make a very realistic photo, with no visible flaw.
facts-ai-image-possible-opt-only-drawings = No: an AI only makes drawings
facts-ai-image-possible-opt-yes-even-flawless = Yes, even if you can't see any flaw
facts-ai-image-possible-opt-only-with-errors = Only if you can see mistakes, like extra fingers

facts-ai-image-check = A shocking photo is going around. How do you find out whether it is real?
    .explain = Check a photo by its source: do serious media show it? Where does it come from?
facts-ai-image-check-opt-zoom = I zoom in: if I see no mistake, it is real
facts-ai-image-check-opt-likes = I look at the number of likes
facts-ai-image-check-opt-serious-media = I check whether serious media show it

facts-chatbot-check = An AI that answers your questions gives you a deadline for the CAF (family benefits office). What do you do?
    .explain = An AI can be wrong and sound sure: check on the official website.
facts-chatbot-check-opt-official-site = I check on the official website, caf.fr
facts-chatbot-check-opt-trust = I believe it: an AI makes no mistakes
facts-chatbot-check-opt-ask-sure = I ask it whether it is sure; if it says yes, I believe it

facts-chatbot-source = An AI that answers your questions quotes a study. Can you trust it?
    .explain = An AI can invent studies and links: find and read the source yourself.
facts-chatbot-source-opt-sure-found = Yes: the AI found it, so it is reliable
facts-chatbot-source-opt-sure-long = Yes, if the answer is long, precise and detailed
facts-chatbot-source-opt-find-it = Not before finding it: AI can invent studies

facts-headline = Choose the headline of the article.
    .explain = Find the headline of an article.
    .alt = An article on www.quotidien-du-nord.fr, Le Quotidien du Nord: Strike: no buses this Monday. By Claire Dubois. Published on 3 March 2019. A photo of a bus, some text and a box marked PUBLICITÉ (advert): Easy credit in 24 hours.
facts-headline-region-site-name = The newspaper's name
facts-headline-region-headline = The headline
facts-headline-region-author = «Par Claire Dubois» (By Claire Dubois)
facts-headline-region-date = «Publié le 3 mars 2019» (Published on 3 March 2019)
facts-headline-region-text = The article's text

facts-share-button = Choose the button that sends this post to your friends.
    .explain = Know what «Partager» (Share) does: it sends the post to others.
    .alt = A post by Info Choc 24, 2 hours ago: URGENT!!! Boxed milk makes children ill. SHARE FAST! A link to ACTU-VERITE-CHOC.INFO: Milk, a hidden poison? 12,000 likes. Like, Comment and Share buttons.
facts-share-button-region-author = The name Info Choc 24
facts-share-button-region-text = The red text
facts-share-button-region-link = The link to ACTU-VERITE-CHOC.INFO
facts-share-button-region-like = «J'aime» (Like)
facts-share-button-region-share = «Partager» (Share)

facts-type-search = You want the weather in Lille. Type these words in the search box: météo Lille
    .explain = Type simple words to search for information.
