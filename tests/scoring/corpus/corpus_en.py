"""English transcripts (ASR style: lower case, no punctuation, damaged words). Events: see build_corpus."""

# ruff: noqa: E501

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    emit(
        "en01",
        "en",
        "GCNQSP$XB",
        """
c: good afternoon sunrise windows this is emma speaking how can i help
r: hi my name is john i'd like new windows for my flat
c: sure may i have your name please
r: john
c: thanks john and where did you hear about us
r: a friend told me
r@ask_product: how much is a double window one point three by one point four
c: that one with installation comes to about four hundred and fifty dollars
r@ask_next: what happens next
c: i can book a free measurement visit at a time that suits you
r: thanks i'll think about it goodbye
c: thank you for calling have a nice day
""",
        "ideal operator",
    )
    emit(
        "en02",
        "en",
        "W",
        """
c: yeah
r: hi i wanted to ask about windows
c: uh huh
r@ask_product: how much is a window one thirty by one forty
c: all the prices are on our website just look there
r: can't you just tell me
c: i don't know look at the website
r: okay bye
c: yep
""",
        "rude, deflection",
    )
    emit(
        "en03",
        "en",
        "GCSP$XB",
        """
c: hello comfort furniture
r: hello i'm looking for a corner sofa
c: we have a few models how did you find us by the way
r: online
r@ask_product: how much is a corner sofa and do you have it in stock
c: corner sofas start at nine hundred ninety and we have grey and beige in stock
c: you're welcome to come to the showroom and try them
r: goodbye
c: bye now take care
""",
        "'take care' closing",
    )
    emit(
        "en04",
        "en",
        "GCNP$XB",
        """
c: bright smile dental this is olivia hello
r: hello i wanted to ask about a filling
c: sure where are you calling from which part of town
r: downtown
r@ask_product: how much does a filling cost
c: a filling starts at one hundred twenty dollars depending on the material
c: shall i book you a consultation with the dentist tomorrow
r: i'll think thanks
c: okay we'll be glad to hear from you goodbye
""",
        "hard negative: 'where are you calling from' asks the location",
    )
    emit(
        "en05",
        "en",
        "GCSP$XB",
        """
c: good morning motor garage how can i help you
r: morning i need an oil change
c: sure and where'd you here about us
r: found you online
r@ask_product: how much is an oil change for a golf
c: the labour is forty pounds oil is extra
c: i can put you in for saturday morning
r: thanks i'll call back
c: no problem have a good day
""",
        "ASR 'here' for 'hear', contraction",
    )
    emit(
        "en06",
        "en",
        "GCNQSP$XB",
        """
c: hi energy fitness club my name's daniel
r: hi i'm interested in a membership
c: great what's your name
r: john
c: john how did you hear about us
r: a friend recommended you
r@ask_product: how much is an annual membership
c: the annual one is on offer at four hundred ninety nine
c: come in for a free trial session
r: thanks
c: see you soon bye bye
""",
        "'see you soon bye bye' counts as polite",
    )
    emit(
        "en07",
        "en",
        "GNP$XB",
        """
c: hello there
r: hi i'm calling about ceiling repairs
c: yes i'm sarah go ahead
r@ask_product: how much would a ceiling for a twenty square meter room be
c: depends on the finish roughly six hundred
c: a lot of people find us online we've got good reviews
r: can someone come and measure
c: sure leave your number and we'll call you back to arrange a visit
r: thanks goodbye
c: goodbye
""",
        "hard negative: talks about how clients find them without asking",
    )
    emit(
        "en08",
        "en",
        "",
        """
c: yeah what
r: hi i need my bathroom redone
c: go on
r@ask_product: roughly how much does a full bathroom renovation cost
c: i don't know the foreman does that
r@ask_next: so what should i do
c: call again later when he's in
r: okay bye
""",
        "'call again later' is not an offer",
    )
    emit(
        "en09",
        "en",
        "GCNQP$XBL",
        """
c: good afternoon warm floors natalie speaking
r@ask_product: hi how much is electric underfloor heating for a kitchen
c: one moment let me check
c+40: sorry for the wait for a kitchen around three hundred with fitting
c: who am i speaking with
r: john
c: john i can email you a quote
r: yes thanks
c: all the best
""",
        "40 s hold",
        metrics={"hold_s": 40},
        labels={"no_long_hold": False},
    )
    emit(
        "en10",
        "en",
        "GCSP$XB",
        """
c: hello kitchens by maria how can i help
r: hi i'd like to order a kitchen
c: wonderful and how did you hear about us an advert or a friend
r: an advert
r@ask_product: how much is a three meter kitchen
c: we have a promotion on our website right now but let me tell you myself three meters starts at five thousand
c: i can invite you to the showroom or send a designer to measure
r: thanks i'll think
c: thanks for calling goodbye
""",
        "website mentioned, not deflecting",
    )
    emit(
        "en11",
        "en",
        "GSP$X",
        """
c: hello good morning
r: hi i'm calling about water delivery
c: yes how did you find out about us
r: advert
r@ask_product: how much is a nineteen liter bottle with delivery
c: eight dollars delivery is free
c: shall we place an order for tomorrow
r: not now thanks
c: okay call us
""",
    )
    emit(
        "en12",
        "en",
        "GCQSP$XB",
        """
c: key estate agents good afternoon
r: good afternoon i'm calling about the flat you advertised
c: can i take your name please
r: john
c: john and where did you see our ad
r: on rightmove
r@ask_product: is the flat still for sale and what's the price
c: yes it is two hundred and forty thousand open to offers
c: we can arrange a viewing at the weekend
r: okay i'll think
c: thanks goodbye
""",
        "'where did you see our ad' asks the source",
    )
    emit(
        "en13",
        "en",
        "P$X",
        """
c: salon
r: hi i'd like to book a haircut
c: which stylist
r@ask_product: how much is a men's haircut
c: twenty five any stylist
r: what's the name of the stylist working tomorrow
c: tomorrow it's alina what's the name of your style doesn't matter we'll sort it out
c: shall i book you in for tomorrow
r: yes three o'clock
c: ok
""",
        "hard negatives for asking the caller's name",
    )
    emit("en14", "en", "", "", "busy", outcome="busy", labels={"answered": False})
    emit(
        "en15",
        "en",
        "GCWB",
        """
c: hello eurorenovation
r@ask_product: hello how much is renovating a one bedroom flat
c: go to our web site everything is written there prices and timing
r: and by phone
c: we don't consult by phone goodbye
""",
        "deflection, ASR 'web site'",
    )
    emit(
        "en16",
        "en",
        "GNW",
        """
c: good afternoon this is anastasia
r@ask_product: good afternoon do you have winter tyres seventeen inch in stock
c: all the information is on the website in the catalogue
r: could you check
c: no i can't check see the catalogue
""",
        "deflection",
    )
    emit(
        "en17",
        "en",
        "GCNP$XB",
        """
c: relax massage studio irene speaking good evening
r@ask_product: good evening how much is a back massage
c: you don't need to look at the website i'll tell you now a back massage is forty five for half an hour
c: would you like me to book you for thursday
r: i'll think
c: have a lovely evening goodbye
""",
        "website mentioned with negation",
    )
    emit(
        "en18",
        "en",
        "GCQP$X",
        """
c: good morning vector removals
r@ask_product: morning how much to move a sofa across town
c: our website is down at the moment so just ask me a van with two movers is from eighty
c: what name shall i put it under
r: john
c: john let me make a booking for a day that suits you
r: thanks
""",
        "website mentioned, not deflecting",
    )
    emit(
        "en19",
        "en",
        "GCP$XB",
        """
c: hello oak furniture factory
r@ask_product: hello how much is a two meter wardrobe
c: a two meter wardrobe is from nine hundred you can look at photos of our work on the website but i've given you the price
c: we can send a designer to measure
r: okay thanks
c: thanks for your call
""",
        "hard negative: website for photos after answering",
    )
    emit(
        "en20",
        "en",
        "GSP$",
        """
c: hello
c+12: hello speak up
r: hi i'm calling about air conditioning
c: yeah
c: and where did you hear of us
r@ask_product: how much does installing an air conditioner cost
c: installation is three hundred fifty
r: i see thanks
""",
        "in English 'hello' is a greeting (unlike Russian 'алло')",
    )
    emit(
        "en21",
        "en",
        "GCNQSP$XB",
        """
c: good afternoon happy paws vet clinic my name is ellen
r: hi i'd like to ask about a vaccination for my dog
c: sure could i get your name and your dog's name
r: john and the dog's rex
c: and how did you come across our clinic
r: i live nearby
r@ask_product: how much is the full vaccination
c: the full vaccination is sixty five including the check up
c: let's book rex an appointment
r: thanks i'll call back
c: take care goodbye
""",
    )
    emit(
        "en22",
        "en",
        "GCSP$B",
        """
c: hello lingua english school
r: hello i'm interested in adult courses
c: who recommended us to you
r: a colleague
r@ask_product: how much is a month of group classes
c: eight classes a month for two hundred and ten
r: thanks i'll think
c: have a great day goodbye
""",
    )
    emit(
        "en23",
        "en",
        "GCP$XB",
        """
c: print shop good afternoon
r@ask_product: afternoon how much for a thousand business cards
c: a thousand cards from forty dollars
c: have you ordered from us before
r: no first time
c: fine i can send you an invoice today
r: thanks
c: thank you bye
""",
        "hard negative: 'have you ordered from us before' is not the source question",
    )
    emit(
        "en24",
        "en",
        "GSPX",
        """
c: hiya listening
r: hi i need a divorce lawyer
c: and which advert are you calling about
r: an online ad
r@ask_product: what documents do i need and how long does it take
c: passport and marriage certificate usually a month through the court
c: come in for a free consultation
r: thanks
""",
        "'which advert are you calling about' asks the source",
    )
    emit(
        "en25",
        "en",
        "GQW",
        """
c: morning
r: good morning i need flowers delivered
c: what's your name
r: john
r@ask_product: how much is a bouquet of twenty five roses
c: bouquets and prices check our site there's a catalogue
r: thanks
""",
        "deflection; bare 'morning' is a greeting",
    )
    emit(
        "en26",
        "en",
        "GCNQP$X",
        """
c: lime beauty salon kate here hello
r@ask_product: hello how much is a manicure with gel polish
c: a gel manicure is thirty five
c: what name should i book it under
r: john
c: i can book you in for friday evening
""",
    )
    emit(
        "en27",
        "en",
        "GN",
        """
c: hello this is oksana
r@ask_product: hello do you have truck tyres
c: i don't know i don't do tyres
r: who knows
c: nobody's here right now
""",
        "'i don't know' is no answer",
    )
    emit(
        "en28",
        "en",
        "GCSP$XB",
        """
c: wave hotel good evening
r: good evening i'd like to book a room
c: with pleasure and how did you learn about our hotel
r: from reviews
r@ask_product: how much is a double room for the weekend
c: a standard double is one hundred twenty a night with breakfast
c: let me reserve the room for you
r: i'll think about it
c: we'd love to have you all the best
""",
    )
    emit(
        "en29",
        "en",
        "GP$XBL",
        """
c: hello
r@ask_product: hello how much is a laptop diagnosis
c: just a minute
c+30: hello the diagnosis is free if you repair with us
c: bring the laptop in today before seven
r: okay thanks
c: goodbye
""",
        "30 s silence",
    )
    emit(
        "en30",
        "en",
        "GCQW",
        """
c: good afternoon east bank
r: good afternoon i want to open a savings account
c: how may i address you
r: john
r@ask_product: what are your current savings rates
c: all rates are on the bank's website under savings
r: can't you tell me by phone
c: not by phone no
""",
        "deflection",
    )
    emit(
        "en31",
        "en",
        "GCNSP$XB",
        """
c: hello century windows i'm sergey
r@ask_product: hello how much is a balcony door unit
c: a balcony unit with fitting starts at six hundred
c: and where did you find out about us
r: online
c: we can send you a commercial proposal by email
r: okay
c: all the best
""",
    )
    emit(
        "en32",
        "en",
        "GCNQX",
        """
c: globe travel good afternoon my name is vera
r: good afternoon i want a holiday in turkey
c: what's your name
r: john
r@ask_product: how much is a week in turkey for two in may
c: we don't give prices over the phone
r: so how would i know
c: come to the office
""",
        "refuses the price; invitation to the office is a next step",
    )
    emit(
        "en33",
        "en",
        "GCSXB",
        """
c: good afternoon appliance repair centre
r: good afternoon my washing machine broke
c: where did you get our number
r: the directory
c: let's send an engineer to you tomorrow
r: thanks
c: you're welcome goodbye
""",
        "'where did you get our number' asks the source",
    )
    emit(
        "en34",
        "en",
        "GCNQP$B",
        """
c: good afternoon party agency my name is daria
r: good afternoon i'd like to book an entertainer
c: of course what's your name
r: john
c: john we don't ask where you heard about us just curious what's the party
r@ask_product: a kid's birthday how much is an entertainer for two hours
c: two hours is one hundred fifty
r: thanks
c: have a good day
""",
        "negated source question (the issue's example)",
    )
    emit(
        "en35",
        "en",
        "",
        """
c: yeah
r: hi is this pizza delivery
c: no wrong number
""",
        "wrong number",
    )
    emit(
        "en36",
        "en",
        "GCQXB",
        """
c: hello health clinic
r@ask_product: hello how much is an abdominal ultrasound
c: the ultrasound we can't say the price it depends on the doctor
c: let me book you with a doctor could you tell me your name please
r: john
c: thanks john see you monday goodbye
""",
        "no answer to the price",
    )
    emit(
        "en37",
        "en",
        "GCNP$XB",
        """
c: good day builders store paul speaking how can i help
r@ask_product: hi do you have class thirty three laminate
c: yes we do from twelve dollars a square meter
c: i can put aside the amount you need
r: thanks
c: anytime goodbye
""",
    )
