## Repère — email items (en). Keys follow assessments/items/email.toml.

email-open-app = Choose the app to read your emails.
    .explain = Recognise the email app: the envelope.
    .alt = A home screen with four apps: Email, Camera, Phone and Maps.
email-open-app-region-mail = Email (an envelope)
email-open-app-region-camera = «Appareil photo» (Camera)
email-open-app-region-phone = «Téléphone» (Phone)
email-open-app-region-pin = «Plan» (Maps)

email-what-is = What is an email?
    .explain = Know what an email is: a message sent over the internet.
email-what-is-opt-internet-message = A message sent over the internet
email-what-is-opt-paper-letter = A paper letter put in your letterbox
email-what-is-opt-phone-call = A phone call

email-open-message = Choose Julie's message to open it.
    .explain = Open a message: press its line in the list.
    .alt = An inbox with four messages: CAF, Julie Martin, Ameli Remboursement and Pharmacie du Centre. On the left, the buttons Write, Received, Sent, Junk and Trash.
email-open-message-region-write = The «Écrire» (Write) button
email-open-message-region-trash = The «Corbeille» (Trash)
email-open-message-region-caf = The message from the CAF
email-open-message-region-julie = Julie Martin's message
email-open-message-region-phishing = The Ameli Remboursement message
email-open-message-region-pharmacy = The message from the pharmacy

email-new-message = You want to write a new message. Choose the right button.
    .explain = Start a new email with the «Écrire» (Write) button.
    .alt = An inbox with four messages. On the left, the buttons Write, Received, Sent, Junk and Trash.
email-new-message-region-write = «Écrire» (Write)
email-new-message-region-received = «Reçus» (Received)
email-new-message-region-sent = «Envoyés» (Sent)
email-new-message-region-trash = «Corbeille» (Trash)
email-new-message-region-julie = Julie Martin's message

email-send-button = The message is ready. Choose the button to send it.
    .explain = Send an email with the «Envoyer» (Send) button.
    .alt = A new message to julie.martin@orange.fr, subject Photos. At the top: Cancel and Send. At the bottom: a paperclip, Aa and a bin.
email-send-button-region-cancel = «Annuler» (Cancel)
email-send-button-region-send = «Envoyer» (Send)
email-send-button-region-to = The To box
email-send-button-region-body = The text of the message
email-send-button-region-attach = The paperclip
email-send-button-region-delete = The bin

email-reply-button = You want to reply to Julie. Where do you press?
    .explain = Reply to a message with the «Répondre» (Reply) button.
    .alt = An open message from Julie Martin with an attached photo. At the bottom: Reply, Forward, Delete. At the top: a back arrow.
email-reply-button-region-back = The back arrow
email-reply-button-region-attachment = The attached photo
email-reply-button-region-reply = «Répondre» (Reply)
email-reply-button-region-forward = «Transférer» (Forward)
email-reply-button-region-delete = «Supprimer» (Delete)

email-which-address = Which one is an email address?
    .explain = Recognise an email address: it contains an @.
email-which-address-opt-email = marie.dupont@orange.fr
email-which-address-opt-phone = 06 39 98 12 34
email-which-address-opt-website = www.orange.fr/marie.dupont

email-to-field = Where do you write the person's address?
    .explain = Write the recipient's address in the To box.
    .alt = A new message with the To and Subject boxes and the text. At the top: Cancel and Send. At the bottom: a paperclip.
email-to-field-region-send = «Envoyer» (Send)
email-to-field-region-to = The To box
email-to-field-region-subject = The Subject box
email-to-field-region-body = The text of the message
email-to-field-region-attach = The paperclip

email-open-attachment = Julie sent a photo. Choose it to open it.
    .explain = Open an attachment: press the file under the message.
    .alt = An open message from Julie Martin. Under the text, a file photo-repas.jpg. At the bottom: Reply, Forward, Delete.
email-open-attachment-region-back = The back arrow
email-open-attachment-region-attachment = The file photo-repas.jpg
email-open-attachment-region-reply = «Répondre» (Reply)
email-open-attachment-region-forward = «Transférer» (Forward)
email-open-attachment-region-delete = «Supprimer» (Delete)

email-unread = A blue dot shows a message not read yet. Choose it.
    .explain = Spot unread messages: in bold, with a dot.
    .alt = An inbox with four messages. The message from the CAF is in bold, with a blue dot.
email-unread-region-caf = The message from the CAF
email-unread-region-julie = Julie Martin's message
email-unread-region-phishing = The Ameli Remboursement message
email-unread-region-pharmacy = The message from the pharmacy

email-trash = Where can you find a message you deleted?
    .explain = Find a deleted message in the «Corbeille» (Trash).
    .alt = An inbox. On the left, the buttons Write, Received, Sent, Junk and Trash.
email-trash-region-write = «Écrire» (Write)
email-trash-region-received = «Reçus» (Received)
email-trash-region-sent = «Envoyés» (Sent)
email-trash-region-spam = «Indésirables» (Junk)
email-trash-region-trash = «Corbeille» (Trash)

