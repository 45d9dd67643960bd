"""Tuning English dialogues (see build_tuning.py for the line and label format)."""


def build(emit):  # noqa: C901 - a flat list of dialogues
    emit(
        "en_t001",
        "en",
        "S1:pa G1 C1 N1:pa Q1 P1:pa X1:pa W1 B1",
        """
c[GC]: sky ceilings hello
c[N]: marina on the line
r: hi i'd like a stretch ceiling in my bedroom
c: and where did you read about us
r: on a classifieds site
c: what's your name
r: gail
r@ask_product: how much would a matte ceiling be for sixteen square metres
c: matte with fitting comes to about six hundred with the light fitting six fifty
c: our surveyor can come round free whenever suits
r: friday evening
c[B]: friday it is gail all the best
""",
        note="ceilings; 'where did you read about us'",
    )

    emit(
        "en_t002",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1",
        """
c[GC]: good morning paws vet clinic
r: morning
r@ask_product: how much is it to neuter a cat
c: all our fees are published online please have a read there
r: can't you just tell me
c: the fee list is long i don't quote it over the phone
r: right
c[B]: goodbye and have a nice day
""",
        note="vet; deflection 'published online'",
    )

    emit(
        "en_t003",
        "en",
        "S1:asr G1 C1:pa N0 Q1:pa P1:pa X1 W1 B0",
        """
c[GC]: plumber call out good afternoon
r: hi my kitchen tap is leaking
c: how'd you here of us
r: leaflet through the door
r@ask_product: how much to replace a mixer tap
c: fitting a mixer tap is ninety plus the part if you need one
c: someone can be with you by six today
r: great
c: what name's it under
r: helen
c: sorted
""",
        note="plumbing; 'here' for 'hear'",
    )

    emit(
        "en_t004",
        "en",
        "S0 G0:rob C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c: yeah
r: good afternoon is that the gym
c: yeah
r@ask_product: how much is an annual membership
c: annual's four hundred
r: can i freeze it
c: a month
r: thanks
c: yep
""",
        note="gym, curt callee",
    )

    emit(
        "en_t005",
        "en",
        "S1:pa G1 C1 N1 Q0 P1:pa X1:pa W1:inc B1:pa",
        """
c[GCN]: good morning wright and co solicitors my name is constantine
r: hello i need advice about a property settlement
c: of course may i ask who told you about us
r: a colleague
r@ask_product: how much is a consultation
c: an initial ninety minute consultation is one hundred and fifty pounds
c: you can read our client reviews on the website if you like
c: i can book you in with a solicitor tomorrow at eleven
r: good
c[B]: that's settled then we look forward to seeing you
""",
        note="law firm; website for reviews after the answer",
    )

    emit(
        "en_t006",
        "en",
        "S0:neg G1 C1 N0 Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hiya phone fix centre
r: hi i've cracked my screen
c: we don't ask how people found us we're just glad you called
r@ask_product: how much is a new screen for an iphone eleven
c: original is ninety five copy is sixty
c: bring it in before seven and it's done in an hour
r: brilliant
c[B]: see you soon cheers for ringing
""",
        note="phone repair; negated source question",
    )

    emit(
        "en_t007",
        "en",
        "S0 G1 C1 N0 Q1:pa P0 X0 W0:pa B0",
        """
c[GC]: hello made to measure kitchens
r: hello
c: who's this calling
r: irene
r@ask_product: irene here i wanted to know how much a two metre kitchen is
c: irene everything's on our website prices photos the lot head over there
r: over the phone
c: no sorry
r: okay
c: right
""",
        note="kitchens; 'who's this calling'; deflection 'head over there'",
    )

    emit(
        "en_t008",
        "en",
        "S1:pa G1:pa C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: morning lovely nail bar
c[N]: you've got kristina
r: hi i want to book a manicure
c: is it your first time with us what put you onto us
r: my friend suggested you
c: what name shall i pop down
r: pauline
r@ask_product: how much is a manicure with nail art
c: with art it's from twenty five to thirty
c: i've got tomorrow at ten or at four
r: four please
c[B]: four o'clock pauline enjoy your day
""",
        note="beauty, colloquial",
    )

    emit(
        "en_t009",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1 B0:out",
        """
c[GC]: good afternoon drive motors
r: hi i'm interested in a test drive
c: of course
r@ask_product: do you have the four wheel drive crossover in stock
c: yes two in the showroom a white and a grey
r: thanks very much
c[B]: thank you for calling have a great day
r: oh can i do a test drive on saturday
c: saturday from ten is fine
c: i'll put you down and text you the address
r: great
c+30: hello still there
r: yes
c: okay done
""",
        note="car dealer; closing early, call continues past a 30 s silence",
    )

    emit("en_t010", "en", "", "", note="busy", outcome="busy")

    emit(
        "en_t011",
        "en",
        "S1:wf G1 C1 N1 Q1:wf P1:pa X1:pa W1 B1",
        """
c[GC]: hello dental deluxe
c[N]: my name's oksana
r: hi i need a dentist i have toothache
c: how did you hear about our practice
r: reviews
c: what's your name and date of birth
r: artem fourth of may ninety four
r@ask_product: how much is a filling
c: a filling is between ninety and one sixty depending on size
c: there's a slot at seven tonight can you make it
r: yes
c[B]: see you at seven artem take care
""",
        note="dental; usual phrasings in other forms",
    )

    emit(
        "en_t012",
        "en",
        "S0 G0:rob C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[C]: food delivery
r: good afternoon
c: yeah
r@ask_product: do you deliver out of town and how much
c: check the delivery zones on our web site
r: roughly
c: can't say
r: okay
c: mm
""",
        note="food delivery; 'web site' split",
    )

    emit(
        "en_t013",
        "en",
        "S1:rep,pa G1 C1 N1:pa Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: grand property good afternoon
c[N]: victoria senior negotiator
r: hi i want to rent a two bed
c: we always like to know how clients heard about us so how about you
r: found you online
r@ask_product: do you have two beds under fifteen hundred
c: three of them at fourteen fifty fifteen hundred and fifteen twenty
c: let me send you photos on whatsapp and we'll set up a viewing
r: okay
c[B]: lovely all the best
""",
        note="real estate; a habit described, then asked (true)",
    )

    emit(
        "en_t014",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0 W1:neg B0",
        """
c[GC]: good afternoon full renovations
r@ask_product: hi how much to renovate a one bed flat
c: i won't point you at the website i'll give it to you straight cosmetic is from fifty a square metre full refit from one twenty
r: okay
c: give us a bell if you decide
r: thanks
c: bye
""",
        note="renovation; negated website mention; 'give us a bell if you decide' is no next step",
    )

    emit(
        "en_t015",
        "en",
        "S0 G1 C1 N0:rob Q0 P1 X1 W1 B0:rob",
        """
c[GC]: hello shine car wash
r: hello my name is andrew
r@ask_product: how much is a full valet for an suv
c: a full valet for an suv costs forty five
c: come down in half an hour there'll be a free bay
r: great thank you very much have a lovely day
c: mm
""",
        note="car wash; the robot gives its name and says the closing",
    )

    emit(
        "en_t016",
        "en",
        "S1:pa G1 C1 N0 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hello greenhouse direct
r: hi i'm after a polycarbonate greenhouse
c: what's your name
r: nick
c: nick did you hear us on the radio or did someone tell you about us
r: radio
r@ask_product: how much is an eight by six
c: eight by six delivered and built is eleven hundred
c: we can deliver and put it up this weekend
r: saturday then
c[B]: cheers nick thanks for choosing us good luck with the veg
""",
        note="greenhouses",
    )

    emit(
        "en_t017",
        "en",
        "S0 G1 C1 N1 Q0 P0 X0 W0:wf B0",
        """
c[GCN]: hello furniture line this is arthur
r@ask_product: hi how much is a sofa bed
c: you can see all our sofas with prices on our website
r: but the sofa bed specifically
c: have a look there it's all there
r: okay
c: right
""",
        note="furniture; deflection 'you can see ... on our website'",
    )

    emit(
        "en_t018",
        "en",
        "S0 G0:out C1 N0 Q0 P1:pa X1 W1 B1",
        """
c[C]: tyre shop
r: is that the tyre place
c: yeah go on
r: i've got a puncture
c: puncture bring it in we'll plug it
c+8[G]: oh hello sorry i forgot my manners
r@ask_product: how much is a puncture repair
c: plug repair is fifteen a patch is twenty five
r: right
c[B]: come on down have a good day
""",
        note="tyre shop; greeting only after 10 s",
    )

    emit(
        "en_t019",
        "en",
        "S1:pa G1 C1 N0 Q0 P0 X1:pa W1 B1",
        """
c[GC]: good morning clean home services
r: hi i need an after builders clean
c: did someone refer you or was it one of our ads
r: an ad
r@ask_product: how much for a sixty square metre flat after renovation
c: i can't give a figure without seeing the job
c: our assessor can pop round free of charge and price it up
r: good
c[B]: great thanks for calling all the best
""",
        note="cleaning; no price, free assessment offered",
    )

    emit(
        "en_t020",
        "en",
        "S0:rob G1 C1 N1:pa Q0 P1:pa X0 W1 B0",
        """
c[GCN]: health clinic reception larissa speaking hello
r: hi my friend told me about you
r@ask_product: how much is a gp appointment
c: a private gp appointment is eighty five
r: thanks
c: no worries
""",
        note="clinic; the robot volunteers its source",
    )

    emit(
        "en_t021",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1:inc B1:pa",
        """
c[GC]: good evening pony couriers
r@ask_product: hi how much to send documents to edinburgh
c: next day documents to edinburgh is nine pounds
c: you can track it on the website afterwards too
c: want me to arrange a pickup now
r: no thanks later
c[B]: no problem thanks for getting in touch happy to help anytime
""",
        note="courier; tracking on the website after the answer",
    )

    emit("en_t022", "en", "", "", note="not answered", outcome="no_answer")

    emit(
        "en_t023",
        "en",
        "S0 G1 C1 N0:out Q0 P1:pa X0 W1 B0",
        """
c[GC]: good morning euro windows
r: hi do you repair windows
c: yes adjustments seals handles that kind of thing
r@ask_product: how much to adjust one window
c: adjusting one sash is thirty five
r: is the call out free
c: free in town if it's three windows or more
r: right
c[N]: if you call back ask for me i'm greg
c: just ring when you're ready
r: thanks
c: mm
""",
        note="windows; own name after 20 s; 'ring when you're ready' is no next step",
    )

    emit(
        "en_t024",
        "en",
        "S1:asr G1:asr C1 N0 Q1:asr P1:pa X1:pa W1 B1:asr",
        """
c[GC]: hell o care home sunrise
r: hello i'm asking about a place for my mother
c: where did you find our bout us online or in the paper
r: online
c: and your nay me please
r: lucy
r@ask_product: how much is it per month
c: residential care with support is from four thousand two hundred a month
c: come and have a look around any day ten till six
r: okay
c[B]: thank you for the call lucy good bye
""",
        note="care home; several ASR-damaged words",
    )

    emit(
        "en_t025",
        "en",
        "S0 G0 C1 N0 Q0 P0 X1 W1 B0",
        """
c[C]: dentist
r@ask_product: hi how much is a crown
c: we don't give prices over the phone it's after an exam
c: come in for a free check
r: when
c: any weekday from nine
r: right
c: yep
""",
        note="dental; refuses a price, invites to a free check",
    )

    emit(
        "en_t026",
        "en",
        "S1:pa G1:pa C1 N1:pa Q1:pa P1 X1:pa W1 B1:pa",
        """
c[GC]: greetings firework party agency
c[N]: julie here
r: hi i'd like an entertainer for a birthday
c: did friends put you onto us or did you spot us somewhere
r: social media
c: what name shall i put on the booking form
r: oxana
r@ask_product: how much is an entertainer for an hour
c: the price is one hundred an hour
c: let me hold the date for you so it doesn't go
r: the twelfth please
c[B]: held for the twelfth oxana have a fantastic party
""",
        note="party agency",
    )

    emit(
        "en_t027",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: pete's garage good morning
r@ask_product: hi how much for a timing belt on a focus
c: look mate there's a page on the internet with our price list have a gander
r: roughly though
c: can't say
r: okay
c: yeah bye
""",
        note="car service; deflection 'page on the internet ... have a gander'",
    )

    emit(
        "en_t028",
        "en",
        "S0 G1 C1 N1 Q1:wf P1:pa X1 W1 B1",
        """
c[GCN]: hello prana yoga studio my name is sophie
r: hi i'd like to try yoga
c: wonderful what is your name
r: anna
c: anna have you practised with us before
r: no
r@ask_product: how much is a drop in class
c: drop in is twelve and a pass for eight classes is eighty
c: the first class is free i can book you in wednesday
r: please
c[B]: see you wednesday anna have a nice day
""",
        note="yoga; 'practised with us before' is not the source question",
    )

    emit(
        "en_t029",
        "en",
        "S1:pa G1 C1:pa N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: hello start driving school
r: hi i want to learn to drive
c: how did you track us down
r: a friend learned with you
r@ask_product: how much are lessons
c: thirty six an hour or a block of ten for three twenty
c: come in saturday for an intro and we'll sign you up
r: okay
c[B]: we'll see you then all the best
""",
        note="driving school; 'how did you track us down'",
    )

    emit(
        "en_t030",
        "en",
        "S0 G1 C1 N0:rep,neg Q0:rep P1:pa X1 W1 B1:pa",
        """
c[GC]: cosy hostel good afternoon
r@ask_product: hi do you have beds for the weekend and how much
c: yes in the six bed dorm it's twenty two a night
c: guests always ask my name and i never even say it anyway
r: can i book
c: yes let me book you saturday and sunday
r: please
c[B]: all done safe travels
""",
        note="hostel; talks about guests asking her name: not an introduction, not asking the caller's name",
    )

    emit(
        "en_t031",
        "en",
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: good afternoon green garden landscaping
c[N]: my name is elvira
r: hi we want a new lawn
c: great who gave you our number
r: the neighbours
c: and what do i call you
r: vladimir
r@ask_product: how much is turf laid
c: turf with ground prep and laying is about twelve a square metre
c: our designer can come out on saturday and measure it all
r: yes please
c[B]: saturday then vladimir enjoy the weekend
""",
        note="landscaping; 'who gave you our number', 'what do i call you'",
    )

    emit(
        "en_t032",
        "en",
        "S0 G1 C0:rob N0 Q0 X0 W1 B0",
        """
c[G]: hello
r: hi is that the air conditioning company
c: no wrong number
r: sorry
c: no problem
""",
        note="wrong number; the robot names the business it looks for",
    )

    emit(
        "en_t033",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1",
        """
c[GC]: hello aqualux online bathrooms
r@ask_product: hi do you have a one seven hundred acrylic bath
c: our full range and stock levels are on the online shop front
r: so you can't tell me
c: i'm just the operator i can't see the stock
r: okay
c[B]: thanks for calling have a good day
""",
        note="online shop; deflection 'online shop front'",
    )

    emit(
        "en_t034",
        "en",
        "S1:wf G1 C1 N0 Q1 P1:pa X1 W1 B0",
        """
c[GC]: hello lingua translations
r: hi i need my diploma translated
c: right and how did you hear about us
r: internet
c: what's your name
r: daria
r@ask_product: how much is a certified translation
c: certified is forty per document
c: email us the scan and you can collect tomorrow
r: thanks
c: yep
""",
        note="translation agency; plain phrasings",
    )

    emit(
        "en_t035",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1:rob B1",
        """
c[GC]: hello sofas and chairs
r: hi i was looking at corner sofas on your website
r@ask_product: how much is the milan corner
c: milan is on offer at nine ninety nine
c: come in to the shop and try it out
r: thank you
c[B]: you're welcome have a lovely day
""",
        note="furniture; the robot mentions the website",
    )

    emit(
        "en_t036",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[GC]: hello fridge repair service
r@ask_product: hi how much is a gas regas
c: it's all on on our web site see the prices section
r: could an engineer come out
c: put a request in through the site
r: okay
c: right
""",
        note="appliance repair; stutter and split 'web site'",
    )

    emit(
        "en_t037",
        "en",
        "S1:pa G1 C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: vita aesthetics good morning
c[N]: it's pauline on reception
r: hi i'm asking about laser hair removal
c: can i ask did you find us through an ad or word of mouth
r: an instagram ad
c: and who shall i tell the doctor is coming
r: olga
r@ask_product: how much is underarm laser
c: underarms are sixty a session cheaper on a course
c: shall i find you a time this week
r: yes
c[B]: thursday at six then olga look after yourself
""",
        note="aesthetics clinic",
    )

    emit(
        "en_t038",
        "en",
        "S0 G1 C1 N1 Q0 P1:pa X0 W1 B0:out",
        """
c[GCN]: hello vector logistics roman speaking
r@ask_product: hi how much for a lorry to glasgow
c: a full artic to glasgow is around one thousand four hundred
r: okay thanks
c[B]: thank you for calling have a good day
r: wait do you do customs clearance
c: no we don't do customs
r: and transit time
c: usually three days
r: okay
c+25: still there
r: yes
c: right then
""",
        note="logistics; polite closing early, the call goes on past a 25 s silence",
    )

    emit(
        "en_t039",
        "en",
        "S0 G1:pa C1 N0 Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: howdy margarita pizza
r: hi i'd like to order a pizza
r@ask_product: how much is a large pepperoni
c: large pepperoni is fourteen ninety
c: shall i send it to your address
r: yes twelve garden street
c[B]: forty minutes thanks for your order enjoy
""",
        note="pizzeria; 'howdy'",
    )

    emit(
        "en_t040",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1 B1",
        """
c[GC]: smile dental good morning
r: hi i want a children's dentist
c: are you already registered with us or new
r: new
c: which area are you in
r: the north side
r@ask_product: how much is a check up for a child
c: children's check ups are free
c: i can book saturday at eleven
r: okay
c[B]: see you saturday have a nice day
""",
        note="dental; near misses: registration and area, not the source",
    )

    emit(
        "en_t041",
        "en",
        "S0 G1 C1 N1 Q1:pa P0 X1:pa W0:pa B1",
        """
c[GCN]: good morning led group yaroslav speaking
r: hi we need lighting for a warehouse
c: could you introduce yourself and your company
r: kirill at buildmart
r@ask_product: how much is a hundred watt high bay
c: kirill the whole range with prices is in the catalogue on our site pick a model there
c: then i can raise an invoice
r: okay
c[B]: thanks for your enquiry have a good day
""",
        note="B2B lighting; deflection, then an invoice offered",
    )

    emit(
        "en_t042",
        "en",
        "S1:asr,pa G1 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[GC]: hello car hire
r@ask_product: hi how much is a saloon for a week
c: economy saloon is two hundred and ten a week deposit a hundred
c: which website did you find find us on or did some one recommend
r: recommended
c: okay
r: thanks
c: bye
""",
        note="car hire; source question damaged (duplicated and split words)",
    )

    emit(
        "en_t043",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0:neg W1 B1:pa",
        """
c[GC]: hello frame photo studio
r@ask_product: hi how much to hire the studio for an hour
c: studio hire is forty an hour
r: can i book tomorrow
c: i can't book tomorrow we're full all week
r: shame
c[B]: sorry about that wishing you all the best
""",
        note="photo studio; booking refused",
    )

    emit("en_t044", "en", "", "", note="busy", outcome="busy")

    emit(
        "en_t045",
        "en",
        "S1 G1 C1 N1:pa Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GC]: good afternoon gloss detailing
c[N]: max here by the way
r: hi i'd like a paint correction
c: how did you find us
r: reviews on maps
c: and you are max too or
r: denis
r@ask_product: how much is a polish on a saloon
c: two stage polish on a saloon is three twenty
c: i can fit you in friday morning
r: great
c[B]: denis thanks for choosing us see you friday
""",
        note="detailing; plain source question",
    )

    emit(
        "en_t046",
        "en",
        "S0:rep G1 C1 N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: good morning garden street dental
r@ask_product: hi how much is an extraction
c: a simple extraction is ninety a surgical one two hundred
c: the manager wants us to ask everyone where they heard about us but i'm on my own today
c: would tomorrow at ten with the surgeon suit
r: yes please
c[B]: lovely booked see you then have a good day
""",
        note="dental; reported instruction to ask the source, not asked",
    )

    emit(
        "en_t047",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1:neg B1:pa",
        """
c[GC]: comfort curtains good afternoon
r@ask_product: hi how much are blackout curtains for a two metre window
c: forget the website half of it's missing blackout made to measure starts at one fifty
c: we can bring fabric samples to your home
r: that would be great
c[B]: i'll ring tomorrow to fix a time have a good evening
""",
        note="curtains; 'forget the website' then an answer",
    )

    emit(
        "en_t048",
        "en",
        "S1:pa G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello gate masters
r: hi i need sliding gates
c: who pointed you in our direction
r: a neighbour had some fitted
r@ask_product: how much for four metre sliding gates
c: there's an online calculator on our site pop your sizes in and it shows the cost
r: can't you tell me
c: no
r: okay
c: right
""",
        note="gates; source asked, price deflected to the online calculator",
    )

    emit(
        "en_t049",
        "en",
        "S0 G1 C1 N1:pa Q1:wf P1:pa X1:pa W1 B1",
        """
c[GC]: good morning balance accountants
c[N]: you're speaking with elena the senior accountant
r: hi i need bookkeeping as a sole trader
c: how may i address you
r: sergey
r@ask_product: how much is monthly bookkeeping for a sole trader
c: without staff it starts at ninety a month
c: let me email over our engagement letter and a list of services
r: good
c[B]: thank you for calling sergey have a good day
""",
        note="accountants, formal",
    )

    emit(
        "en_t050",
        "en",
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0",
        """
c: go ahead
r: hi is that washing machine repairs
c: yeah
r@ask_product: how much to replace a drum bearing
c: the engineer will tell you
r: when is the engineer in
c: dunno
r: right
""",
        note="appliance repair, curt; the robot names the business",
    )

    emit(
        "en_t051",
        "en",
        "S1:pa G1:pa C1 N1:pa Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: afternoon paws pet shop dennis here
r: hi do you have food for neutered cats
c: did you spot our sign or find us online
r: online
r@ask_product: have you got royal canin sterilised ten kilo
c: ten kilo we have at sixty four
c: i can put one aside in your name till tonight
r: please do
c[B]: it's set aside enjoy your afternoon
""",
        note="pet shop",
    )

    emit(
        "en_t052",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello builders merchants
r@ask_product: hi how much is a bag of cement
c: oh look it up in the app or on our web page it's all priced there
r: can't you see it
c: the till's not mine
r: okay
c: yeah
""",
        note="building supplies; deflection to the app or web page",
    )

    emit(
        "en_t053",
        "en",
        "S0 G1 C1 N0 Q1 P1:pa X1 W1 B0",
        """
c[GC]: good morning comfort cabs
c: what's your name
r: andrew
r@ask_product: how much to the airport from the centre
c: the airport is a fixed forty five
c: what time shall i book the car for
r: seven tomorrow morning
c: done
""",
        note="taxi; no polite closing",
    )

    emit(
        "en_t054",
        "en",
        "S0 G1 C1 N1 Q0 P1:pa X1:pa W1:inc B1:pa",
        """
c[GCN]: hello birch furniture makers my name is natalie
r@ask_product: hi how much is a solid wood king size bed
c: a solid birch king size is eight hundred and sixty
c: you can see the finish colours on the website too if you want
c: shall i put an order in for delivery next week
r: thanks i'll think
c[B]: of course we'd love to hear from you take care
""",
        note="furniture; website for colours after a full answer",
    )

    emit(
        "en_t055",
        "en",
        "S0 G0 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: taxis yeah
r@ask_product: how much to the station
c: twelve
r: thanks
c: yep
""",
        note="taxi, very short",
    )

    emit(
        "en_t056",
        "en",
        "S0 G0 C0:out N0 Q1 P1:pa X1 W1 B1",
        """
c: yeah go ahead
r: hi i need a bathroom refit
c: right what's involved
r: tiling and plumbing
c: okay and the size
r: four square metres
c: is that bath or shower
r: shower
c[C]: right this is renobuild you've come to the right place
r@ask_product: how much would the whole job be
c: all in about six and a half thousand with materials
c: i can send our foreman to measure on saturday
r: please
c: what's your name
r: paul
c[B]: thanks for calling paul all the best
""",
        note="renovation; company named only after 15 s",
    )

    emit(
        "en_t057",
        "en",
        "S1:pa G1:pa C1 N0 Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: good day globe travel
r: hi i'm after a holiday in turkey
c: which channel did you find us through
r: an ad on telegram
r@ask_product: how much is a week in antalya for two
c: in june a week for two all inclusive is from one thousand one hundred
c: let me pick three hotels and email them over
r: okay
c[B]: look out for the email enjoy your evening
""",
        note="travel agency",
    )

    emit(
        "en_t058",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: hello pro roofing
r@ask_product: hi how much are metal roof tiles per metre
c: that's all on our website our site has the price list check it
r: could you read it out
c: no i can't
r: okay
c: right
""",
        note="roofing; deflection in other word forms",
    )

    emit(
        "en_t059",
        "en",
        "S0 G1 C1 N1 Q1:asr P1:pa X1:asr W1 B1",
        """
c[GCN]: hello relax massage my name is inna
r: hi i'd like a back massage
c: can i take your nay m
r: larissa
r@ask_product: how much is a back massage
c: a forty minute back massage is forty five
c: i'll pencil you in tomorrow at six
r: good
c[B]: see you tomorrow larissa have a nice day
""",
        note="massage; damaged name question; 'pencil you in'",
    )

    emit(
        "en_t060",
        "en",
        "S1:wf G1 C1 N0 Q0 P1:pa X1 W1 B1:asr",
        """
c[GC]: hello sparkle dry cleaners
r: hi i need a down coat cleaned
c: how did you find out about us
r: i live nearby
r@ask_product: how much to clean a knee length down coat
c: knee length is eighteen pounds
c: drop it in any day ready in three days
r: thanks
c[B]: thanks for calling have a good won
""",
        note="dry cleaning; 'have a good one' damaged",
    )

    emit(
        "en_t061",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0 W1:rob B1",
        """
c[GC]: good afternoon bike house
r@ask_product: hi how much is a mountain bike for a teenager
c: for a teenager from two hundred and twenty to four hundred
r: can i see the models on your website
c: you can but i'm happy to talk you through any of them
r: thanks
c[B]: you're welcome have a good day
""",
        note="bike shop; the robot asks about the website after the answer",
    )

    emit(
        "en_t062",
        "en",
        "S1:pa G1 C1 N1 Q0 P1:pa X0:neg W1 B1",
        """
c[GC]: good morning climate air conditioning
c[N]: my name is stan
r: hi i want air con in my flat
c: who suggested us to you
r: a colleague
r@ask_product: how much is a unit fitted
c: fitted from eight hundred and fifty
r: could a fitter come this week
c: i'm afraid we can't send a fitter this week we're fully booked
r: okay
c[B]: sorry about that thanks for calling all the best
""",
        note="air conditioning; fitter visit refused",
    )

    emit(
        "en_t063",
        "en",
        "S0 G1 C1 N0:out Q0 P1:pa X1 W1 B0",
        """
c[GC]: hello press print shop
r: hi i need business cards
c: one moment
c+22[N]: sorry about that it's arkady
r@ask_product: how much for two hundred cards
c: two hundred double sided colour is forty
c: email the artwork and collect tomorrow
r: okay
c: mm
""",
        note="print shop; 22 s hold, own name after the hold",
    )

    emit(
        "en_t064",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W1 B0",
        """
c[GC]: hello drive school
r@ask_product: hi how much is it
c: how much is what
r: the lessons for
""",
        note="dropped call during the product question",
        outcome="dropped",
    )

    emit(
        "en_t065",
        "en",
        "S1:pa G1 C1 N0 Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GC]: aquarium world good evening
r: hi i'd like to order a hundred litre tank
c: which town are you in
r: reading
c: and which advert are you ringing about
r: one on gumtree
c: and your surname sir
r: ivanov
r@ask_product: how much is a hundred litre tank with equipment
c: with equipment and lid one hundred and forty
c: we'll deliver to reading on thursday
r: great
c[B]: thank you for your order mr ivanov all the best
""",
        note="aquariums; 'which town' is a near miss, 'which advert are you ringing about' is the source question",
    )

    emit(
        "en_t066",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1",
        """
c[GC]: good morning power electrical wholesale
r@ask_product: hi how much is a sixteen amp breaker in bulk
c: trade prices show in your account area on the site register and you'll see them
r: and without registering
c: not possible
r: okay
c[B]: thanks for calling have a good day
""",
        note="B2B wholesale; deflection to the site's account area",
    )

    emit(
        "en_t067",
        "en",
        "S1:pa G1 C1 N1:pa Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hi iphone repair centre vicky speaking
r: hi my phone won't charge
c: just for our records where did you get our details
r: a search
r@ask_product: how much to replace the charging port
c: charging port on a thirteen is one hundred and ten
c: we can collect the phone by courier and return it tonight
r: please
c[B]: the courier will be there within the hour enjoy your day
""",
        note="phone repair; 'where did you get our details'",
    )

    emit(
        "en_t068",
        "en",
        "S0 G0 C1 N0 Q0 P0 X0 W1 B0",
        """
c[C]: recovery
r@ask_product: hi how much to tow a car out of town
c: where
r: to guildford
c: we don't go there
r: why
c: too far
""",
        note="tow truck, rude; refusal",
    )

    emit(
        "en_t069",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1:inc B1:pa",
        """
c[GC]: good afternoon step orthotics
r@ask_product: hi do you do custom insoles and how much
c: custom insoles take three days and are one hundred and twenty
c: our branch addresses are on the website or i can read them out
c: pop in for a foot scan no appointment needed
r: thanks
c[B]: we look forward to seeing you bye
""",
        note="orthotics; website for addresses after the answer",
    )

    emit(
        "en_t070",
        "en",
        "S0 G1 C1 N0 Q0:rob P1:pa X0 W1 B0",
        """
c[GC]: hello cosy cafe
r: hi my name is olga and what's your name
c: doesn't matter what do you need
r@ask_product: how much is a banquet for twenty
c: from sixty a head
r: thanks
c: yep
""",
        note="cafe; the robot asks the callee's name, the callee refuses",
    )
