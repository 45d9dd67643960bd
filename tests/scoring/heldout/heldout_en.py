"""Held-out English dialogues (see build_heldout.py for the line and label format)."""


def build(emit):  # noqa: C901 - a flat list of dialogues
    emit(
        "en_h01",
        "en",
        "S1:pa G1 C1 N1 Q0 P1 X1:pa W1 B1",
        """
c[GCN]: good morning oak and pine furniture this is rachel speaking
r: hi i'm interested in a dining table
c: lovely may i ask how you came across us
r: a friend bought a table from you
r@ask_product: how much is the extendable oak table for six
c: the extendable oak one is eight hundred and ninety pounds and it's in stock
c: would you like me to reserve one for you
r: not yet thanks
c[B]: no problem at all thanks for calling and have a lovely day
""",
        note="furniture, formal; 'how you came across us'; reserve offered",
    )

    emit(
        "en_h02",
        "en",
        "S0 G1 C1:pa N0 Q0 P0 X0 W0:pa,asr B0",
        """
c[G]: yeah hello
r: hi can you hear me
c[C]: yeah windows and doors
r@ask_product: how much for a double glazed bay window roughly
c: prices are all on the web site mate have a look there
r: can't you give me a rough idea
c: nah it's all on there easier that way
r: okay
c: right bye
""",
        note="windows, colloquial deflection, 'web site' split",
    )

    emit(
        "en_h03",
        "en",
        "S1:pa G1 C1 N1 Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[GC]: bright smile dental good afternoon
r: good afternoon i'd like to book a check up
c: of course and whom am i speaking with
r: laura
c[N]: thanks laura i'm megan by the way
c: and did somebody recommend us or did you see one of our adverts
r: i saw your advert on a bus
r@ask_product: how much is a check up and clean
c: a check up is forty five and with the hygienist it's eighty
c: i've got thursday at ten or friday at two
r: thursday please
c[B]: perfect see you thursday laura take care
""",
        note="dental, formal; slots offered as the next step",
    )

    emit(
        "en_h04",
        "en",
        "S0 G0 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: kwik tyres
r: hi do you do brake pads
c: yeah where are you calling from
r: from the city centre
c: have you been in with us before
r: no
r@ask_product: how much for front pads on a focus
c: front pads fitted about ninety five quid
c: call again later if you want to book the guy who does bookings is out
r: okay
c: bye
""",
        note="car service; near misses for the source question; 'call again later' is no next step",
    )

    emit(
        "en_h05",
        "en",
        "S0:rep G1 C1 N1:pa Q1:pa P1 X1 W1 B1:pa",
        """
c[GC]: hello harbour estates
r: hi i'm calling about the two bed flat on mill road
c[N]: oh yes that's one of mine i'm daniel
r@ask_product: is it still available and what's the asking price
c: it is still available asking price is two hundred and forty thousand
c: my manager always asks where people heard about us but honestly i don't care
r: ha fair enough
c: i can show you round on saturday morning if that suits
r: yes that works
c: great what name shall i put the viewing under
r: peter
c[B]: brilliant peter see you saturday have a good weekend
""",
        note="real estate; reported speech about the source question",
    )

    emit(
        "en_h06",
        "en",
        "S1:asr G1:pa C1 N0 Q1 P1:pa X1:pa W1 B1:asr",
        """
c[GC]: hi there swift parcels
r: hello i need to send a parcel to leeds
c: sure how did ya find out a bout us
r: online
r@ask_product: how much for a five kilo box next day
c: next day five kilos is twelve fifty
c: we can collect from you this afternoon
r: great
c: can i take a name for the collection
r: mark
c[B]: thanks mark have a good after noon
""",
        note="courier; ASR damage in the source question and the closing",
    )

    emit(
        "en_h07",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: good morning industrial pumps limited
r: good morning we need a submersible pump for a sump
r@ask_product: do you stock a three kilowatt model and what does it cost
c: all our specs and pricing are listed in the online catalogue so you'll find it there
r: can you tell me over the phone
c: i'm afraid i can't
r: okay thank you
c: okay
""",
        note="B2B equipment, formal deflection to the online catalogue",
    )

    emit(
        "en_h08",
        "en",
        "S0 G0:out,rob C1 N0 Q1 P1:pa X1 W1 B1",
        """
c: yep
r: hello
c: sorry you're breaking up
r: can you hear me now
c: yeah go on
r: hello is that the salon
c+2[GC]: oh hi sorry yes hello this is glow beauty
r: i'd like to book a gel manicure
r@ask_product: how much is it
c: gel manicure is thirty two pounds
c: i can fit you in tomorrow at eleven
r: lovely
c: what's your name
r: amy
c[B]: see you tomorrow amy have a nice day
""",
        note="beauty; bad line, the callee's hello comes after 14 s (outside 10 s), company within 15 s",
    )

    emit(
        "en_h09",
        "en",
        "S0:neg G1 C1 N1 Q0 P1:pa X1:pa W1:neg B0",
        """
c[GCN]: good afternoon clearview windows sam speaking
r: hi i'm looking at new windows for my house
c: great i won't bother asking how you found us let's get to it
r@ask_product: what would a standard casement window cost fitted
c: i'm not going to send you to the website the prices there are old a standard casement is about four hundred fitted
c: i can send someone round to measure up this week free of charge
r: thanks i'll talk to my wife
c: ok then
""",
        note="windows; negated source question, negated website mention",
    )

    emit("en_h10", "en", "", "", note="busy", outcome="busy")

    emit(
        "en_h11",
        "en",
        "S0:rob G1 C1 N0 Q1:wf P1:pa X1 W1 B1",
        """
c[GC]: smile studio good morning
r: morning my colleague recommended you and i found you on google
c: oh great what can we do for you
r@ask_product: how much is teeth whitening
c: in chair whitening is three fifty and home kits are two hundred
c: you'd need a consultation first i could book you in next week
r: yes please
c: and who am i speaking to
r: george
c[B]: thanks george we'll send a text to confirm bye for now take care
""",
        note="dental; the robot volunteers how it found the clinic",
    )

    emit(
        "en_h12",
        "en",
        "S0 G0 C1:pa N0:out Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[C]: garage
r: hi my car's making a knocking noise
c: hold on one sec
c+30[N]: sorry about that this is steve i run the workshop
r@ask_product: how much is a diagnostic check
c: diagnostic is forty five and it's free if we do the repair
c: bring it in tomorrow at eight and we'll have a look
r: okay
c: and your name mate
r: chris
c[B]: cheers chris see you tomorrow take it easy
""",
        note="car service; 30 s hold, own name after the hold (outside 20 s)",
    )

    emit(
        "en_h13",
        "en",
        "S0 G1:pa C1 N1:pa Q1:pa P1:pa X1 W1 B1:pa",
        """
c[G]: evening
r: good evening i'm calling about renting an office
c[C]: yes you've reached city lettings
c: and you are
r: olga
c[N]: nice to meet you olga it's ryan here
r@ask_product: what's the size and the monthly rent
c: it's forty square metres at fifteen hundred a month plus bills
c: i could show it to you tomorrow lunchtime
r: let me think
c: sure ring me if you want
c[B]: have a great evening
""",
        note="real estate; 'and you are', 'it's ryan here'",
    )

    emit(
        "en_h14",
        "en",
        "S0 G1 C1 N0 Q0:neg P1:pa X0 W1:rob B0",
        """
c[GC]: hello metro couriers
r: hi i looked on your website but couldn't find the price
r@ask_product: how much to send documents across town
c: across town same day is fifteen pounds
r: and express
c: express within two hours is twenty five no need for your name just drop them in
r: where do you pick up from
c: from wherever you are
r: okay thanks
c: bye
""",
        note="courier; the robot mentions the website; name explicitly not needed; 'bye' alone",
    )

    emit(
        "en_h15",
        "en",
        "S1:pa G1 C1 N1:pa Q1:pa P1 X1 W1 B1",
        """
c[GCN]: good morning precision tools this is hannah in sales
r: hi we need a cnc lathe for our workshop
c: certainly could i ask where you first came across our company
r: we saw you at a trade show
r@ask_product: do you have a lathe with a one metre bed
c: yes we have two models in stock from forty two thousand
c: shall i email you a written quote with both options
r: yes please
c: who should i address it to
r: john smith
c: and the company name
r: steelworks limited
c[B]: thank you john you'll have it today have a good day
""",
        note="B2B equipment, formal; e-mail quote; 'and the company name' asks the client's company, not a name question by itself",
    )

    emit(
        "en_h16",
        "en",
        "S1:pa G1:pa C1 N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hiya glam hair
r: hi can i book a haircut
c: course you can did you find us on insta or through reviews
r: my friend told me
r@ask_product: how much is a ladies cut and blow dry
c: with a senior stylist it's fifty five otherwise forty
c: i can squeeze you in saturday at eleven
r: perfect
c: what name is it
r: irene
c[B]: lovely irene see you saturday you take care
""",
        note="beauty, colloquial",
    )

    emit(
        "en_h17",
        "en",
        "S0 G0 C1:pa N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: bespoke wardrobes yeah
r@ask_product: hi how much is a fitted sliding wardrobe
c: depends really just go on our page online there's a price guide
r: can't you say roughly
c: i'm just in the warehouse i don't know prices
r: okay
c: alright bye
""",
        note="furniture, colloquial deflection 'go on our page online'",
    )

    emit(
        "en_h18",
        "en",
        "S0 G1 C1 N1:pa Q1:asr P1:pa X1:pa W1:inc B1",
        """
c[GC]: hello warm home windows
c[N]: you're speaking to marina
r: hi i want upvc windows for my flat
c: lovely who am i speak in with
r: ellen
r@ask_product: how much is a standard two pane window
c: fitted it's around six hundred with the rehau profile
c: you can have a look at photos of our work on the website later too
c: when suits you for a surveyor to come and measure up
r: saturday
c: booked for saturday
r: thank you
c[B]: thank you for calling ellen bye now
""",
        note="windows; website for photos after a full answer; ASR-split name question",
    )

    emit(
        "en_h19",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1 B0:out",
        """
c[GC]: good morning new address estate agents
r: morning i'm thinking of selling my house
c: okay tell me a bit more
r@ask_product: what commission do you charge
c: our fee is one point five percent plus vat
r: okay i'll think about it thanks
c[B]: no problem have a lovely day
r: oh wait one more thing do you do valuations
c: yes free valuations our valuer could come out tomorrow
r: what time
c: let me check and i'll call you back within the hour
r: fine
c+25: hello are you still there
r: yes
c: bye
""",
        note="real estate; polite closing early, the call goes on past a 25 s silence and ends with 'bye'",
    )

    emit(
        "en_h20",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0:neg W1 B1",
        """
c[GC]: hello family dental
r: hi i need a wisdom tooth out
c: the surgeon's fully booked for a month i'm afraid
r@ask_product: how much does an extraction cost
c: between a hundred and fifty and three hundred depending on how difficult
r: can you book me for next month
c: i can't book next month yet the diary isn't open ring back at the start of the month
r: okay
c[B]: sorry about that thank you for calling have a good day
""",
        note="dental; booking refused, 'ring back' is no next step",
    )

    emit(
        "en_h21",
        "en",
        "S1:asr,pa G1 C1:pa N0 Q0 P1:pa X1:pa W1 B0",
        """
c[C]: tyre and exhaust centre
r: hi there
c[G]: hi
r@ask_product: how much to change four tyres sixteen inch
c: midrange tyres fitted two hundred and forty for four
r: is there a queue
c: come down now we're quiet
c: by the way who point it you our way
r: found you on the map
c: alright
""",
        note="car service; 'who pointed you our way' damaged by ASR",
    )

    emit("en_h22", "en", "", "", note="not answered", outcome="no_answer")

    emit(
        "en_h23",
        "en",
        "S1:wf G1:pa C1 N1:pa Q1:pa P1:wf X1:pa W1:inc B1:pa",
        """
c[GCN]: morning vitaly here sales at coolflow
r: hi we need a chiller for our plant
c: sure can i grab your name
r: susan
c: thanks susan and how did you end up finding us
r: google search
r@ask_product: what's the lead time on a hundred kilowatt chiller
c: we've got sixty and one twenty in stock the hundred is eight weeks to order
c: the full specs are on the product page of our website as well
c: i'll send you a questionnaire and come back with a sized quote
r: great
c[B]: cheers susan thanks for getting in touch have a good one
""",
        note="B2B equipment, colloquial; specs on the website after the answer",
    )

    emit(
        "en_h24",
        "en",
        "S0 G1 C0 N0:rob Q0 P1 X0 W1 B0:rob",
        """
c[G]: hello there
r: hi my name is anna i'm calling about a sofa
c: which sofa are you after
r@ask_product: the verona corner sofa is it in stock
c: verona in grey is in stock at one thousand two hundred
r: thank you very much have a nice day goodbye
c: yep
""",
        note="furniture; the robot gives its name and says the polite closing",
    )

    emit(
        "en_h25",
        "en",
        "S0 G1 C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: good afternoon express movers
r: hi i need to move a sofa to manchester
c[N]: okay kyle here let me work it out
r@ask_product: roughly how much would it be
c: if it's wrapped about a hundred and twenty delivered within the week
c: want me to pop the booking on now and the lads will collect
r: tomorrow would be good
c: done tomorrow then whose name is it going under
r: dmitry
c[B]: dmitry you'll get a call in the morning enjoy the rest of your day
""",
        note="courier/moving; colloquial booking offer and name question",
    )

    emit(
        "en_h26",
        "en",
        "S0 G1:asr C1 N0 Q0 P1:pa X1 W1:neg B0",
        """
c[GC]: good mourning eva beauty studio
r@ask_product: hi how much is balayage
c: don't bother with the website it's out of date balayage is from one twenty to two hundred
r: what does it depend on
c: hair length mostly the stylist will check at a consultation
c: shall i book you a free consultation
r: not now
c: okay bye
""",
        note="beauty; 'don't bother with the website' then a real answer; 'mourning' homophone",
    )

    emit(
        "en_h27",
        "en",
        "S0 G1 C1 N0 Q1:pa P1:pa X1 W1:rep B1",
        """
c[GC]: bright view glazing hello
r@ask_product: hi how much is a conservatory door
c: some firms just tell you to check their site i'll tell you straight a french door is from nine hundred
r: including fitting
c: including fitting and making good about eleven hundred
c: what name should i put on your file
r: max
c: max i can get a surveyor out any day this week for free
r: i'll call back
c[B]: no problem max speak soon all the best
""",
        note="windows; talks about other firms' website deflection, then answers",
    )

    emit(
        "en_h28",
        "en",
        "S1:pa G1:pa C1 N1 Q1:wf P1:pa X1:pa W1:inc B1",
        """
c[GCN]: hi you're through to pearl dental this is julia
r: hello i'm interested in braces
c: have you been with us before
r: no
c: and what brought you to us was it an advert or reviews
r: reviews
r@ask_product: how much are braces
c: metal braces start from two thousand five hundred ceramic from three thousand two hundred
c: photos of our orthodontic cases are on our website too if you're curious
c: the first orthodontic consultation is free how's wednesday
r: wednesday is fine
c: could i get your full name
r: michael sokolov
c[B]: thanks michael see you wednesday at five thanks for calling
""",
        note="dental; 'what brought you to us'; website for photos after the answer",
    )

    emit(
        "en_h29",
        "en",
        "S0 G0 C1:pa N0 Q0 P0 X1:pa W1 B0",
        """
c[C]: body shop
r@ask_product: hi how much to respray a bumper
c: can't say over the phone we need to see the car
c: leave your number and the boss will ring you this evening
r: it's oh seven seven double one
c: got it
r: thanks
c: yep
""",
        note="car body shop; no price, call back at their initiative",
    )

    emit(
        "en_h30",
        "en",
        "S1:asr,pa G1 C1 N0 Q0:rob P1:pa X1 W1 B1",
        """
c[GC]: hello home finders lettings
r: hi my name is anna i'm looking for a one bed to rent
c: hi anna who told you a bout us
r: my neighbour
r@ask_product: do you have anything under a thousand near the station
c: two flats one at nine fifty one at nine ninety
c: i could show you both tomorrow
r: yes please
c[B]: great speak in the morning all the best anna
""",
        note="real estate; the robot gives its name unasked",
    )

    emit(
        "en_h31",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0:rob W0:asr B0",
        """
c[GC]: good morning electrical wholesale
r@ask_product: hi how much is a hundred metre drum of two point five twin and earth
c: i can't give you that one check the catalogue on our web sight it's up to date
r: could a sales rep call me back
c: they're all busy
r: okay goodbye
c: mm
""",
        note="B2B; deflection with 'web sight'; the robot asks for a call back, none offered",
    )

    emit(
        "en_h32",
        "en",
        "S0 G1:pa C0:out,rob N0 Q1 P1:pa X1 W1 B1",
        """
c[G]: morning
r: hi is this the salon
c: yes yes
r: i'd like to book my brows
c: brows are fine
c: what day
r: friday
r: sorry is this the brow studio
c[C]: yes brow and lash bar sorry i didn't say
r@ask_product: how much is shaping and tinting
c: shape and tint is twenty eight pounds
c: friday at three then what's your name
r: vera
c[B]: see you friday vera have a lovely day
""",
        note="beauty; business named only after 15 s, the robot said 'salon' first",
    )

    emit(
        "en_h33",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X1 W1 B1:pa",
        """
c[GC]: good afternoon comfy chairs factory
r: hi i'm after an armchair
c: have you ordered from us before
r: no
c: most folks find us through word of mouth we make them ourselves
r@ask_product: how much is a recliner
c: electric recliner is one thousand one hundred manual eight fifty
c: come down to the showroom at the weekend and try them out
r: will do
c[B]: we'd love to see you enjoy your weekend
""",
        note="furniture; near misses for the source question",
    )

    emit(
        "en_h34",
        "en",
        "S0 G1:asr C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hell oh city couriers
c[N]: the name's alex
r@ask_product: hi can you pick up documents today and how much
c: today's full i can do tomorrow for eighteen pounds
c: shall i put you down for tomorrow morning
r: yes
c: name and phone please
r: boris
c[B]: thanks boris booked we appreciate your call
""",
        note="courier; 'hell oh' for hello; 'the name's alex'",
    )

    emit(
        "en_h35",
        "en",
        "S0 G0 C0:rob N0 Q0 P0 X0:rep,neg W1 B0",
        """
c: yeah
r: hi is that the window company
c: yeah
r@ask_product: how much to replace a glass unit
c: hang on
c+40: glass units depends on size can't say
c: normally we'd offer a free survey but our fitters are off this week so try again next week
r: okay
c: mm hm
""",
        note="windows; 40 s hold; usual offer only described and withdrawn; the robot names the business type",
    )

    emit(
        "en_h36",
        "en",
        "S1:wf G1 C1 N0 Q0 P0 X1 W0:wf B0",
        """
c[GC]: good afternoon pearly whites dental
r: hi i wanted to ask about veneers
c: sure and where did you hear of us
r: on instagram
r@ask_product: how much is one veneer
c: all our veneer prices are on the website under treatments have a look
r: is the consultation free
c: yes it's free we could book you in thursday
r: i'll think about it
c: okay then
""",
        note="dental; deflection to a website section, then a consultation offered",
    )

    emit(
        "en_h37",
        "en",
        "S1:pa G1:pa C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hi motor tech service centre
c[N]: alex on the front desk
r: hello i need a service on my corolla
c: was it a recommendation or did you find us online
r: recommendation
r@ask_product: what's a full service cost on a corolla
c: full service with oil and filters is two nineteen
c: i could get you in tomorrow at nine
r: fine
c: what should i call you
r: oliver
c[B]: see you tomorrow oliver cheers for calling
""",
        note="car service; 'was it a recommendation or did you find us online'",
    )

    emit(
        "en_h38",
        "en",
        "S0 G0:rob C1:pa N0 Q0 P0 X0 W0:pa B0",
        """
c: yeah
r: hi is that the courier company
c[C]: yeah parcels
r@ask_product: how much to send ten kilos to bristol
c: easiest is to use the quote tool on our site i can't work it out from here
r: roughly
c: no idea honestly
r: okay
c: yep
""",
        note="courier, colloquial deflection to the site's quote tool",
    )

    emit(
        "en_h39",
        "en",
        "S1:asr G1:pa C0:rob N0:out Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[G]: hey there
r: hi is that angelica's salon
c: that's us
r: i'd like a pedicure
c: lovely how did you hear a boat us
r: on the map
r@ask_product: how much is a pedicure
c: a medical pedicure is forty two pounds
c: i can do wednesday at twelve
r: that works
c[N]: booked you in i'm the receptionist by the way my name's daria
c: and your name please
r: sveta
c[B]: see you wednesday sveta look after yourself
""",
        note="beauty; the robot names the salon, the callee confirms; own name after 20 s",
    )

    emit(
        "en_h40",
        "en",
        "S1:pa G1 C1 N0 Q1:pa P1 X1:pa W1 B1:pa",
        """
c[GC]: technoresource sales good morning
r: good morning we're looking for industrial fans
c: may i ask who i have the pleasure of speaking with
r: igor from buildmont
c: igor may i ask how your company came to know of us
r: through a tender
r@ask_product: do you have axial fans in five hundred millimetre
c: yes we have twelve in stock at four hundred and ten each
c: i can raise a proforma invoice and email it over right away
r: please do
c[B]: thank you for your enquiry all the best
""",
        note="B2B equipment, very formal",
    )

    emit(
        "en_h41",
        "en",
        "S0 G1 C1 N1 Q0 P0 X0 W0:pa B1",
        """
c[GCN]: good morning garant furniture my name is alina
r: hi i'm after a hallway wardrobe
r@ask_product: how much would a two metre wardrobe be
c: we've got a configurator on the website if you build it there it'll show the price
r: can't you tell me
c: there are too many options it's easier yourself
r: okay
c[B]: thanks for calling have a nice day
""",
        note="furniture; polite deflection to the website configurator",
    )

    emit(
        "en_h42",
        "en",
        "S0 G1 C1 N0 Q0:rob P1:pa X1:pa W1:inc B0",
        """
c[GC]: hello comfort windows
r@ask_product: hi how much is a fly screen
c: a standard fly screen is sixty pounds per window
c: all our prices are on the website too by the way
r: will someone fit it
c: yes the fitter will come out to measure and fit the same day
r: what's the fitter's name
c: the fitter's called gary he'll ring you
r: thanks
c: yep
""",
        note="windows; website mentioned after the price; the robot asks the fitter's name",
    )

    emit(
        "en_h43",
        "en",
        "S1:wf G1 C1 N1:wf Q1:wf P1:pa X1:pa W1 B1",
        """
c[GC]: good afternoon floors estate agency
c[N]: you're speaking with eugenia
r: hi i want to buy a new build flat
c: and where did you hear about our agency
r: an advert on the underground
c: what's your name please
r: konstantin
r@ask_product: do you have one beds under three hundred thousand
c: yes there are three from two hundred and sixty thousand
c: let me put a selection together and whatsapp it to you
r: great
c[B]: all the best konstantin speak soon
""",
        note="real estate, formal; word forms of the usual phrases",
    )

    emit(
        "en_h44",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[G]: hello
c[C]: smile clinic
r@ask_product: hi how much is whitening
c: the price list is on our sight you can download it it's all there
r: can't you tell me
c: i'm not reception i'm the cleaner i just picked up
r: okay
c: bye
""",
        note="dental; deflection with 'sight' for 'site'",
    )

    emit(
        "en_h45",
        "en",
        "S1 G1 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[GC]: good afternoon zoom deliveries
r@ask_product: hi do you deliver across the county and what does it cost
c: yes across the county from eight pounds depending on distance
c: and how did you find us
r: the local paper
c: right well give us a call if you decide
r: thanks
c: you're welcome
""",
        note="courier; 'give us a call if you decide' is not a concrete next step; 'you're welcome' is no closing",
    )