email-reply-order = Put the steps in order to reply to a message.
    .explain = Reply to an email, step by step.
email-reply-order-step-open = Open the message
email-reply-order-step-reply = Press Reply
email-reply-order-step-write = Write your answer
email-reply-order-step-send = Press Send

email-attach-button = You want to add a photo to the message. Where do you press?
    .explain = Attach a file with the paperclip.
    .alt = A new message. At the top: Cancel and Send. At the bottom: a paperclip, Aa and a bin.
email-attach-button-region-send = «Envoyer» (Send)
email-attach-button-region-subject = The Subject box
email-attach-button-region-body = The text of the message
email-attach-button-region-attach = The paperclip
email-attach-button-region-format = Aa
email-attach-button-region-delete = The bin

email-copy-address = Copy this address: julie.martin@orange.fr
    .explain = Type an email address without mistakes, with the @ and the dots.

email-password-request = An email from "your bank" asks for your password. What do you do?
    .explain = Never give your password by email.
email-password-request-opt-give = I reply with my password
email-password-request-opt-never = I never give it
email-password-request-opt-later = I give it tomorrow

email-subject-use = What is the "Subject" box of an email for?
    .explain = Fill in the subject: what the message is about, in a few words.
email-subject-use-opt-topic = Saying the topic in a few words
email-subject-use-opt-address = Writing the address
email-subject-use-opt-photo = Adding a photo to the message

email-phishing-action = You receive this message. What do you do?
    .explain = Faced with a fake message: do not click, delete it.
    .alt = An email signed Assurance Maladie, sent by remboursement@ameli-sante-info.com: "You are owed €187.50. Confirm your bank card within 24 hours." An orange button: Get my money.
email-phishing-action-opt-click = I press «Recevoir mon argent» (Get my money)
email-phishing-action-opt-delete = I delete it without clicking
email-phishing-action-opt-reply = I reply with my card number

email-spot-phishing-inbox = One of these messages is a scam. Choose it.
    .explain = Be wary of urgent messages that promise money.
    .alt = An inbox with four messages: CAF "Your certificate is ready", Julie Martin "Sunday lunch", Ameli Remboursement "URGENT: get €187 here", Pharmacie du Centre "Your order is ready".
email-spot-phishing-inbox-region-caf = CAF: «Votre attestation est prête» (Your certificate is ready)
email-spot-phishing-inbox-region-julie = Julie Martin: «Repas de dimanche» (Sunday lunch)
email-spot-phishing-inbox-region-phishing = Ameli Remboursement: «URGENT : recevez 187 € ici» (URGENT, get €187 here)
email-spot-phishing-inbox-region-pharmacy = Pharmacie du Centre: «Votre commande est prête» (Your order is ready)

email-attach-order = Put in order: sending a photo by email.
    .explain = Send an attachment, step by step.
email-attach-order-step-write = Press Write and type the address
email-attach-order-step-clip = Press the paperclip
email-attach-order-step-choose = Choose the photo
email-attach-order-step-send = Press Send

email-spam-folder = An email you expect has not arrived. Which folder do you look in?
    .explain = Check the «Indésirables» (Junk) folder when a message is missing.
    .alt = An inbox. On the left, the buttons Write, Received, Sent, Junk and Trash.
email-spam-folder-region-write = «Écrire» (Write)
email-spam-folder-region-received = «Reçus» (Received)
email-spam-folder-region-sent = «Envoyés» (Sent)
email-spam-folder-region-spam = «Indésirables» (Junk)
email-spam-folder-region-trash = «Corbeille» (Trash)

email-phishing-sender-ameli = Where do you see who really sent this message?
    .explain = Check the sender's address, not the logo.
    .alt = An email: From Assurance Maladie, remboursement@ameli-sante-info.com; subject Refund pending; an ameli logo; a text and a button Get my money.
email-phishing-sender-ameli-region-from = The sender's address
email-phishing-sender-ameli-region-subject = The subject
email-phishing-sender-ameli-region-logo = The logo
email-phishing-sender-ameli-region-text = The text
email-phishing-sender-ameli-region-button = The orange button

email-phishing-sender-colis = Where do you see who really sent this message?
    .explain = Check the sender's address, not the logo.
    .alt = An email: From La Poste Suivi, suivi@colis-livraison-fr.net; subject Your parcel is held; a La Poste logo; a text and a button Pay €1.99.
email-phishing-sender-colis-region-from = The sender's address
email-phishing-sender-colis-region-subject = The subject
email-phishing-sender-colis-region-logo = The logo
email-phishing-sender-colis-region-text = The text
email-phishing-sender-colis-region-button = The orange button

email-forward = You want to send this message on to Paul. Which button?
    .explain = Send a message you received to someone else: «Transférer» (Forward).
    .alt = An open message from Julie Martin with an attached photo. At the bottom: Reply, Forward, Delete.
email-forward-region-back = The back arrow
email-forward-region-attachment = The attached photo
email-forward-region-reply = «Répondre» (Reply)
email-forward-region-forward = «Transférer» (Forward)
email-forward-region-delete = «Supprimer» (Delete)

