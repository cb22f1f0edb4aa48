## Repère — privacy items (en). Keys follow assessments/items/privacy.toml.

privacy-password-field = Choose the box where you type the password.
    .explain = Find the password box on a sign-in page.
    .alt = A My account page: a filled-in Email address box, a Password box showing dots, a Sign in button and a Forgot password link.
privacy-password-field-region-email = The Email address box
privacy-password-field-region-password = The Password box
privacy-password-field-region-connect = The Sign in button
privacy-password-field-region-forgot = The Forgot password link

privacy-password-secret = Who should know your password?
    .explain = Keep your password secret: never give it to anyone.
privacy-password-secret-opt-only-me = Only me
privacy-password-secret-opt-my-neighbour = My neighbour
privacy-password-secret-opt-anyone-asking = Anyone who asks for it

privacy-refuse-cookies = You do not want cookies. Choose the right button.
    .explain = Refuse cookies with the «Tout refuser» (Refuse all) button.
    .alt = The town hall website. At the bottom, a banner: This site uses cookies. Three buttons: Refuse all, Customise, Accept all.
privacy-refuse-cookies-region-page = The text of the page
privacy-refuse-cookies-region-refuse = «Tout refuser» (Refuse all)
privacy-refuse-cookies-region-settings = «Personnaliser» (Customise)
privacy-refuse-cookies-region-accept = «Tout accepter» (Accept all)

privacy-stranger-code = A stranger asks for the code you got by text. What do you do?
    .explain = Never give a code you received by text to anyone else.
privacy-stranger-code-opt-refuse = I do not give it
privacy-stranger-code-opt-give = I give it
privacy-stranger-code-opt-give-if-polite = I give it if the person is polite

privacy-logout-button = You have finished. Where do you press to leave your account?
    .explain = Leave your account with «Se déconnecter» (Sign out).
    .alt = The My account menu with five lines: My profile, My orders, Settings, Help, Sign out.
privacy-logout-button-region-profile = «Mon profil» (My profile)
privacy-logout-button-region-orders = «Mes commandes» (My orders)
privacy-logout-button-region-settings = «Paramètres» (Settings)
privacy-logout-button-region-help = «Aide» (Help)
privacy-logout-button-region-logout = «Se déconnecter» (Sign out)

privacy-sms-code-entry = Type the code you received by text.
    .explain = Copy a code received by text message to sign in.
    .alt = At the top, a text from MaBanque: Your sign-in code: 482913. Below, six empty boxes to type the code and a Confirm button.

privacy-public-computer = You have finished on the library computer. What do you do?
    .explain = Sign out of your accounts on a shared device.
privacy-public-computer-opt-log-out = I sign out of my accounts
privacy-public-computer-opt-just-leave = I leave; the computer switches off by itself
privacy-public-computer-opt-turn-screen = I turn the screen away

privacy-hidden-password = Why does the password show as dots?
    .explain = Know that the password is hidden to protect it.
    .alt = A sign-in page: the Password box shows black dots instead of letters.
privacy-hidden-password-opt-nobody-reads = So that nobody can read it
privacy-hidden-password-opt-broken = The screen is broken
privacy-hidden-password-opt-wrong-password = The password typed is wrong

privacy-close-prize-popup = This message pops up. Where do you press to close it without giving anything?
    .explain = Close a fake prize with the cross, without pressing its button.
    .alt = A window on a website: Congratulations! You have won a smartphone! A drawn gift, a big Get my gift button and a cross at the top right.
privacy-close-prize-popup-region-close = The cross at the top right
privacy-close-prize-popup-region-message = The text You have won
privacy-close-prize-popup-region-gift = The picture of the gift
privacy-close-prize-popup-region-get-gift = The Get my gift button

privacy-dont-publish = What should you keep to yourself, not post on a social network?
    .explain = Do not post your identity papers or private information.
privacy-dont-publish-opt-id-card = A photo of your identity card
privacy-dont-publish-opt-landscape = A photo of a landscape
privacy-dont-publish-opt-recipe = A cooking recipe

privacy-strong-password = Which password is the strongest?
    .explain = Choose a long password, with several words and numbers.
privacy-strong-password-opt-long-mixed = Chat-Bleu-Pluie-47
privacy-strong-password-opt-digits = 123456
privacy-strong-password-opt-first-name = Marie.Dupont.1978

privacy-private-profile = You want to hide your profile from strangers. Choose the right setting.
    .explain = Make your profile private in the privacy settings.
    .alt = Privacy settings with four switches: Private profile (off), Share my location (on), Notifications (on), Dark mode (off).
privacy-private-profile-region-private = «Profil privé» (Private profile)
privacy-private-profile-region-location = «Partager ma position» (Share my location)
privacy-private-profile-region-notifications = Notifications
privacy-private-profile-region-dark = «Mode sombre» (Dark mode)

privacy-photo-friends = Only your friends should see this photo. Choose the right option.
    .explain = Choose who can see what you post.
    .alt = A screen Who can see your photo? Three choices: Public (everyone, selected for now), Friends, Only me. At the bottom, a Post button.
