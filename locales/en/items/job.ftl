## Repère — job items (en). Keys follow assessments/items/job.toml.

job-what-is-cv = What is a CV?
    .explain = Know what a CV is: a summary of your work and training.
job-what-is-cv-opt-career = A document that lists your jobs
job-what-is-cv-opt-bank = A letter from the bank
job-what-is-cv-opt-id = An identity document with your photo

job-cv-name = Choose the person's name on this CV.
    .explain = Find the parts of a CV, starting with the name.
    .alt = Marie DUPONT's CV: a photo, the name, the email address bisou-doudou75@mail.fr, the phone number, then the sections Experience (cleaner, shop assistant), Training (CAP Propreté, a cleaning diploma) and Skills.
job-cv-name-region-name = The name
job-cv-name-region-email = The email address
job-cv-name-region-experience = The Experience section
job-cv-name-region-training = The Training section
job-cv-name-region-skills = The Skills section

job-search-button = The job and the town are typed in. Where do you press to start the search?
    .explain = Start a job search with the «Rechercher» (Search) button.
    .alt = A job site: at the top, an Alert button with a bell. The boxes Job (Aide-soignant, care assistant) and Town (Lyon), a green Search button, then an offer Aide-soignant (H/F), permanent contract, Lyon 3e, with an Apply button.
job-search-button-region-alert = Alert (the bell)
job-search-button-region-job = The Job box
job-search-button-region-city = The Town box
job-search-button-region-search = «Rechercher» (Search)
job-search-button-region-apply = «Postuler» (Apply)

job-which-site = Which site is for looking for a job?
    .explain = Know the France Travail site (formerly Pôle emploi) for job hunting.
job-which-site-opt-france-travail = francetravail.fr
job-which-site-opt-impots = impots.gouv.fr
job-which-site-opt-ameli = lassuranceretraite.fr

job-apply-submit = The form is complete. Choose the button to send your application.
    .explain = Send your application with the «Envoyer» (Send) button.
    .alt = An application form, all filled in: «Nom» (Surname) Dupont, «Prénom» (First name) Marie, «Téléphone» (Phone) 06 39 98 12 34, «E-mail» (Email), CV added CV-Marie-Dupont.pdf, and a green «Envoyer» (Send) button.
job-apply-submit-region-name = «Nom» (Surname)
job-apply-submit-region-mail = «E-mail» (Email)
job-apply-submit-region-cv = The CV added
job-apply-submit-region-send = «Envoyer» (Send)

job-apply-meaning = On a job offer, what does "Apply" mean?
    .explain = Apply: answer an offer to put yourself forward.
job-apply-meaning-opt-answer = Answer the offer
job-apply-meaning-opt-delete = Delete the offer from the list
job-apply-meaning-opt-print = Print the offer

job-cv-photo = Which photo should you put on a CV?
    .explain = Choose a simple, sharp photo for your CV, or no photo.
job-cv-photo-opt-id-photo = A clear face photo, plain background
job-cv-photo-opt-holiday = A nice holiday photo in the sunshine
job-cv-photo-opt-selfie = A smiling selfie with your friends

job-search-city = You want work near home. Where do you type the town?
    .explain = Fill in the town to find offers near home.
    .alt = A job site: at the top, an Alert button with a bell. The boxes Job (Aide-soignant, care assistant) and Town (Lyon), a green Search button, then an offer Aide-soignant (H/F), permanent contract, Lyon 3e, with an Apply button.
job-search-city-region-alert = Alert (the bell)
job-search-city-region-job = The Job box
job-search-city-region-city = The Town box
job-search-city-region-search = «Rechercher» (Search)
job-search-city-region-offer = The offer's title

job-search-order = Put in order: looking for a job offer.
    .explain = Search for offers on a job site, step by step.
job-search-order-step-site = Open the job site
job-search-order-step-job = Type the job
job-search-order-step-city = Type the town
job-search-order-step-search = Press "Search"

job-cv-experience = Choose the part that shows the jobs already done.
    .explain = Know the parts of a CV: Experience, Training, Skills.
    .alt = Marie DUPONT's CV: a photo, the name, the email address bisou-doudou75@mail.fr, the phone number, then the sections Experience (cleaner, shop assistant), Training (CAP Propreté, a cleaning diploma) and Skills.
job-cv-experience-region-name = The name
job-cv-experience-region-email = The email address
job-cv-experience-region-experience = The Experience section
job-cv-experience-region-training = The Training section
job-cv-experience-region-skills = The Skills section

