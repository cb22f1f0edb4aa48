## Repère — shopping items (en). Keys follow assessments/items/shopping.toml.

shopping-add-to-cart = You want to buy this kettle. Choose the right button.
    .explain = Put an item in the basket with «Ajouter au panier» (Add to basket).
    .alt = An online shop, MaisonPratique. At the top: a Search bar and a basket. In the middle: the photo of an electric kettle at €29.90, an Add to basket button and a Favourites button.
shopping-add-to-cart-region-search = The Search bar
shopping-add-to-cart-region-cart = The basket at the top
shopping-add-to-cart-region-photo = The photo of the kettle
shopping-add-to-cart-region-add = «Ajouter au panier» (Add to basket)
shopping-add-to-cart-region-favourites = Favourites

shopping-search-bar = You are looking for something else. Where do you type it?
    .explain = Look for an item with the Search bar.
    .alt = An online shop, MaisonPratique. At the top: a Search bar and a basket. In the middle: the photo of an electric kettle at €29.90, an Add to basket button and a Favourites button.
shopping-search-bar-region-logo = The shop's name
shopping-search-bar-region-search = The Search bar
shopping-search-bar-region-cart = The basket at the top
shopping-search-bar-region-photo = The photo of the kettle
shopping-search-bar-region-add = «Ajouter au panier» (Add to basket)

shopping-pay-button = Your basket is ready. Where do you press to go to payment?
    .explain = Go to payment from the basket.
    .alt = My basket: an electric kettle at €29.90, a Remove link, minus and plus buttons around the number 1. Delivery €4.90. Total €34.80. A Confirm and pay button.
shopping-pay-button-region-delete = «Supprimer» (Remove)
shopping-pay-button-region-minus = The minus button
shopping-pay-button-region-plus = The plus button
shopping-pay-button-region-total = The Total line
shopping-pay-button-region-pay = «Valider et payer» (Confirm and pay)

shopping-cart-icon = Where do you press to see your basket?
    .explain = Recognise the basket icon at the top of the shop.
    .alt = An online shop, MaisonPratique. At the top: a Search bar and a basket. In the middle: the photo of an electric kettle at €29.90, an Add to basket button and a Favourites button.
shopping-cart-icon-region-logo = The shop's name
shopping-cart-icon-region-search = The Search bar
shopping-cart-icon-region-cart = The basket at the top
shopping-cart-icon-region-add = «Ajouter au panier» (Add to basket)
shopping-cart-icon-region-favourites = Favourites

shopping-quantity-plus = You want two kettles. Choose the right button.
    .explain = Change how many of an item are in the basket.
    .alt = My basket: an electric kettle at €29.90, a Remove link, minus and plus buttons around the number 1. Delivery €4.90. Total €34.80. A Confirm and pay button.
shopping-quantity-plus-region-delete = «Supprimer» (Remove)
shopping-quantity-plus-region-minus = The minus button
shopping-quantity-plus-region-plus = The plus button
shopping-quantity-plus-region-total = The Total line
shopping-quantity-plus-region-pay = «Valider et payer» (Confirm and pay)

shopping-total-price = How much will you pay in total?
    .explain = Read the basket total, delivery included.
    .alt = My basket: an electric kettle at €29.90, a Remove link, minus and plus buttons around the number 1. Delivery €4.90. Total €34.80. A Confirm and pay button.
shopping-total-price-opt-price-29-90 = €29.90
shopping-total-price-opt-price-4-90 = €4.90
shopping-total-price-opt-price-34-80 = €34.80

shopping-too-good = Is this offer genuine?
    .explain = Be wary of a price that is too low and of a countdown.
    .alt = A red advert: «SUPER AFFAIRE !» (Super deal!) New smartphone, €969 crossed out, €19. Only 2 minutes left! A «J'en profite» (Grab it) button.
shopping-too-good-opt-too-good = No, it is too good to be true
shopping-too-good-opt-yes-quick = Yes, grab it quickly
shopping-too-good-opt-yes-new = Yes, it says new

shopping-postcode-entry = Type the postcode of your address.
    .explain = Fill in your delivery address without mistakes.
    .alt = A Delivery address form: Street, 12 rue des Lilas; Postcode, empty; Town, Lyon. A yellow note: My address: 12 rue des Lilas, 69003 Lyon.

shopping-card-number-field = Where do you type the 16 digits of your card?
    .explain = Fill in a card payment form.
    .alt = A Card payment page. At the top, the address bar with a padlock and https://www.maisonpratique.fr/paiement. Boxes: Name on card, Card number, Expiry date, Security code. A Pay €34.80 button.
