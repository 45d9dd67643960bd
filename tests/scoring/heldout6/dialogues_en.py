"""Held-out set 6, English: 45 compact dialogues (format: ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the English dialogues of set 6."""
    L = "en"
    emit(
        "en6_h01",
        L,
        "S1:wf G1 C1 N1 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: good morning thanks for calling netwise managed it this is priya how'd you find us today
r: uh hi a colleague at another firm mentioned you we've got about thirty pcs and our backups keep failing
c: okay gotcha
c: are these all window machines
r: yes mostly
c: and you have a server on sight
r: one old one
r@ask_product: what would a monthly support plan cost for thirty users
c: so our standard plan is forty five a seat per month that's thirteen fifty a month and that includes remote help desk and backup monitoring
c: on site visits are extra at one twenty and hour
c: what i'd suggest is a free network assessment we come out for an hour and look at that server does that sound good
r: sure
c: great and who do i have the pleasure of speaking with
r: mark
c[B]: thanks mark i'll email you two time slots for the assessment appreciate the call
""",
        note="IT support for companies; American; everything in one long opening turn; free assessment offered",
    )
    emit(
        "en6_h02",
        L,
        "S0 G1 C0:rob N0 Q0 X0 W1 B0",
        """
c[G]: yeah hello
c: sorry just a sec
r: hi is that the wine shop
c: it is yeah but were closing in two minutes can you ring tomorrow
r: i just had a quick question
c: tomorrow love sorry
""",
        note="wine shop; British; callee cuts the call short before the product question; 'can you ring tomorrow' is not a next step; only confirms the business",
    )
    emit(
        "en6_h03",
        L,
        "S1:pa G1 C1 N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hello transglobe movers good afternoon
r: hi there we're moving from dublin to toronto next spring
c: oh lovely is it a house or and apartment
r: a three bed house
c: and would you need packing as well
r: yes probably
c: grand and would it be a full container or are you happy to share
r: whatever is cheaper
r@ask_product: what kind of price are we talking about
c: for a three bed shared container to toronto you'd be roughly eight and a half to ten thousand euro and sea time's about six weeks
c: with full packing ad another twelve hundred or so
c: i'd like to send one of our surveyors out to do a proper walk through is that alright and what name will i put on it
r: put it under ciara
c: ciara perfect and before i forget how did you come across us at all
r: a facebook group for emigrants
c[B]: ah sure they're great thanks a million ciara good luck with the move
""",
        note="removals abroad; Irish; qualifying questions first, source asked at the end",
    )
    emit(
        "en6_h04",
        L,
        "S0 G0 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: allsafe alarms
r@ask_product: hi yeah how much is it to get an alarm system put in a three bedroom house
c: so
c: for a three bed
c: hang on lemme pull up the sheet
c: okay basic wired package is nine hundred installed
c: wire less is more like thirteen hundred
c: monitoring's extra twenty nine a month if you want that
r: okay does that include cameras
c: no cameras are separate
r: got it thanks
c: mhm
""",
        note="security alarms; American; answer split over many short turns; 'mhm' is no closing",
    )
    emit(
        "en6_h05",
        L,
        "S0 G1:pa C0:rob N0 Q0 P0 X0 W0:pa B0",
        """
c[G]: g'day
r: hi is this spa world
c: yeah mate
r: i'm after a hot tub for about five people
r@ask_product: what sort of money are we looking at
c: ah look they very heaps
c: the whole range is up on the web with prices you'll see em all there
r: could you give me an idea though
c: nah you're better off looking online honestly
r: alright
c: no worries see ya
""",
        note="hot tub sales; Australian; deflection to the web; 'no worries see ya' is not a polite closing",
    )
    emit(
        "en6_h06",
        L,
        "S1 G1:pa C1 N1 Q1:pa P1:pa X1:wf W1:inc B1:pa",
        """
c[GCN]: hiya crumbs and co cakes it's lucy
r: hi i'd like a unicorn cake for my daughter's fifth
c: aww can do for how many and how did you hear about us
r: a friend had one of yours about fifteen kids
r@ask_product: what would that cost
c: a unicorn one for fifteen is sixty five pound with the horn and ears all edible
c: you can see ones we've done on our web page as well if you fancy a look
c: shall i get it booked in what name and when's the party
r: it's for maya on the ninth name's jo
c[B]: lovely jo all booked thanks ever so much
""",
        note="custom cakes; British; web page mentioned after a full answer",
    )
    emit(
        "en6_h07",
        L,
        "S0 G1 C1 N0 Q0 P0 X1:pa W1 B1",
        """
c[GC]: hello treeline arborists
r: hi i need a couple of conifers cut down
c: right where are you based
r: in lucan
c: grand we cover look in
r@ask_product: how much would it be roughly
c: it really depends how tall they are and whether we can get the chipper in
c: look the boss will ring you back this evening once he's had a look at the map what number will he get you on
r: this one is fine
c[B]: sound he'll be in touch thanks for calling
""",
        note="tree surgeon; Irish; 'where are you based' is not the source question; callback at their initiative; asks the number, not the name",
    )
    emit(
        "en6_h08",
        L,
        "S0 G1 C1 N0:out Q0 P1:pa X1:pa W1 B0",
        """
c[GC]: hi pedal power electric bikes
r: hi i'm looking for a commuter e bike
c: awesome what's you budget
r: around two thousand
r@ask_product: what do you have around that
c: so we've got the cityline for eighteen ninety nine and the urban pro at twenty one fifty both in stock medium and large
c: you're welcome to come test ride either one
r: great who should i ask for
c[N]: ask for jordan that's me
r: thanks jordan
c: you bet
""",
        note="e-bike shop; American; own name only after 20 s; 'you bet' is no closing",
    )
    emit("en6_h09", L, "", note="no answer", outcome="no_answer")
    emit(
        "en6_h10",
        L,
        "S0:rep G1 C1 N1 Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[G]: good morning
c[CN]: you're through to hearwell audiology my name's amy how may i help
r: hello i think i need a hearing test
r@ask_product: do you have anything this week and is there a charge
c: there is a slot on wednesday at eleven the test is complementary and takes about forty minutes
c: may i take your full name
r: george
c: thank you george i'm supposed to ask how people heard of us but the system's playing up so never mind
c: i've put you in for wednesday at eleven
c[B]: we look forward to seeing you goodbye george
""",
        note="hearing test clinic; British formal; source question only reported and dropped",
    )
    emit(
        "en6_h11",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[C]: yeah carpet care
r: hi how much to do a living room and hall
r@ask_product: roughly
c: ah depends on the size like
c: there's a price guide on the wet site have a look at that
r: okay
c: right so
""",
        note="carpet cleaning; Irish; 'wet site' for website",
    )
    emit(
        "en6_h12",
        L,
        "S0 G1:pa C1 N0 Q1:pa P1:pa X1:wf W1 B1",
        """
c[GC]: afternoon keystone it services
r@ask_product: hi do you repair macbooks with liquid damage and how long does it take
c: we do yes turnaround's usually three to five working days once it's in
c: cost i'd have to check with the bench
c: i can get our tech raj to call you back with a price what name shall i leave
r: hannah
c[B]: lovely hannah someone will ring within the hour thanks for calling
""",
        note="IT repair; British; yes plus lead time is an answer even without a price; 'raj' is a colleague's name",
    )
    emit(
        "en6_h13",
        L,
        "S0 G0:out C1 N0 Q0 P1:pa X1:pa W1:rep B1",
        """
c: hang on
c: sorry about that
c+9[GC]: hi there sorry corkscrew wines
r: hi do you have any orange wine
c: we do
r@ask_product: what's the range
c: honestly a lot of places would tell you to check the website but i'll just tell you we've got five from nineteen to forty two dollars
r: nice
c: want me to hold a couple at the register
r: not today thanks
c[B]: no problem thanks for calling have a good one
""",
        note="wine shop; American; greeting only after 10 s; reported deflection of others; hold offered though declined",
    )
    emit(
        "en6_h14",
        L,
        "S0:rob G1 C1 N1 Q0 P1:pa X1:wf W1:rob B0:rob",
        """
c[GCN]: good afternoon atlas overseas removals sandra speaking
r: hi i found you on google i'm moving to spain just a few boxes and a bike
r@ask_product: do you do small loads and how much
c: yes we do part loads to spain a few boxes and a bike would be around four hundred and fifty pounds collection in about two weeks
r: i saw on your website you do storage too
c: that's write
c: i can email you a written quote today what's your email
r: it's k smith at mail dot com
c: great i'll send it over
r[B]: brilliant thank you very much have a nice day
c: okay bye
""",
        note="removals abroad; robot volunteers source and website; only the robot closes politely; asks the e-mail, not the name",
    )
    emit(
        "en6_h15",
        L,
        "S1:pa G1 C0:rob N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[G]: hello
r: hi is this tutor hub
c: yep
r: i'm after a maths tutor for year ten
c: no worries and you are
r: it's beth
c: thanks beth how'd you stumble on us
r: a mum at school
r@ask_product: what are your rates
c: year ten maths is sixty five an our in home or fifty five online
c: i could line up a free intro session this week if you like
r: yes please
c[B]: beauty i'll text you the details cheers beth thanks for ringing
""",
        note="tutoring agency; Australian; 'and you are' asks the name",
    )
    emit(
        "en6_h16",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1:wf",
        """
c[GC]: good morning hot tub warehouse
r: hello i'd like a price for a six seater with a lounger
c: okay
r@ask_product: how much roughly
c: the six seaters all vary sir best thing would be to download the brochure from our website it's got all the prices in
r: could you not just tell me
c: i'm afraid i'm not in sails
r: fine
c[B]: thank you for your call
""",
        note="hot tub sales; British; brochure download deflection",
    )
    emit(
        "en6_h17",
        L,
        "S0 G0 C1 N0 Q1:pa P1:pa X1:pa W1 B1:wf",
        """
c[C]: sootbusters chimney sweeps
r: hi i need my chimney swept before winter
c: right and it's mister or missus
r: mister
c: and the surname
r: collins
r@ask_product: what do you charge
c: it's sixty five for one flew and thirty for each extra
c: i've got next tuesday morning free shall i put you in
r: yes
c[B]: smashing mister collins see you tuesday and thanks for ringing
""",
        note="chimney sweep; British; asking the surname is asking the caller's name",
    )
    emit(
        "en6_h18",
        L,
        "S1:pa G1 C1 N1 Q1:wf P1:pa X1:pa W1 B1:asr",
        """
c[GCN]: hi reef and fin this is carlos what brought you our way
r: hey a buddy said you have good stock do you have any clownfish
r@ask_product: and how much
c: we're actually sold out right now next shipment is thursday they'll be twenty four ninety nine each
c: want me to put your name on a couple
r: sure
c: what's the name
r: dev
c[B]: got you dev we'll call you when they land ave a grate day
""",
        note="aquarium shop; American; out of stock with restock date and price is an answer",
    )
    emit(
        "en6_h19",
        L,
        "S0 G1 C1 N0 Q0:neg P1:pa X0 W1 B1:pa",
        """
c[GC]: hello there guardian alarms
r: hi i want to get a quote for an alarm for a small office
c: no bother can you hold on one second
c+30: sorry about that now what size of is
r: about two hundred square metres
r@ask_product: what would it cost roughly
c: so for that size with door contacts and a few motion sensors and a keypad you'd be looking at around eleven hundred euro fitted and if you want it monitored that's twenty a month on top there's no contract on the monitoring and we'd usually have it fitted within a week of you saying go
r: that's useful
c: don't worry about giving me your name or anything just ring back if you want to go ahead
r: okay thanks
c[B]: not at all best of luck with it
""",
        note="security alarms; Irish; one long answer turn; 'don't worry about giving me your name'; 'ring back if you want' is not a next step",
    )
    emit(
        "en6_h20",
        L,
        "S0 G0:rob C1 N0 Q0 P0 X0 W1 B0",
        """
r[G]: good evening
c[C]: elmhurst ballet
r: hello i'm enquiring about adult classes
c: mhm
r@ask_product: are there spaces in the intermediate class and what's the fee
c: i'm afraid i'm just the care taker you'll need to speak to the office tomorrow
r: okay
c: right
""",
        note="ballet school; only the robot greets; transfer-like non-answer",
    )
    emit(
        "en6_h21",
        L,
        "S1:asr G1 C1 N0 Q1 P1:pa X1:pa W1 B1",
        """
c[GC]: good afternoon arbor pros tree service
r: hi we had a big limb come down in the storm and another one's hanging
c: oh yikes is any body hurt
r: no no
c: okay good how did you here a bout us
r: nextdoor app
r@ask_product: how fast can someone come and what does it cost
c: we can get a crew out tomorrow morning emergency hanger removal usually runs four hundred to seven hundred depending on the height
c: what's your name and address and i'll put you on the schedule
r: rita four twelve maple drive
c[B]: you're all set rita stay safe and thanks for calling
""",
        note="tree surgeon; American; source question damaged ('here a bout')",
    )
    emit(
        "en6_h22",
        L,
        "S0 G1:pa C0:rob N0 Q0 P0 X0 W0:pa B0",
        """
c[G]: g'day
r: hi is that sauna co
c: yep
r@ask_product: how much for a barrel sauna
c: mate pop on to the design tool on our site and build it yourself it'll give you the price as you go
r: ballpark
c: couldn't tell ya
r: righto
""",
        note="sauna construction; Australian; deflection to an online configurator",
    )
    emit(
        "en6_h23",
        L,
        "S1:pa G1 C0 N1 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[GN]: hi this is gina speaking
r: hi i'm getting married in october and looking for a makeup artist
c: oh congrats what's the date
r: october twelfth
c: let me look yes i'm free and can i ask who referred you
r: my sister used you
c: aw love that what's her name
r: kate miller
c: oh i member kate
r@ask_product: what's your bridal rate
c: bridal is three fifty including a trial and bridesmaids are one twenty five each
c: i'd love to hold the date for you with a deposit would you like that
r: yes
c: perfect and what's your name hon
r: emma
c[B]: thanks emma so excited for you talk soon
""",
        note="bridal makeup; American; business never named; 'what's her name' asks the sister's name (near miss) before the real name question",
    )
    emit(
        "en6_h24",
        L,
        "S0 G1:pa C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: morning cloudbase it support desk
r@ask_product: hi how much do you charge to set up microsoft three six five for ten users
c: that'll be are projects team i'm on the helpdesk
c: there's packages for that on our website or i'll put you through
c+15: sorry there's no answer from projects try again after lunch
r: okay
c: cheers
""",
        note="IT support; British; transfer without answer; site suggested; 'try again after lunch' is not a next step",
    )
    emit(
        "en6_h25",
        L,
        "S1 G1 C1 N1 Q1:wf P1:pa X1:pa W1:inc B1",
        """
c[GCN]: hello the corner cellar ciaran here
r: hi do you have any champagne for a wedding about thirty bottles
c: we would did you find us online or
r: online yes
r@ask_product: what would that cost
c: we'd do you a case deal on the house champagne thirty two euro a bottle instead of thirty eight so about nine sixty for thirty
c: the full list is on the website as well if you want to compare
c: i can reserve the thirty and you pay on collection what name
r: orla
c[B]: perfect orla congrats to the couple and thanks for calling
""",
        note="wine shop; Irish; website after a full answer",
    )
    emit(
        "en6_h26",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X0 W1 B0:out",
        """
c[GC]: hi there sound check hearing
r: hi can i get a hearing test for work
c: sure we do industrial hearing test
r@ask_product: what's the cost
c: forty nine dollars takes about twenty minutes
c[B]: thanks heaps for calling have a great day
r: oh wait sorry do i need a referral
c: hang on i'll check with the audiologist
c+25: no referral needed just bring photo id
r: okay
c: ok
""",
        note="hearing clinic; Australian; polite closing early, the call goes on over 30 s",
    )
    emit(
        "en6_h27",
        L,
        "S0:neg G1 C1:asr N0 Q1:pa P1:pa X1:wf W1 B1",
        """
c[GC]: hello eve wheels
r: hi do you service e bikes you didn't sell
c: we do yeah
r@ask_product: how much is a service and how soon
c: standard service is seventy five quid were booked up about a weekend a half
c: i won't bother asking where you found us we get everyone in the end
c: want me to book you in for the week after next
r: go on then
c: name
r: sam
c[B]: done sam cheers thanks a lot
""",
        note="e-bike shop (E Wheels, recognised as 'eve wheels'); British; negated source question",
    )
    emit(
        "en6_h28",
        L,
        "S0:rep G1 C1 N0 Q0 P1:pa X0 W1:inc B0",
        """
c[GC]: hi brightpath tutoring
r: hi my daughter needs help with sat prep
r@ask_product: how much do you charge
c: sat prep packages are twelve hundred for ten session sore ninety an hour
c: there's a form on our site for new families it asks how you heard about us but you can skip that bit
r: okay
c: anything else
r: no thanks
c: okay bye bye
""",
        note="tutoring; American; the form's source question is reported; site after a full answer",
    )
    emit(
        "en6_h29",
        L,
        "S0 G0 C1 N0 Q1:pa P0 X0 W0 B0",
        """
c[C]: drain doctors
r: hi my boiler's making a banging noise and there's no hot water
c: right who's this now
r: niamh
c: okay neve
r@ask_product: what would it cost to get it looked at
c: ah i wouldn't quote over the phone for a boiler could be anything check out our website for the service prices
c: can you ring back in the morning when the lads are in
r: okay
c: right
""",
        note="plumbing; Irish; 'who's this now' asks the caller's name; deflection; 'ring back in the morning' not a next step",
    )
    emit(
        "en6_h30",
        L,
        "S1:pa G1 C1 N1 Q0 P1:pa X1:pa W1 B1",
        """
c[GCN]: good morning stonecraft worktops emily speaking
r: hi i'm redoing my kitchen and want quartz worktops
c: lovely did you pick up one of our leaflets at the home show
r: no a builder suggested you
r@ask_product: how much and how long does it take
c: quartz runs from about three hundred to five hundred pounds a metre run installed and from template to fitting is usually ten working days
c: once your units are in we'd come and template is that something you'd like to book
r: not yet
c[B]: no problem give us a shout when they're in thanks for calling
""",
        note="kitchen worktops; British; 'did you pick up one of our leaflets' asks the source",
    )
    emit("en6_h31", L, "", note="busy", outcome="busy")
    emit(
        "en6_h32",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1:neg B0",
        """
c[GC]: hello spotless carpet care
r: hi how much for an area rug
r@ask_product: wool about eight by ten
c: i'm not going to send you to our website for this one wool eight by ten is about one sixty with pickup and delivery
c: we can pick it up wednesday
r: i'll think about it
c: sure
""",
        note="carpet cleaning; American; negated website mention",
    )
    emit(
        "en6_h33",
        L,
        "S1 G1:pa C1 N0 Q0 X0 W1 B0",
        """
c[GC]: hiya snowline ski hire
r: hi i'm coming out in february with my kids
c: brilliant what dates
r: the fourteenth to the twenty first
c: grand and did someone tell you about us or was it online
r: our hotel recommended you
c: ah the hotel great so
c: sorry you're breaking up
c: hello
""",
        note="ski rental; Irish; the line breaks up before the product question",
    )
    emit(
        "en6_h34",
        L,
        "S1:wf G1 C0:out N1 Q1 P1:pa X1:pa W1 B1",
        """
c[G]: hi hold please
c+14[CN]: thanks for holding chimney pros this is luis
r: hi i need a chimney inspection before i buy a house
c: sure how'd you hear about us
r: my realtor
r@ask_product: how much is a level two inspection
c: level two with camera is three twenty five and we can usually do it within three days
c: i can get you on the schedule for thursday what's your name
r: pat
c[B]: thanks pat see you thursday
""",
        note="chimney sweep; American; company named only after a hold, outside 15 s; own name inside 20 s",
    )
    emit(
        "en6_h35",
        L,
        "S1:asr G1:pa C1 N0 Q1 P0 X1:pa W1 B1:pa",
        """
c[GC]: g'day fishy business
r: hi do you have a two hundred litre tank with a sump
c: where'd you here of us
r: a forum
r@ask_product: and what would that set me back
c: uh i'd have to check the warehouse for that one
c: leave it with me i'll give you a bell back this arvo what's your name mate
r: ben
c[B]: too easy ben talk soon cheers for calling
""",
        note="aquarium shop; Australian; no answer, then a callback at their initiative",
    )
    emit(
        "en6_h36",
        L,
        "S0 G0 C1 N1 Q0 P1:pa X0:neg W1:inc B0",
        """
c[CN]: aqua spas this is derek
r: hey what's the cheapest hot tub you've got right now
r@ask_product: with delivery
c: the cheapest is the breeze four seat at fifty four ninety five delivery's three hundred more specs are on the site too
c: look i'm not gonna push you to come in or book anything
r: cool thanks
c: yeah no problem
""",
        note="hot tub sales; American; negated invitation; site after a full answer",
    )
    emit(
        "en6_h37",
        L,
        "S0 G1 C0 N1 Q0:rob P1:pa X1:wf W1 B1:pa",
        """
c[G]: good afternoon
r: hi sorry what's your name
c[N]: it's rosie
r: hi rosie i need a gluten free birthday cake
r@ask_product: can you do that and how much
c: we can but we need a weak notice an eight inch is forty two pound
r: great
c: shall i take the order now
r: yes please it's priti
c[B]: lovely priti have a lovely day
""",
        note="custom cakes; British; the robot asks the callee's name; business never named",
    )
    emit(
        "en6_h38",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1:pa",
        """
c[GC]: good morning globe relo
r: hi i'm moving from texas to germany
r@ask_product: what does a move like that typically cost
c: you'll want to use the instant quote on our site it's honestly the quickest way
r: could you just give me a range
c: every move's different so yeah the online quote
r: alright
c[B]: have a good one
""",
        note="removals abroad; American; deflection to an online quote",
    )
    emit(
        "en6_h39",
        L,
        "S0 G0 C1 N1 Q0 P1:pa X1:wf W1 B0",
        """
c[CN]: heatwave saunas mark speaking
r: hi i'd like an infrared sauna for two
c: are you an existing customer
r: no
r@ask_product: what do they cost
c: two person infrared is two thousand one hundred pounds we've got them in stock delivery in five days
c: i can email you a quote with the spec what's your email
r: lee at mail dot com
c: dun
r: thanks
c: ta
""",
        note="sauna construction; British; 'existing customer' is not the source question; asks e-mail, not name",
    )
    emit(
        "en6_h40",
        L,
        "S0 G0 C1 N0 Q0 P1:pa X0:rep W1 B0",
        """
c[C]: electric avenue bikes
r: hi could someone bring an e bike to my house to try
c: we used to do home test rides alright but we stopped that last year
r@ask_product: okay what's the price of the commuter one
c: the commuters two thousand one hundred and ninety euro
r: thanks
c: no bother
""",
        note="e-bike shop; Irish; home test rides described as past practice, not offered",
    )
    emit(
        "en6_h41",
        L,
        "S1:pa G1 C1 N0 Q1:asr P1:pa X1:pa W1 B1",
        """
c[GC]: hi there bright blinds
r: hi i need blackout blinds for three bedrooms
c: okay who sent you our way and can i get you're nam
r: my landlord jade
r@ask_product: how much are blackout blinds
c: jade they start at eighty nine a window for standard sizes custom's a bit more
c: we could send someone to measure free
r: sounds good
c[B]: great i'll set that up thanks for calling jade
""",
        note="window blinds; American; name question damaged",
    )
    emit(
        "en6_h42",
        L,
        "S1:pa G1:pa C1 N0:out Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: g'day snowy gear hire
r: hi i need ski gear for two adults for five days
c: no dramas you seen our ad on the radio or something
r: no a friend
c: what levels are ya
r: beginners
r@ask_product: what's it gonna cost
c: beginner package is fifty five a day each so five days for two is five fifty
c: want me to lock that in
r: yes
c[N]: easy i'm jack by the way
r: thanks jack
c[B]: no worries mate have a ripper trip
""",
        note="ski rental; Australian; own name only after 20 s",
    )
    emit(
        "en6_h43",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B1",
        """
c[GC]: hello greenleaf tree care
r: hi how much to grind out a stump
r@ask_product: it's about half a metre across
c: stump grinding prices are all listed on our website if you go to services
r: sorry i don't have internet right now
c: oh right i can't really say than sorry
r: okay
c[B]: thanks for calling
""",
        note="tree surgeon; British; deflection, no answer",
    )
    emit(
        "en6_h44",
        L,
        "S0 G0 C1 N0 Q0 X0 W1 B0",
        """
c[C]: helpdesk heroes
r: hi our printer network is down
c: okay is this an existing a count
r: no new
c: i'll need to transfer you to steve in sales hold on
c+20: sorry sales are busy try back in an hour
""",
        note="IT repair; American; no product question reached; 'existing account' is not the source question",
    )
    emit(
        "en6_h45",
        L,
        "S0:rob G1:pa C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c[G]: how ya going
r: hi is that the plumber i saw your ad at the bus stop
r@ask_product: how much to replace a mixer tap
c: labour's sixty bucks you supply the tap
r: when can you come
c: today's a no go where are you calling from
r: the city
c: yeah nah tomorrows looking full to
r: okay
""",
        note="plumbing; Australian; 'where are you calling from' is not the source question; robot volunteers source",
    )