job-search-apply = You like this offer. Choose the button to answer it.
    .explain = Answer an offer with the «Postuler» (Apply) button.
    .alt = A job site: at the top, an Alert button with a bell. The boxes Job (Aide-soignant, care assistant) and Town (Lyon), a green Search button, then an offer Aide-soignant (H/F), permanent contract, Lyon 3e, with an Apply button.
job-search-apply-region-alert = Alert (the bell)
job-search-apply-region-job = The Job box
job-search-apply-region-search = «Rechercher» (Search)
job-search-apply-region-offer = The offer's title
job-search-apply-region-apply = «Postuler» (Apply)

job-offer-duration = How long does this contract last?
    .explain = Read an offer: the type of contract and how long it lasts.
    .alt = A job offer: Cleaner (M/F). Contract: fixed-term, 6 months. Working time: 24 hours a week. Pay: €1,300 gross a month. Place: Lille. To apply: send your CV to recrutement@proprete-nord.fr.
job-offer-duration-opt-six-months = 6 months
job-offer-duration-opt-twenty-four-hours = 24 hours
job-offer-duration-opt-not-said = It does not say

job-apply-missing = The form won't send. Choose the box you still have to fill in.
    .explain = Spot the empty required box of an application form.
    .alt = An application form: Surname Dupont, First name Marie, Phone empty and outlined in red, Email filled in, CV added CV-Marie-Dupont.pdf, and a green Send button.
job-apply-missing-region-name = «Nom» (Surname)
job-apply-missing-region-first = «Prénom» (First name)
job-apply-missing-region-phone = «Téléphone» (Phone)
job-apply-missing-region-mail = «E-mail» (Email)
job-apply-missing-region-cv = The CV added
job-apply-missing-region-send = «Envoyer» (Send)

job-offer-where-apply = Choose the part that says how to answer the offer.
    .explain = Find in the offer how to apply.
    .alt = A job offer: Cleaner (M/F). Contract: fixed-term, 6 months. Working time: 24 hours a week. Pay: €1,300 gross a month. Place: Lille. To apply: send your CV to recrutement@proprete-nord.fr.
job-offer-where-apply-region-contract = The contract
job-offer-where-apply-region-hours = The working time
job-offer-where-apply-region-salary = The pay
job-offer-where-apply-region-place = The place
job-offer-where-apply-region-apply = How to apply

job-cv-format = In which format should you send your CV?
    .explain = Save your CV as a PDF before sending it.
job-cv-format-opt-pdf = As a PDF
job-cv-format-opt-zip = In a compressed folder (.zip)
job-cv-format-opt-photo = As a phone photo of the paper CV

job-cv-email-problem = One detail of this CV may put an employer off. Choose it.
    .explain = Use a serious email address, with your name, on your CV.
    .alt = Marie DUPONT's CV: a photo, the name, the email address bisou-doudou75@mail.fr, the phone number, then the sections Experience (cleaner, shop assistant), Training (CAP Propreté, a cleaning diploma) and Skills.
job-cv-email-problem-region-name = The name
job-cv-email-problem-region-email = The email address
job-cv-email-problem-region-phone = The phone number
job-cv-email-problem-region-experience = The Experience section
job-cv-email-problem-region-training = The Training section
job-cv-email-problem-region-skills = The Skills section

job-cdi = In a French job offer, what is a "CDI"?
    .explain = Understand the words of job offers: CDI, CDD, temp work.
job-cdi-opt-permanent = A contract with no end date
job-cdi-opt-short = A contract for a few days only
job-cdi-opt-training = A training course

job-cover-message = You send your CV by email. What message do you write?
    .explain = Write a short, polite message with your CV.
job-cover-message-opt-polite = "Hello, here is my application. Kind regards, Marie Dupont"
job-cover-message-opt-slang = "hi its about the job im free right now pls call me back"
job-cover-message-opt-empty = No message, just the CV

job-offer-copy-address = Type the address where you send your CV for this offer.
    .explain = Copy an offer's email address without mistakes.
    .alt = A job offer: Cleaner (M/F). Contract: fixed-term, 6 months. Working time: 24 hours a week. Pay: €1,300 gross a month. Place: Lille. To apply: send your CV to recrutement@proprete-nord.fr.

job-apply-email-order = Put in order: answering an offer by email.
    .explain = Apply by email, step by step.