privacy-photo-friends-region-public = Public
privacy-photo-friends-region-friends = «Amis» (Friends)
privacy-photo-friends-region-only-me = «Moi uniquement» (Only me)
privacy-photo-friends-region-publish = «Publier» (Post)

privacy-what-is-cookie = On a website, what is a cookie?
    .explain = Know what a cookie is: a file that follows your visits.
privacy-what-is-cookie-opt-tracker = A file that remembers your visits
privacy-what-is-cookie-opt-virus = A virus that damages your computer
privacy-what-is-cookie-opt-cake = An advert for biscuits

privacy-location-off = You no longer want to show where you are. Choose the right setting.
    .explain = Turn off location sharing in the settings.
    .alt = Privacy settings with four switches: Private profile (off), Share my location (on), Notifications (on), Dark mode (off).
privacy-location-off-region-private = «Profil privé» (Private profile)
privacy-location-off-region-location = «Partager ma position» (Share my location)
privacy-location-off-region-notifications = Notifications
privacy-location-off-region-dark = «Mode sombre» (Dark mode)

privacy-same-password = The same password for all your accounts: what do you think?
    .explain = Use a different password for each account.
privacy-same-password-opt-risky = Risky: one theft opens all your accounts
privacy-same-password-opt-safe = Safe, if the password is long and complicated
privacy-same-password-opt-advised = Advised, so you do not forget

privacy-app-permission = The Torch app asks for access to your contacts. What do you choose?
    .explain = Refuse permissions an app does not need: «Refuser» (Refuse).
    .alt = The Torch app shows a question: Allow Torch to access your contacts? Two buttons: Refuse and Allow.
privacy-app-permission-region-app = The app name at the top
privacy-app-permission-region-question = The question
privacy-app-permission-region-deny = «Refuser» (Refuse)
privacy-app-permission-region-allow = «Autoriser» (Allow)

privacy-bank-code-call = Your «conseiller» (adviser) calls and asks for this code. What do you do?
    .explain = A real bank adviser never asks for a code received by text.
    .alt = A text from MaBanque: Confirmation code: 739204. Payment of €480.00 at SHOPXPRESS. Below: Call in progress, MaBanque adviser.
privacy-bank-code-call-opt-hang-up = I hang up and do not give the code
privacy-bank-code-call-opt-give-code = I give the code so the payment is cancelled
privacy-bank-code-call-opt-give-half = I give only the beginning

privacy-change-password-order = Changing your password: put the steps in order.
    .explain = Know how to change your password in your account.
privacy-change-password-order-step-open-account = Open My account
privacy-change-password-order-step-choose-change = Press Change password
privacy-change-password-order-step-type-old = Type the old password
privacy-change-password-order-step-type-new = Type the new password
privacy-change-password-order-step-save = Save

privacy-cookies-continue = You want to refuse cookies. Choose the quickest way.
    .explain = Find the small link that refuses cookies.
    .alt = A window on a news site: We respect your privacy. A big Accept and close button, a Settings link at the bottom, and in small print at the top right: Continue without accepting.
privacy-cookies-continue-region-continue = Continue without accepting
privacy-cookies-continue-region-text = The text in the middle
privacy-cookies-continue-region-accept = «Accepter et fermer» (Accept and close)
privacy-cookies-continue-region-settings = «Paramétrer» (Settings)

privacy-two-factor = With two-step verification, what are you asked for on top of the password?
    .explain = Understand two-step verification: password plus a code.
privacy-two-factor-opt-phone-code = A code sent to your phone
privacy-two-factor-opt-second-password = The same password, typed twice
privacy-two-factor-opt-birth-date = Your date of birth

privacy-refuse-ad-cookies = You refuse targeted advertising. Choose the setting to turn off.
    .explain = Choose your cookies one by one in the settings.
    .alt = A Your cookie choices screen: Necessary (always on), Audience measurement (off), Personalised advertising (on), Social networks (off), and a Save my choices button.
privacy-refuse-ad-cookies-region-necessary = «Nécessaires» (Necessary)
privacy-refuse-ad-cookies-region-audience = «Mesure d'audience» (Audience measurement)
privacy-refuse-ad-cookies-region-ads = «Publicité personnalisée» (Personalised advertising)
privacy-refuse-ad-cookies-region-social = «Réseaux sociaux» (Social networks)
privacy-refuse-ad-cookies-region-save = «Enregistrer mes choix» (Save my choices)

privacy-public-wifi = On a café's free Wi-Fi, what is best avoided?
    .explain = An unknown public Wi-Fi can be a trap: avoid sensitive operations on it, such as banking.
privacy-public-wifi-opt-bank = Checking your bank account
privacy-public-wifi-opt-weather = Checking the weather
privacy-public-wifi-opt-news = Reading the news

privacy-password-leak = You are warned: your password has been stolen. What do you do?
    .explain = Change a leaked password everywhere.
privacy-password-leak-opt-change-everywhere = Change it everywhere I use it
privacy-password-leak-opt-change-here = Change it on this site only
privacy-password-leak-opt-wait = Wait and see if it gets used
privacy-password-leak-opt-delete-app = Delete the app

privacy-password-manager = What is a password manager for?
    .explain = Use a password manager to remember different passwords.
