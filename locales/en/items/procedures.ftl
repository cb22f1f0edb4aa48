## Repère — procedures items (en). Keys follow assessments/items/procedures.toml.

procedures-help-where = Your online procedure is stuck. Who can help you?
    .explain = Get help at a France Services counter or at a digital help centre.
procedures-help-where-opt-france-services = A France Services agent
procedures-help-where-opt-stranger = A stranger on the internet
procedures-help-where-opt-nobody = Nobody: you have to manage alone

procedures-fc-button = Choose the «S'identifier avec FranceConnect» (Log in with FranceConnect) button.
    .explain = Find the FranceConnect button on a login page.
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-fc-button-region-fc = «S'identifier avec FranceConnect» (Log in with FranceConnect)
procedures-fc-button-region-login = The Username box
procedures-fc-button-region-password = The Password box
procedures-fc-button-region-forgot = «Mot de passe oublié ?» (Forgot password?)
procedures-fc-button-region-connect = «Se connecter» (Log in)

procedures-sms-code = Type the code you received by text message.
    .explain = Copy a code received by text message to log in.
    .alt = At the top, a text message: "Your login code: 482913. Do not give it to anyone." Below, the site asks: Enter the code received by text.

procedures-upload-button = You must send a bill. Choose the right button.
    .explain = Add a document with the «Ajouter un fichier» (Add a file) button.
    .alt = A Proof of address page: "Accepted formats: PDF, JPG. Maximum size: 5 MB." An Add a file button, the words No file added, and the Back and Confirm buttons.
procedures-upload-button-region-add = «Ajouter un fichier» (Add a file)
procedures-upload-button-region-list = «Aucun fichier ajouté» (No file added)
procedures-upload-button-region-back = «Retour» (Back)
procedures-upload-button-region-ok = «Valider» (Confirm)

procedures-password-field = Choose the box where you type your password.
    .explain = Find the Username and Password boxes.
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-password-field-region-fc = «S'identifier avec FranceConnect» (Log in with FranceConnect)
procedures-password-field-region-login = The Username box
procedures-password-field-region-password = The Password box
procedures-password-field-region-create = «Créer un compte» (Create an account)
procedures-password-field-region-connect = «Se connecter» (Log in)

procedures-form-missing = The form is stuck. Choose the box you must fill in.
    .explain = Spot an empty required field, often in red.
    .alt = A form, step 1 of 3: Surname Dupont, First name Marie, Date of birth empty and outlined in red with "This field is required", Email filled in, a Continue button. Required fields have a red star.
procedures-form-missing-region-name = «Nom» (Surname)
procedures-form-missing-region-first = «Prénom» (First name)
procedures-form-missing-region-birth = «Date de naissance» (Date of birth)
procedures-form-missing-region-mail = «E-mail» (Email)
procedures-form-missing-region-next = «Continuer» (Continue)

procedures-required-star = What does the red star (*) next to a box mean?
    .explain = The star (*) marks a required box.
    .alt = A form, step 1 of 3: Surname Dupont, First name Marie, Date of birth empty and outlined in red with "This field is required", Email filled in, a Continue button. Required fields have a red star.
procedures-required-star-opt-required = Required box
procedures-required-star-opt-optional = Optional box
procedures-required-star-opt-mistake = There is a mistake

procedures-forgot-password = You have forgotten your password. Where do you press?
    .explain = Reset a password with "Forgot password".
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-forgot-password-region-fc = «S'identifier avec FranceConnect» (Log in with FranceConnect)
procedures-forgot-password-region-password = The Password box
procedures-forgot-password-region-forgot = «Mot de passe oublié ?» (Forgot password?)
procedures-forgot-password-region-create = «Créer un compte» (Create an account)
procedures-forgot-password-region-connect = «Se connecter» (Log in)

procedures-fc-what = What is FranceConnect for?
    .explain = FranceConnect: one account for many public websites.
procedures-fc-what-opt-one-account = Logging in to public sites with one account
procedures-fc-what-opt-pay = Paying your bills
procedures-fc-what-opt-agent = Talking to an agent of the administration by phone

procedures-gouv-address = Which address belongs to a government website?
    .explain = French government sites often end in .gouv.fr.
procedures-gouv-address-opt-gouv = www.service-public.gouv.fr
procedures-gouv-address-opt-com = www.service-public-france.com
procedures-gouv-address-opt-info = www.aide-demarches.info