shopping-card-number-field-region-title = The title Card payment
shopping-card-number-field-region-name = «Nom sur la carte» (Name on card)
shopping-card-number-field-region-number = «Numéro de carte» (Card number)
shopping-card-number-field-region-expiry = «Date d'expiration» (Expiry date)
shopping-card-number-field-region-cvc = «Cryptogramme» (Security code)
shopping-card-number-field-region-pay = «Payer 34,80 €» (Pay €34.80)

shopping-track-parcel = You want to know where your parcel is. Choose the right button.
    .explain = Track the delivery of an order.
    .alt = Order no. 58213: shipped on 12 May, delivery expected on 15 May. Four buttons: Track my parcel, Return an item, See the invoice, Contact the seller.
shopping-track-parcel-region-status = The Shipped on 12 May line
shopping-track-parcel-region-track = «Suivre mon colis» (Track my parcel)
shopping-track-parcel-region-return = «Retourner un article» (Return an item)
shopping-track-parcel-region-invoice = «Voir la facture» (See the invoice)
shopping-track-parcel-region-contact = «Contacter le vendeur» (Contact the seller)

shopping-card-pin = Online, do you type your card's secret 4-digit PIN?
    .explain = A card's PIN is never typed online.
shopping-card-pin-opt-never = Never
shopping-card-pin-opt-always = Always
shopping-card-pin-opt-big-amount = Only for a big purchase

shopping-padlock = Which sign shows that the connection to this site is encrypted?
    .explain = Spot «https://» at the start of the address: the connection is encrypted. But https (or a padlock) does not prove the site is honest.
    .alt = A «Paiement par carte» (Card payment) page. At the top, the address bar: a settings icon (two sliders), then https://www.maisonpratique.fr/paiement. Boxes: Name on card, Card number, Expiry date, Security code. A «Payer 34,80 €» (Pay €34.80) button.
shopping-padlock-region-tune = The settings icon (two sliders)
shopping-padlock-region-url = The address https://www.maisonpratique.fr/paiement
shopping-padlock-region-title = The title Card payment
shopping-padlock-region-number = «Numéro de carte» (Card number)
shopping-padlock-region-pay = «Payer 34,80 €» (Pay €34.80)

shopping-checkout-order = Buying online: put the steps in order.
    .explain = Know the steps of an online purchase.
shopping-checkout-order-step-choose = Choose the item
shopping-checkout-order-step-basket = Put it in the basket
shopping-checkout-order-step-address = Give the delivery address
shopping-checkout-order-step-pay = Pay

shopping-return-item = The jumper you received is too small. Where do you press to send it back?
    .explain = Return an item from your order page: «Retourner un article» (Return an item).
    .alt = Order no. 58213: shipped on 12 May, delivery expected on 15 May. Four buttons: Track my parcel, Return an item, See the invoice, Contact the seller.
shopping-return-item-region-status = The Shipped on 12 May line
shopping-return-item-region-track = «Suivre mon colis» (Track my parcel)
shopping-return-item-region-return = «Retourner un article» (Return an item)
shopping-return-item-region-invoice = «Voir la facture» (See the invoice)
shopping-return-item-region-contact = «Contacter le vendeur» (Contact the seller)

shopping-payment-code-entry = Your bank sends a code to confirm the purchase. Type it.
    .explain = Confirm a payment with the code sent by your bank.
    .alt = A text from MaBanque: Code 5817 to pay €34.80 at MaisonPratique. Below, a Payment confirmation page: €34.80, a box for the code and a Confirm button.

shopping-relay-point = What does delivery "to a pick-up point" mean?
    .explain = Choose how to be delivered: home or pick-up point.
shopping-relay-point-opt-shop-pickup = You collect the parcel from a shop
shopping-relay-point-opt-home = The parcel comes to your home
shopping-relay-point-opt-post-box = The parcel is left in your letterbox

shopping-return-days = After buying online, how long do you have to change your mind?
    .explain = Know the 14-day right to cancel.
shopping-return-days-opt-days-14 = 14 days
shopping-return-days-opt-days-2 = 48 hours
shopping-return-days-opt-never = Never
shopping-return-days-opt-year = One year

shopping-fake-shop-shoes = Can this shop be trusted?
    .explain = Spot a fake shop: crazy price, an address that copies a brand.
    .alt = A site at the address nike-soldes-france.shop, with a padlock. TOTAL CLEARANCE -80%. Nike Air trainers: €129.99 crossed out, €19.99. Only 3 pairs left! Buy button.
shopping-fake-shop-shoes-opt-too-cheap-odd-address = No: price too low and odd address
shopping-fake-shop-shoes-opt-yes-brand = Yes: the brand and its logo are shown
shopping-fake-shop-shoes-opt-yes-padlock = Yes: there is a padlock

