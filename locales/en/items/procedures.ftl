## Repère — procedures items (en). Keys follow assessments/items/procedures.toml.

procedures-help-where = You are stuck in an online procedure. Who can help you?
    .explain = Get help at a France Services counter or from a digital adviser.
procedures-help-where-opt-france-services = A France Services agent
procedures-help-where-opt-stranger = A stranger on the internet
procedures-help-where-opt-nobody = Nobody

procedures-fc-button = Tap the "Log in with FranceConnect" button.
    .explain = Find the FranceConnect button on a login page.
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-fc-button-region-fc = Log in with FranceConnect
procedures-fc-button-region-login = The Username box
procedures-fc-button-region-password = The Password box
procedures-fc-button-region-forgot = Forgot password?
procedures-fc-button-region-connect = Log in

procedures-sms-code = Type the code you received by text message.
    .explain = Copy a code received by text message to log in.
    .alt = At the top, a text message: "Your login code: 482913. Do not give it to anyone." Below, the site asks: Enter the code received by text.

procedures-upload-button = You must send a bill. Tap the right button.
    .explain = Add a document with the Add a file button.
    .alt = A Proof of address page: "Accepted formats: PDF, JPG. Maximum size: 5 MB." An Add a file button, the words No file added, and the Back and Confirm buttons.
procedures-upload-button-region-add = Add a file
procedures-upload-button-region-list = No file added
procedures-upload-button-region-back = Back
procedures-upload-button-region-ok = Confirm

procedures-password-field = Tap the box where you type your password.
    .explain = Find the Username and Password boxes.
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-password-field-region-fc = Log in with FranceConnect
procedures-password-field-region-login = The Username box
procedures-password-field-region-password = The Password box
procedures-password-field-region-create = Create an account
procedures-password-field-region-connect = Log in

procedures-form-missing = The form is stuck. Tap the box you must fill in.
    .explain = Spot an empty required field, often in red.
    .alt = A form, step 1 of 3: Surname Dupont, First name Marie, Date of birth empty and outlined in red with "This field is required", Email filled in, a Continue button. Required fields have a red star.
procedures-form-missing-region-name = Surname
procedures-form-missing-region-first = First name
procedures-form-missing-region-birth = Date of birth
procedures-form-missing-region-mail = Email
procedures-form-missing-region-next = Continue

procedures-required-star = What does the red star (*) next to a box mean?
    .explain = The star (*) marks a required box.
    .alt = A form, step 1 of 3: Surname Dupont, First name Marie, Date of birth empty and outlined in red with "This field is required", Email filled in, a Continue button. Required fields have a red star.
procedures-required-star-opt-required = Required box
procedures-required-star-opt-optional = Optional box
procedures-required-star-opt-mistake = There is a mistake

procedures-forgot-password = You have forgotten your password. Where do you tap?
    .explain = Reset a password with "Forgot password".
    .alt = A login page: a blue button Log in with FranceConnect, then the Username and Password boxes, the links Forgot password and Create an account, and the Log in button.
procedures-forgot-password-region-fc = Log in with FranceConnect
procedures-forgot-password-region-password = The Password box
procedures-forgot-password-region-forgot = Forgot password?
procedures-forgot-password-region-create = Create an account
procedures-forgot-password-region-connect = Log in

procedures-fc-what = What is FranceConnect for?
    .explain = FranceConnect: one account for many public websites.
procedures-fc-what-opt-one-account = Logging in to several public sites with one account
procedures-fc-what-opt-pay = Paying your bills
procedures-fc-what-opt-agent = Talking to an agent on the phone

procedures-gouv-address = Which address belongs to a government website?
    .explain = French government sites often end in .gouv.fr.
procedures-gouv-address-opt-gouv = www.service-public.gouv.fr
procedures-gouv-address-opt-com = www.service-public-france.com
procedures-gouv-address-opt-info = www.aide-demarches.info

procedures-fc-choose-ameli = You have a health insurance account. Which one do you choose?
    .explain = In FranceConnect, choose an account you already have.
    .alt = The FranceConnect page: "Choose an account to log in". Four choices: impots.gouv.fr, ameli.fr, Identité Numérique La Poste, MSA.
procedures-fc-choose-ameli-region-impots = impots.gouv.fr
procedures-fc-choose-ameli-region-ameli = ameli.fr (health insurance)
procedures-fc-choose-ameli-region-laposte = Identité Numérique La Poste
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
procedures-upload-order-step-add = Tap "Add a file"
procedures-upload-order-step-choose = Choose the photo
procedures-upload-order-step-confirm = Tap "Confirm"

procedures-receipt = Your request is sent. What do you keep?
    .explain = Keep the acknowledgement of receipt and the file number.
procedures-receipt-opt-file-number = The acknowledgement with the file number
procedures-receipt-opt-nothing = Nothing, it is over
procedures-receipt-opt-site-address = Only the site's address

procedures-fc-order = Put in order: logging in with FranceConnect.
    .explain = Log in with FranceConnect, step by step.
procedures-fc-order-step-button = Tap the FranceConnect button
procedures-fc-order-step-choose = Choose an account, for example ameli.fr
procedures-fc-order-step-login = Type that account's username and password
procedures-fc-order-step-back = Come back to the site, logged in

procedures-fake-fees = A site asks €30 for a birth certificate. What do you think?
    .explain = Government procedures are often free: avoid paid look-alike sites.
procedures-fake-fees-opt-normal = It is the normal price
procedures-fake-fees-opt-lookalike = It is a fake: it is free on service-public.gouv.fr
procedures-fake-fees-opt-required = You must pay to get it

procedures-fake-site-url = Where do you check whether this site is really official?
    .explain = Check the site's address at the top, not "official" badges.
    .alt = A web page. At the top, the address: carte-grise-en-ligne-express.com. Below: an "Official service" badge, the title "Your registration certificate in 24 h", "Service fee: €49.90" and a Start my request button.
procedures-fake-site-url-region-url = The site's address, at the top
procedures-fake-site-url-region-badge = The "Official service" badge
procedures-fake-site-url-region-title = The title
procedures-fake-site-url-region-price = The price
procedures-fake-site-url-region-start = The Start button

procedures-file-too-big = Your photo of the document is 12 MB. What do you do?
    .explain = Make a file that is too big smaller before sending it.
    .alt = A Proof of address page: "Accepted formats: PDF, JPG. Maximum size: 5 MB." An Add a file button, the words No file added, and the Back and Confirm buttons.
procedures-file-too-big-opt-send-anyway = I send it anyway
procedures-file-too-big-opt-reduce = I make it smaller (under 5 MB)
procedures-file-too-big-opt-give-up = I give up the procedure

procedures-official-search = You search for "carte grise". Tap the government's official site.
    .explain = In a search, skip the ads and choose the address ending in .gouv.fr.
    .alt = Three search results: Ad · cartegrise-rapide.fr "Registration online, fast"; immatriculation.ants.gouv.fr "Registration – official ANTS site"; service-carte-grise.com "Get your registration in 5 min".
procedures-official-search-region-ad = Ad · cartegrise-rapide.fr
procedures-official-search-region-ants = immatriculation.ants.gouv.fr
procedures-official-search-region-other = service-carte-grise.com

procedures-aidants-connect = A helper does a procedure for you. How do you do it safely?
    .explain = Get help without giving your passwords: the Aidants Connect mandate.
procedures-aidants-connect-opt-password = I give them my password
procedures-aidants-connect-opt-mandate = I sign an Aidants Connect mandate
procedures-aidants-connect-opt-nothing = I leave them my phone