privacy-password-manager-opt-keep-many = Keep strong, different passwords
privacy-password-manager-opt-share = Share your passwords with your family
privacy-password-manager-opt-remove = Do without passwords

privacy-scam-sms-link = Which detail proves this text message is a scam?
    .explain = Check a link's address: the real health insurance site is ameli.fr.
    .alt = A text from AMELI, today at 10:42: «Votre remboursement de 48,50 € est en attente. Confirmez ici :» (Your €48.50 refund is waiting. Confirm here:) ameli-vitale-renouv.com. At the bottom, a box to reply.
privacy-scam-sms-link-region-sender = The name AMELI at the top
privacy-scam-sms-link-region-date = The time of the message
privacy-scam-sms-link-region-text = The text about the refund
privacy-scam-sms-link-region-link = The link ameli-vitale-renouv.com
privacy-scam-sms-link-region-reply = The reply box

privacy-two-factor-order = Turning on two-step verification: put the steps in order.
    .explain = Protect an account by turning on two-step verification.
privacy-two-factor-order-step-open-security = Open the security settings
privacy-two-factor-order-step-choose-2fa = Choose Two-step verification
privacy-two-factor-order-step-enter-phone = Type your phone number
privacy-two-factor-order-step-type-code = Type the code received by text

privacy-data-rights = A company keeps your personal data. In France, what can you do?
    .explain = Know your rights (GDPR): see, correct and delete your data.
privacy-data-rights-opt-ask-delete = Ask it to delete them
privacy-data-rights-opt-nothing = Nothing, they belong to it
privacy-data-rights-opt-only-police = Nothing: only the police can ask for that

privacy-unknown-device = You live in Lille. Which connected device is suspicious?
    .explain = Check which devices are connected to your account.
    .alt = A «Appareils connectés» (Connected devices) screen: This tablet, Lille, now; Samsung phone, Lille, yesterday at 6.30 pm; Windows computer, Marseille, 3.12 in the morning. At the bottom, a «Déconnecter tous les appareils» (Disconnect all devices) button.
privacy-unknown-device-region-tablet = This tablet, in Lille
privacy-unknown-device-region-phone = Samsung phone, in Lille
privacy-unknown-device-region-computer = Windows computer, in Marseille
privacy-unknown-device-region-disconnect-all = «Déconnecter tous les appareils» (Disconnect all devices)

privacy-photo-location = You send a photo by email. It can reveal where you live. How?
    .explain = Know that a photo sent as it is can keep the place where it was taken (some social networks remove it, an email does not).
privacy-photo-location-opt-gps-data = Through the location hidden in the photo
privacy-photo-location-opt-impossible = It is impossible
privacy-photo-location-opt-colours = Through the colours and the light of the sky

## Added (issue 14): where to report a scam.

privacy-report-sms-33700 = You get a scam text message. Which number do you forward it to, to report it?
    .explain = Scam text message: forward it to 33700 (free). Scam call: send 33700 a text saying "spam vocal" followed by the number that called.
privacy-report-sms-33700-opt-reply-stop = To the number that sent it, writing "STOP"
privacy-report-sms-33700-opt-number-33700 = To 33700
privacy-report-sms-33700-opt-number-17 = To 17

privacy-report-hacked-17cyber = Your account has been hacked. Which official site helps victims of hacking?
    .explain = Victim of hacking or an online scam: 17cyber.gouv.fr gives advice and, if needed, puts you in touch with the police or gendarmerie.
privacy-report-hacked-17cyber-opt-site-17cyber = 17cyber.gouv.fr
privacy-report-hacked-17cyber-opt-paid-recovery = recuperer-mon-compte-vite.com, a paid service
privacy-report-hacked-17cyber-opt-signalconso = signal.conso.gouv.fr

privacy-report-pharos = On a social network, a post that everyone can see calls for violence. Where do you report it?
    .explain = Report illegal public content on the internet (violence, hatred, threats): PHAROS, on internet-signalement.gouv.fr. A threatening private message: go to the police or gendarmerie.
privacy-report-pharos-opt-signalconso = On SignalConso
privacy-report-pharos-opt-number-33700 = To 33700
privacy-report-pharos-opt-pharos = On PHAROS

privacy-child-new-number = An unknown number texts you: "Hi, it's me, I have a new number". What do you do?
    .explain = A relative who changes number and asks for help: call them on their usual number first.
privacy-child-new-number-opt-reply-whatsapp = I quickly write to them on WhatsApp to help
privacy-child-new-number-opt-save-number = I save this number instead of the old one
privacy-child-new-number-opt-call-usual = I call my child on their usual number

privacy-type-password = Copy this password: Lune-Verte-58
    .explain = Type a password with dashes and digits, without a mistake.

privacy-logout-order = You have finished on the library computer: put the steps in order.
    .explain = Sign out of your accounts on a shared computer.
privacy-logout-order-step-open-menu = Open your account menu
privacy-logout-order-step-logout = Choose «Se déconnecter» (Log out)
privacy-logout-order-step-check = Check that the site asks for the password again
privacy-logout-order-step-leave = Leave the seat to the next person