procedures-fc-choose-ameli = You have a health insurance account. Which one do you choose?
    .explain = In FranceConnect, choose an account you already have.
    .alt = The FranceConnect page: «Choisissez un compte pour vous connecter» (Choose an account to log in). Five choices: impots.gouv.fr, ameli.fr, France Identité, Identité Numérique La Poste, MSA.
procedures-fc-choose-ameli-region-impots = impots.gouv.fr
procedures-fc-choose-ameli-region-ameli = «ameli.fr»
procedures-fc-choose-ameli-region-laposte = Identité Numérique La Poste
procedures-fc-choose-ameli-region-france-identite = France Identité
procedures-fc-choose-ameli-region-msa = MSA

procedures-file-format = Which file does this site accept?
    .explain = Read the accepted formats before sending a document.
    .alt = A Proof of address page: "Accepted formats: PDF, JPG. Maximum size: 5 MB." An Add a file button, the words No file added, and the Back and Confirm buttons.
procedures-file-format-opt-pdf = facture.pdf
procedures-file-format-opt-mp4 = facture.mp4
procedures-file-format-opt-docx = facture.docx

procedures-upload-order = Put in order: sending a supporting document.
    .explain = Send a supporting document, step by step.
procedures-upload-order-step-photo = Take a photo of the document
procedures-upload-order-step-add = Press "Add a file"
procedures-upload-order-step-camera = Choose «Appareil photo» (Camera)
procedures-upload-order-step-confirm = Press "Confirm"

procedures-receipt = Your request is sent. What do you keep?
    .explain = Keep the acknowledgement of receipt and the file number.
procedures-receipt-opt-file-number = The acknowledgement and its number
procedures-receipt-opt-nothing = Nothing, it is over
procedures-receipt-opt-site-address = Only the site's address, to go back to it

procedures-fc-order = Put in order: logging in with FranceConnect.
    .explain = Log in with FranceConnect, step by step.
procedures-fc-order-step-button = Press the FranceConnect button
procedures-fc-order-step-choose = Choose an account, for example ameli.fr
procedures-fc-order-step-login = Type that account's username and password
procedures-fc-order-step-back = Come back to the site, logged in

procedures-fake-fees = A site asks €30 for a birth certificate. What do you think?
    .explain = Many government procedures are free on the official site: private sites charge for them and add nothing.
procedures-fake-fees-opt-normal = It is the normal price of an official birth certificate
procedures-fake-fees-opt-lookalike = No need: it is free on service-public.gouv.fr
procedures-fake-fees-opt-required = You must pay to get it

procedures-fake-site-url = Where do you check whether this site is really official?
    .explain = Check the site's address at the top, not "official" badges.
    .alt = A web page. At the top, the address: carte-grise-en-ligne-express.com. Below: an "Official service" badge, the title "Your registration certificate in 24 h", "Service fee: €49.90" and a Start my request button.
procedures-fake-site-url-region-url = The site's address, at the top
procedures-fake-site-url-region-badge = The «Service officiel» (Official service) badge
procedures-fake-site-url-region-title = The title
procedures-fake-site-url-region-price = The price
procedures-fake-site-url-region-start = The Start button

procedures-file-too-big = Your photo of the document is 12 MB. What do you do?
    .explain = Make a file that is too big smaller before sending it.
    .alt = A Proof of address page: "Accepted formats: PDF, JPG. Maximum size: 5 MB." An Add a file button, the words No file added, and the Back and Confirm buttons.
procedures-file-too-big-opt-send-anyway = I send it anyway
procedures-file-too-big-opt-reduce = I make it smaller (under 5 MB)
procedures-file-too-big-opt-give-up = I give up the procedure

procedures-official-search = You search for «carte grise» (vehicle registration). Choose the government's official site.
    .explain = In a search, skip the ads and choose the address ending in .gouv.fr.
    .alt = Three search results: Ad · cartegrise-rapide.fr "Registration online, fast"; immatriculation.ants.gouv.fr "Registration – official ANTS site"; service-carte-grise.com "Get your registration in 5 min".
procedures-official-search-region-ad = «Annonce · cartegrise-rapide.fr» (Ad · cartegrise-rapide.fr)
procedures-official-search-region-ants = immatriculation.ants.gouv.fr
procedures-official-search-region-other = service-carte-grise.com