job-apply-email-order-step-read = Read the offer and note the address
job-apply-email-order-step-write = Write a short message
job-apply-email-order-step-attach = Attach the CV
job-apply-email-order-step-send = Send

job-offer-scam-fee = Which detail of this offer should alarm you?
    .explain = A real job offer never asks you to pay.
    .alt = A job offer: Order picker (M/F). Contract: permanent, full time. Place: Roissy. Pay: €1,850 gross a month. Hours: 6 am – 1 pm. To apply: pay a €50 application fee.
job-offer-scam-fee-region-contract = The contract
job-offer-scam-fee-region-place = The place
job-offer-scam-fee-region-salary = The pay
job-offer-scam-fee-region-hours = The hours
job-offer-scam-fee-region-apply = To apply: pay €50

job-follow-up = No answer two weeks after you applied. What do you do?
    .explain = Follow up politely with an employer after applying.
job-follow-up-opt-polite = I send a short follow-up message
job-follow-up-opt-spam = I send my CV again every day
job-follow-up-opt-give-up = I give up at once

job-cv-private-data = Which information should you keep to yourself, off an online CV?
    .explain = Do not put sensitive data on an online CV.
job-cv-private-data-opt-social-security = Your social security number
job-cv-private-data-opt-town = Your town and postcode
job-cv-private-data-opt-phone = Your mobile telephone number

job-gross-net = The pay is «brut» (gross). How much will you receive in your account?
    .explain = Understand gross and net: net pay, what you receive, is about a fifth lower than gross.
    .alt = A job offer: Cleaner (M/F). Contract: fixed-term, 6 months. Working time: 24 hours a week. Pay: €1,300 gross a month. Place: Lille. To apply: send your CV to recrutement@proprete-nord.fr.
job-gross-net-opt-less = Less: about €1,000
job-gross-net-opt-same = Exactly €1,300, as in the offer
job-gross-net-opt-more = More than €1,300

job-search-alert = You want new offers sent to you without searching every day. Where do you press?
    .explain = Create an alert to receive new offers.
    .alt = A job site: at the top, an Alert button with a bell. The boxes Job (Aide-soignant, care assistant) and Town (Lyon), a green Search button, then an offer Aide-soignant (H/F), permanent contract, Lyon 3e, with an Apply button.
job-search-alert-region-alert = Alert (the bell)
job-search-alert-region-job = The Job box
job-search-alert-region-city = The Town box
job-search-alert-region-search = «Rechercher» (Search)
job-search-alert-region-apply = «Postuler» (Apply)

job-video-interview = You have a video interview tomorrow. What do you do before?
    .explain = Prepare a video interview: test the link, camera and sound.
job-video-interview-opt-test = I test the link, the camera and the sound
job-video-interview-opt-nothing = Nothing, I will see tomorrow
job-video-interview-opt-apps = I install several apps at random, just in case

job-keywords = How do you help a job site find your CV?
    .explain = Reuse the words of the offers you want in your CV.
job-keywords-opt-keywords = Reuse the words of the offers
job-keywords-opt-colours = Use lots of colours
job-keywords-opt-capitals = Write everything in capitals

job-offer-town = In which town is this job? Choose it.
    .explain = Read the parts of a job offer: the place of work.
    .alt = A job offer: Cleaner (M/F). Contract: fixed-term, 6 months. Working time: 24 hours a week. Pay: €1,300 gross a month. Place: Lille. To apply: send your CV to recrutement@proprete-nord.fr.
job-offer-town-region-contract = The contract
job-offer-town-region-hours = The working time
job-offer-town-region-salary = The pay
job-offer-town-region-place = The place
job-offer-town-region-apply = How to apply

job-job-box = Choose the box where you type the job you are looking for.
    .explain = Recognise the job box of a job site.
    .alt = A job site: at the top, an Alert button with a bell. The boxes Job (Aide-soignant, care assistant) and Town (Lyon), a green Search button, then an offer Aide-soignant (H/F), permanent contract, Lyon 3e, with an Apply button.
job-job-box-region-alert = Alert (the bell)
job-job-box-region-job = The Job box
job-job-box-region-city = The Town box
job-job-box-region-search = «Rechercher» (Search)
job-job-box-region-apply = «Postuler» (Apply)

job-type-job = On a job site, type the job you are looking for: aide à domicile
    .explain = Type a job in the search box of a job site.