shopping-fake-shop-tv = Can this shop be trusted?
    .explain = Spot a fake shop: crazy price, an address that copies a brand.
    .alt = A site at the address samsung-outlet-fr.store, with a padlock. TOTAL CLEARANCE -80%. Samsung 65-inch TV: €1,299 crossed out, €89. Limited offer: 10 minutes. Buy button.
shopping-fake-shop-tv-opt-too-cheap-odd-address = No: price too low and odd address
shopping-fake-shop-tv-opt-yes-brand = Yes: the brand and its logo are shown
shopping-fake-shop-tv-opt-yes-padlock = Yes: there is a padlock

shopping-no-https = This payment page is not safe. Choose what shows it.
    .explain = Check the address bar before paying: https, not «Non sécurisé» (Not secure).
    .alt = A Secure payment page with the VISA and CB logos, a Card number box and a Pay €59.90 button. At the top, the address bar: a red triangle, Not secure, http://paiement-carte.shop/cb.
shopping-no-https-region-address = The address bar
shopping-no-https-region-title = The title Secure payment
shopping-no-https-region-logos = The VISA and CB logos
shopping-no-https-region-card-number = The Card number box
shopping-no-https-region-pay = «Payer 59,90 €» (Pay €59.90)

shopping-parcel-sms = You are expecting a parcel. You get this text. What do you do?
    .explain = Spot a fake delivery text asking you to pay.
    .alt = A text from a mobile number: Parcel: your delivery is on hold. Pay €1.45 in fees to receive it: colis-suivi-fr.info.
shopping-parcel-sms-opt-delete = I delete the text without opening the link
shopping-parcel-sms-opt-pay = I pay, it is cheap
shopping-parcel-sms-opt-look = I open the link to have a look

shopping-compare-total = Where do you pay the least, delivery included?
    .explain = Compare prices with delivery added.
    .alt = The same kettle in three shops. Shop A: €24.90 plus €6.90 delivery. Shop B: €27.50, free delivery. Shop C: €22.00 plus €8.50 delivery.
shopping-compare-total-opt-shop-a = Shop A
shopping-compare-total-opt-shop-b = Shop B
shopping-compare-total-opt-shop-c = Shop C

shopping-return-order = Sending an item back: put the steps in order.
    .explain = Know how to return something bought online.
shopping-return-order-step-orders = Open My orders
shopping-return-order-step-choose-return = Choose Return an item
shopping-return-order-step-print-label = Print the return label or show the QR code
shopping-return-order-step-drop-parcel = Drop off the parcel

shopping-legal-notice = To find out who runs an online shop, what do you look at?
    .explain = Read the legal notice: the company's name, address and number.
shopping-legal-notice-opt-legal-notice = The legal notice
shopping-legal-notice-opt-photos = The product photos
shopping-legal-notice-opt-prices = The prices

shopping-preticked-box = You meant to pay €34.80. Choose what raised the total.
    .explain = Untick options that were added without asking.
    .alt = A summary: Electric kettle €29.90, Delivery €4.90, a ticked box Breakage insurance 2 years €9.99, an empty box Receive our offers by email. Total: €44.79. Pay button.
shopping-preticked-box-region-product = The kettle
shopping-preticked-box-region-delivery = Delivery
shopping-preticked-box-region-insurance = The ticked breakage insurance
shopping-preticked-box-region-newsletter = Receive our offers
shopping-preticked-box-region-pay = «Payer» (Pay)

shopping-coupon-payment = A classified-ads seller wants payment in prepaid vouchers. What do you do?
    .explain = Refuse payments by voucher, money order or transfer to a stranger.
shopping-coupon-payment-opt-refuse = I refuse and offer to pay through the site
shopping-coupon-payment-opt-accept = I accept, it is quick
shopping-coupon-payment-opt-half = I send half of the price first

shopping-third-party-seller = Who is really selling you this vacuum? Choose the information.
    .explain = On a marketplace, check who the real seller is.
    .alt = A page of the GrandMarché site: Dyzon V8 cordless vacuum, €89.00. «Vendu et expédié par : TopDeal-Express» (Sold and shipped by). Delivery: 15 to 30 days. «Ajouter au panier» (Add to basket) button.
shopping-third-party-seller-region-shop-name = The name GrandMarché
shopping-third-party-seller-region-title = The vacuum's name
shopping-third-party-seller-region-price = The price
shopping-third-party-seller-region-seller = «Vendu et expédié par» (Sold and shipped by)
shopping-third-party-seller-region-delivery = The delivery time
shopping-third-party-seller-region-add = «Ajouter au panier» (Add to basket)