procedures-aidants-connect = A social worker does a procedure for you. How do you do it safely?
    .explain = Get help without giving your passwords, from an authorised professional: the Aidants Connect mandate.
procedures-aidants-connect-opt-password = I give them my password
procedures-aidants-connect-opt-mandate = I sign an Aidants Connect mandate
procedures-aidants-connect-opt-nothing = I leave them my phone

## Added (issue 14): everyday procedures. The screens are in French: the English quotes
## their labels in French, with a gloss.

procedures-tax-number = The tax website asks for your «numéro fiscal» (tax number). Choose it on this paper.
    .explain = Find your tax number (13 digits) on the tax notice, under «Vos références» (Your references).
    .alt = The top of a 2026 tax notice on 2025 income, for Karim Benali, in Lyon. A box «Vos références» (Your references): «Numéro fiscal» (tax number) 30 12 345 678 901, «Référence de l'avis» (notice reference) 26 69 A123456 78, «Revenu fiscal de référence» (reference taxable income) 18 420 €. On the right: «Reste à payer» (left to pay) 0 €.
procedures-tax-number-region-name = The name and address
procedures-tax-number-region-notice-ref = 26 69 A123456 78
procedures-tax-number-region-fiscal-number = 30 12 345 678 901
procedures-tax-number-region-income = 18 420 €
procedures-tax-number-region-to-pay = «Reste à payer» (left to pay) 0 €

procedures-appointment-slot = You are free on Tuesday afternoon. Choose an appointment.
    .explain = Book an appointment online: choose a day and a time when you are free.
    .alt = An appointment page for Dr Claire Martin, GP. «Mardi 12 janvier» (Tuesday 12 January): 09:00, 11:30, 14:30. «Mercredi 13 janvier» (Wednesday 13 January): 10:00, 15:00.
procedures-appointment-slot-region-tue-0900 = Tuesday 09:00
procedures-appointment-slot-region-tue-1130 = Tuesday 11:30
procedures-appointment-slot-region-tue-1430 = Tuesday 14:30
procedures-appointment-slot-region-wed-1000 = Wednesday 10:00
procedures-appointment-slot-region-wed-1500 = Wednesday 15:00

procedures-appointment-cancel = You cannot go to an appointment you booked online. What do you do?
    .explain = Cancel an appointment as early as possible, on the website or by phone: someone else can take the slot.
procedures-appointment-cancel-opt-wait-call = I wait for the practice to ring me to talk about it
procedures-appointment-cancel-opt-no-show = I don't go, without telling them
procedures-appointment-cancel-opt-cancel-early = I cancel quickly, on the website or by phone

procedures-ft-actualisation = You have a file with France Travail. When must you do your "actualisation" (update)?
    .explain = Do your France Travail update every month, usually from the 28th to the 15th of the next month.
procedures-ft-actualisation-opt-yearly = Once a year
procedures-ft-actualisation-opt-monthly = Every month
procedures-ft-actualisation-opt-when-job = Only when I find a job

procedures-documents-missing = You sent your ID and your bank details. In the list, choose the document that is missing.
    .explain = Read the list of documents to provide and check what is missing before sending.
    .alt = A page «Votre demande : pièces à fournir» (Your application: documents to provide). 1. «Pièce d'identité en cours de validité» (valid ID). 2. «Justificatif de domicile de moins de 3 mois (facture, quittance)» (proof of address less than 3 months old: bill, rent receipt). 3. «RIB» (bank details). At the bottom, the buttons «Ajouter un document» (Add a document) and «Envoyer ma demande» (Send my application).
procedures-documents-missing-region-id-card = 1. ID
procedures-documents-missing-region-address-proof = 2. Proof of address
procedures-documents-missing-region-rib = 3. Bank details (RIB)
procedures-documents-missing-region-add = «Ajouter un document» (Add a document)
procedures-documents-missing-region-send = «Envoyer ma demande» (Send my application)

procedures-documents-recent = Which proof of address can you send for this application?
    .explain = Meet the list's conditions, for example a proof less than 3 months old.
    .alt = A page «Votre demande : pièces à fournir» (Your application: documents to provide). 1. «Pièce d'identité en cours de validité» (valid ID). 2. «Justificatif de domicile de moins de 3 mois (facture, quittance)» (proof of address less than 3 months old: bill, rent receipt). 3. «RIB» (bank details). At the bottom, the buttons «Ajouter un document» (Add a document) and «Envoyer ma demande» (Send my application).