email-reply-not-all = This message went to several people. How do you reply only to the person who sent it?
    .explain = Choose between Reply and Reply all.
email-reply-not-all-opt-reply = Reply
email-reply-not-all-opt-reply-all = Reply all
email-reply-not-all-opt-forward = Forward

email-friend-money = A friend urgently asks you for money by email. What do you do?
    .explain = Check an urgent request another way, for example by phone.
email-friend-money-opt-pay = I send the money quickly
email-friend-money-opt-call = I call my friend to check
email-friend-money-opt-bank-details = I reply with my bank details

email-public-computer = You read your emails at the library. What do you do before you leave?
    .explain = Log out of your mailbox on a shared computer.
email-public-computer-opt-log-out = I log out
email-public-computer-opt-close-tab = I only close the page
email-public-computer-opt-screen-off = I switch off the screen

email-dangerous-attachment = Which attachment is dangerous?
    .explain = Be wary of attachments that are programs (.exe).
email-dangerous-attachment-opt-pdf = facture-mars-2026.pdf
email-dangerous-attachment-opt-jpg = photo.jpg
email-dangerous-attachment-opt-exe = facture.pdf.exe

email-bcc = You write to 20 neighbours without showing their addresses. Which box?
    .explain = Hide the recipients' addresses with the Bcc box.
email-bcc-opt-to = To
email-bcc-opt-cc = Cc
email-bcc-opt-bcc = Bcc

email-link-real-site = You press and hold the link. Which site does it really lead to?
    .explain = Read a link's real address: the site is the name just before the first "/" (here compte-securise.net).
    .alt = A message says: log in at ameli.fr. Pressing and holding the link shows its real address: ameli.fr.compte-securise.net/login, with the buttons Open and Copy.
email-link-real-site-opt-ameli = ameli.fr
email-link-real-site-opt-compte-securise = compte-securise.net
email-link-real-site-opt-login = A «login» page of ameli

## Added (issue 14): creating an e-mail address, recovering a forgotten password. The
## screen is in French: the English quotes its labels in French, with a gloss.

email-create-account = You want an email address. Choose where to start on this page.
    .explain = Create an email address: choose «Créer un compte» (Create an account) on a mail service's website.
    .alt = The home page of «Ma Messagerie» (My Mail): at the top, the link «Aide» (Help). In the middle, «Se connecter» (Log in), an empty box «Adresse e-mail» (Email address) and a button «Suivant» (Next). At the bottom, a link «Créer un compte» (Create an account).
email-create-account-region-help = «Aide» (Help)
email-create-account-region-field = The «Adresse e-mail» (Email address) box
email-create-account-region-next = «Suivant» (Next)
email-create-account-region-create = «Créer un compte» (Create an account)

email-address-taken = The website says: «Cette adresse est déjà prise» (This address is already taken). What do you do?
    .explain = Each address is unique: choose another one, for example with a dot or a number.
email-address-taken-opt-give-up = I give up: I cannot have an email address
email-address-taken-opt-other-name = I choose another one, for example with a number
email-address-taken-opt-retry-later = I try the same one again tomorrow

email-recover-password = You forgot the password of your mailbox. What do you do?
    .explain = Get back in: «Mot de passe oublié ?» (Forgot password?), then the code sent to your phone or to another address.
email-recover-password-opt-new-address = I create a new address and forget the old one
email-recover-password-opt-call-support = I call customer service so they can tell me what it is
email-recover-password-opt-forgot-link = I press «Mot de passe oublié ?» (Forgot password?)

email-recovery-phone = Why add your phone number to your email account?
    .explain = A recovery number lets you get your account back if you forget the password.
email-recovery-phone-opt-recover = To get back in if I forget the password
email-recovery-phone-opt-calls = So that my contacts can call me more easily
email-recovery-phone-opt-required-read = Without it, you can't read your emails

email-unexpected-reset = You get an email: "Change your password here". You did not ask for this. What do you do?
    .explain = A password email you never asked for can be a scam: don't click, go to the website yourself.
email-unexpected-reset-opt-go-myself = I don't click; if needed, I go to the site
email-unexpected-reset-opt-click-see = I click on the link to see what it is about
email-unexpected-reset-opt-reply-not-me = I reply to say it wasn't me

email-copy-short-address = Copy this email address: sam@free.fr
    .explain = Type a short email address, with the @ and the dot.

email-type-subject = You are writing an email. The «Objet» (Subject) box must say: Rendez-vous. Type it.
    .explain = Write the subject of an email, in a few words.

email-back-to-list = You have read the message. Choose where to press to go back to the list of messages.
    .explain = Go back to the list of messages with the back arrow.
    .alt = An open message from Julie Martin with an attached photo. At the bottom: Reply, Forward, Delete. At the top: a back arrow.
email-back-to-list-region-back = The back arrow
email-back-to-list-region-attachment = The attached photo
email-back-to-list-region-reply = «Répondre» (Reply)
email-back-to-list-region-forward = «Transférer» (Forward)
email-back-to-list-region-delete = «Supprimer» (Delete)