shopping-subscription-trap = Where is the trap in this offer?
    .explain = Read the small print before ordering a "free trial".
    .alt = An advert: FREE SAMPLE! Anti-ageing cream, pay only €1.95 delivery, I want it! button. At the bottom, small and grey: By ordering, you accept a subscription at €49.90 a month.
shopping-subscription-trap-region-headline = Free sample
shopping-subscription-trap-region-product = The jar of cream
shopping-subscription-trap-region-delivery = Pay only €1.95
shopping-subscription-trap-region-order = «Je le veux !» (I want it!)
shopping-subscription-trap-region-small-print = The small grey text at the bottom

shopping-safest-payment = Which payment protects you best if something goes wrong?
    .explain = Prefer a bank card: a payment can be disputed.
shopping-safest-payment-opt-card = A bank card
shopping-safest-payment-opt-transfer = A bank transfer
shopping-safest-payment-opt-cash-voucher = A prepaid voucher

shopping-never-delivered = You paid by card and nothing arrived. The site no longer answers. What do you do?
    .explain = Dispute a card payment with your bank.
shopping-never-delivered-opt-bank-dispute = Ask my bank to dispute the payment
shopping-never-delivered-opt-wait = Wait, the parcel will arrive in the end
shopping-never-delivered-opt-pay-again = Order a second time

## Added (issue 14): fake payment links between private sellers, and where to report a
## company. The screen is in French: the English quotes it in French, with a gloss.

shopping-marketplace-fake-link = You are selling your sofa. The buyer sends this message. What do you do?
    .explain = You never receive money by entering your card on a link sent by the buyer: it is a scam.
    .alt = A conversation with «Acheteur canapé» (Sofa buyer). First message: «Bonjour, je prends votre canapé à 150 €. J'ai payé par paiement sécurisé.» (Hello, I'll take your sofa for €150. I paid by secure payment.) Second message: «Pour recevoir l'argent, cliquez ici et entrez votre carte bancaire : paiement-securise-annonces.com/recevoir. Faites vite, l'offre expire dans 1 h !» (To receive the money, click here and enter your bank card: paiement-securise-annonces.com/recevoir. Hurry, the offer expires in 1 hour!)
shopping-marketplace-fake-link-opt-click-card = I click and enter my card to receive the money
shopping-marketplace-fake-link-opt-click-rib = I click, but I only give my bank details (RIB)
shopping-marketplace-fake-link-opt-no-click = I don't click and I stay on the site

shopping-marketplace-off-platform = A buyer wants to carry on the conversation on WhatsApp. Why be careful?
    .explain = Stay in the classified-ads site's messaging: outside it, the sale is no longer protected.
shopping-marketplace-off-platform-opt-not-protected = Outside the site, the sale is not protected
shopping-marketplace-off-platform-opt-whatsapp-paid = WhatsApp messages cost money
shopping-marketplace-off-platform-opt-faster = There is no reason: it is just faster and easier

shopping-report-signalconso = A website refuses to refund an item you returned in time. Where do you report it?
    .explain = Report a problem with a company or an online shop: SignalConso (signal.conso.gouv.fr).
shopping-report-signalconso-opt-pharos = With PHAROS
shopping-report-signalconso-opt-signalconso = On SignalConso
shopping-report-signalconso-opt-number-33700 = To 33700

shopping-bank-app-unknown = Your banking app asks you to confirm a payment. You are not buying anything. What do you do?
    .explain = Never confirm a payment you did not make: refuse, then call your bank on its usual number.
shopping-bank-app-unknown-opt-refuse-call = I refuse, then I call my bank
shopping-bank-app-unknown-opt-validate-see = I confirm to see what it is about
shopping-bank-app-unknown-opt-validate-bank = I confirm: it is my bank asking

shopping-remove-item = You no longer want the kettle. Choose where to press to take it out of the basket.
    .explain = Take an item out of the basket.
    .alt = My basket: an electric kettle at €29.90, a Remove link, minus and plus buttons around the number 1. Delivery €4.90. Total €34.80. A Confirm and pay button.
shopping-remove-item-region-delete = «Supprimer» (Remove)
shopping-remove-item-region-minus = The minus button
shopping-remove-item-region-plus = The plus button
shopping-remove-item-region-total = The Total line
shopping-remove-item-region-pay = «Valider et payer» (Confirm and pay)

shopping-type-promo = Copy this discount code: NOEL10
    .explain = Copy a discount code without a mistake.

shopping-search-order = Look for an item on a shopping site: put the steps in order.
    .explain = Look for an item with a site's search bar.
shopping-search-order-step-tap-bar = Press in the search bar
shopping-search-order-step-type = Type the name of the item
shopping-search-order-step-search = Press the magnifying glass
shopping-search-order-step-pick = Choose the item in the list