procedures-documents-recent-opt-old-bill = An electricity bill from a year ago
procedures-documents-recent-opt-envelope = An envelope sent to me
procedures-documents-recent-opt-last-month-bill = An electricity bill from last month

procedures-ft-declare-work = This month you worked 20 hours. At your France Travail update, what do you do?
    .explain = Declare the hours worked and the gross pay every month, even a little: the allowance is recalculated.
procedures-ft-declare-work-opt-say-nothing = I say nothing: it is not much
procedures-ft-declare-work-opt-declare = I declare the hours and the pay
procedures-ft-declare-work-opt-only-cdi = I say it only if it is a permanent contract

procedures-caf-prefilled = Your CAF income declaration is already filled in. What do you do?
    .explain = Even pre-filled, the CAF declaration must be checked: correct wrong amounts before confirming.
procedures-caf-prefilled-opt-check = I check each amount and correct it if needed
procedures-caf-prefilled-opt-trust = I confirm without reading: the CAF knows my income
procedures-caf-prefilled-opt-nothing = Nothing: it sends itself

procedures-france-identite = What is the France Identité app for?
    .explain = France Identité: your ID card on your phone, to prove who you are and to log in with FranceConnect.
procedures-france-identite-opt-new-card = Applying for a new ID card online
procedures-france-identite-opt-pay-tax = Paying your taxes and fines online
procedures-france-identite-opt-id-on-phone = Having your ID card in your phone

procedures-ft-fake-sms = You get a text message: "France Travail: your benefits are blocked, click here". What do you do?
    .explain = Don't click: check for yourself in your account, on francetravail.fr or in the app.
procedures-ft-fake-sms-opt-reply-id = I reply with my login
procedures-ft-fake-sms-opt-check-space = I don't click; I check in my account
procedures-ft-fake-sms-opt-click-fast = I click the link quickly to keep my benefits

procedures-france-identite-card = To use the France Identité app, which card do you need?
    .explain = France Identité needs the ID card in bank-card format (issued since 2021) and a phone that can read it.
procedures-france-identite-card-opt-new-id-card = The ID card in bank-card format
procedures-france-identite-card-opt-old-id-card = The old laminated ID card
procedures-france-identite-card-opt-vitale = The Carte Vitale (health card)

procedures-login-box = Choose the box where you type your username.
    .explain = Recognise the username box of a login page.
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-login-box-region-fc = «S'identifier avec FranceConnect» (Log in with FranceConnect)
procedures-login-box-region-login = The Username box
procedures-login-box-region-password = The Password box
procedures-login-box-region-forgot = «Mot de passe oublié ?» (Forgot password?)
procedures-login-box-region-connect = «Se connecter» (Log in)

procedures-appointment-wed = Choose the appointment on Wednesday at 10 o'clock.
    .explain = Choose a day and a time in an online diary.
    .alt = An appointment page for Dr Claire Martin, GP. «Mardi 12 janvier» (Tuesday 12 January): 09:00, 11:30, 14:30. «Mercredi 13 janvier» (Wednesday 13 January): 10:00, 15:00.
procedures-appointment-wed-region-tue-0900 = Tuesday 09:00
procedures-appointment-wed-region-tue-1130 = Tuesday 11:30
procedures-appointment-wed-region-tue-1430 = Tuesday 14:30
procedures-appointment-wed-region-wed-1000 = Wednesday 10:00
procedures-appointment-wed-region-wed-1500 = Wednesday 15:00

procedures-type-birthdate = A form asks for your date of birth. Copy this one: 14/03/1978
    .explain = Fill in a date in an online form.

procedures-type-file-number = To follow your application, copy your file number: 2026-48127
    .explain = Copy a file number to follow a procedure.

procedures-appointment-order = Book an appointment online: put the steps in order.
    .explain = Book an appointment online, step by step.
procedures-appointment-order-step-reason = Choose the reason for the appointment
procedures-appointment-order-step-slot = Choose the day and the time
procedures-appointment-order-step-details = Type your name and phone number
procedures-appointment-order-step-confirm = Confirm the appointment
