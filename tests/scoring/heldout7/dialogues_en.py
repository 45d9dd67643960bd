"""Held-out set 7, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues of set 7."""

    def d(n: int, spec: str, script: str = "", note: str = "", **extra: object) -> None:
        emit(f"en7_h{n:02d}", "en", spec, script, note, **extra)

    d(
        1,
        "S1:pa G1 C1:pa N1 Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GCN]: good morning pawsitive dog training this is becky
r: hi there i've got a six month old labrador who pulls like made
c: oh bless them they all do at that stage can i ask what pointed you in our direction
r: a friend at the pack
r@ask_product: how much is the puppy course
c: the six week puppy course is a hundred and twenty pounds small groups of six
c: i could pop you on the saturday class starting next week who shall i put down
r: tom
c[B]: lovely tom see you saturday cheers for ringing
""",
        "dog training; british",
    )

    d(
        2,
        "S0:pl G0 C1:pa N0:rob Q0 P0 X0 W0:pa B0",
        """
c[C]: laser clinic yeah
r: hi my name's alex how much for full leg laser hair removal
r@ask_product: roughly what does a full leg session cost
c: honestly it changes with the offers you're best off pulling up our web page the offers are on there
r: where are you baste
c: city sent her
r: okay thanks
c: yep
""",
        "laser hair removal; 'yeah' only, robot gives its own name, deflection to the web page",
    )

    d(
        3,
        "S1 G1 C1:pa N0 Q1:wf P1:pa,asr X1:pa W1 B1",
        """
c[GC]: hello ashford boiler services
r: hi my boiler needs it's annual service
c: sure thing how did you hear about us
r: leaf let through the door
r@ask_product: what do you charge for a service
c: a standard gas boiler service
c: is eighty five quit
c: including the safety check
c: we've got an engineer free thursday morning could i grab your name for the booking
r: sarah
c[B]: that's you booked in sarah thanks very much for calling have a good day
""",
        "boiler servicing; british",
    )

    d(
        4,
        "S0:neg G1 C1:pa N1:wf Q0 P1:pa,asr X1:pa W1 B0",
        """
c[GCN]: hi there doorline garage doors mike speaking
r: hi i'm after a new roller door for a single garridge
c: right i'm not gonna quiz you on how you found us let's just get you sorted
r@ask_product: how much would a roller door be
c: insulated electric roller for a single is a round sixteen fifty fitted
c: i can swing by tomorrow arvo and measure up
r: aisle think about it
c: no worries
""",
        "garage doors; australian; negated source question; 'no worries' is not a closing",
    )

    d(
        5,
        "S1:asr G1 C1:pa N0 Q0 P0 X0 W0 B1",
        """
c[GC]: good afternoon snapshot photo printing
r: hi how much to print a hundred six by for photos
c: may i ask how you herd of us
r: google map
r@ask_product: so what would a hundred prints cost
c: the easiest is to go to our site and use the price calculator it works it all out for you
r: okay
c[B]: thank you for calling have a lovely afternoon
""",
        "photo printing; homophone 'herd'; deflection to site calculator",
    )

    d(
        6,
        "S0:pl G1:pa C1:pa N1:pa Q1:pa P1:pa X1:pa W1 B1",
        """
c[GCN]: hiya meadowbrook riding school it's jess
r: hello i'd like writing lessons for my daughter
c: how old is see
r: eight
r@ask_product: what's the price of a lesson
c: for her age it's a half hour pony lesson at thirty two pounds or a block of six for one seventy
c: have you ridden with us before
r: know never
c: then come up on sunday for a taster and what's your daughter called and yourself
r: i'm james she's eller
c[B]: brilliant james see you both sunday thanks a million
""",
        "horse riding school; irish; 'ridden with us before' near miss",
    )

    d(
        7,
        "S0:pl G1:pa C1:pa N0 Q0 P0 X0:neg W1 B0",
        """
c[GC]: evening skyline rooftop bar
r: hi can i book a table for six on fry day
c: fridays fall mate
r@ask_product: what's the minimum spend for a group on saturday
c: can't tell you that and i can't take bookings either the manager's in after six try then
r: right
c: yep
""",
        "rooftop bar; no answer, 'try then' is not an offer",
    )

    d(
        8,
        "S1:pa G1 C1:pa N1:pa Q1 P1:pa X1:wf W1:inc B1",
        """
c[G]: good morning
c[CN]: stagehire pro you're through to liam
r: hi we need lightning and sound for a corporate event
c: great and what led you to us
r: we used to last year at a different company
r@ask_product: what would a package for two hundred guests cost
c: our standard sound and light package with a technician starts at about two thousand two hundred for the evening
c: there are photos of the kit on the website if you want to see it but that's the price
c: i'll email you a full quote what's your name
r: nina
c[B]: thanks nina appreciate the call have a good one
""",
        "stage equipment rental; site after a full answer",
    )

    d(
        9,
        "S0:pl G1 C1:pa N0:out Q1:wf P1:pa X1:wf W1 B1",
        """
c[GC]: hello bright smile orthodontics
r: hi i'm interested in braces for a dult
c: sure won second please
c+25: sorry about that so adult braces
r@ask_product: how much are ceramic braces
c: ceramic for both arches is from four thousand two hundred dollars and the consult is free
c: let me book you a consult with the doctor wednesday may i get your name
r: laura
c[N]: laura i'm kate by the way the coordinator
c[B]: thanks for calling laura we'll see you wednesday
""",
        "orthodontist; american; own name after a hold: outside window",
    )

    d(10, "")

    d(
        11,
        "S1:wf G0 C1:pa N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: green thumb lawns
r: hi i need someone to look after my lorn
c: how big
r: about half and acre
r@ask_product: what would weekly mowing cost
c: for half an acre it'd run you about fifty five a visit
c: and how'd you find out about us
r: and neighbour
c: could on em
r: thanks
c: bye
""",
        "lawn care; no greeting; 'bye' not polite",
    )

    d(
        12,
        "S0:pl G1 C1:pa N1:pa Q1:pa P1:pa X1:pa W1:inc B1:pa",
        """
c[GCN]: good afternoon riverside used cars it's dan
r: hi have you still got the silver ford focus twenty nine teen
c: let me check yep still hear forty thousand miles on the clock
r@ask_product: what are you asking for it
c: eleven nine ninety five and there's a bit of room on that there's about forty photos on our website too
c: are you local or calling from further out
r: low cal
c: pop down for a test drive tomorrow who am i talking to
r: paul
c[B]: cheers paul catch you tomorrow all the best
""",
        "used car dealer; 'calling from further out' near miss for source; site after answer",
    )

    d(
        13,
        "S0:rob G1 C1:pa N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: good afternoon the willows spa hotel
r: hello a friend recommended you and we'd like a week end away
c: lovely witch dates
r: friday to sunday for too
r@ask_product: how much is a room with spa access
c: a classic double with spa access is two hundred and ten pounds a night with breakfast
c: i can hold it for you now with a deposit
r: i'll check with my has band
c[B]: of course we'd love to have you take care
""",
        "spa hotel; only the robot mentions the source",
    )

    d(
        14,
        "S0:pl G1 C1:pa N1 Q1 P0 X1 W1:neg B1",
        """
c[G]: hello
c[CN]: harper and co notaries this is ruth
r: hi i need a document notarised for use a broad
r@ask_product: how much does that cost
c: it really depends on the document and whether it needs an apostille i won't send you to the website it's out of date best thing is to come in and the notary will tell you
c: i can book you in tomorrow at eleven your name please
r: david
c[B]: that's booked david thanks for your call
""",
        "notary office; 'depends' is not an answer; negated website mention",
    )

    d(
        15,
        "S1:pa G0 C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c: yeah
r: hi is this the drone filming company
c: yeah that's us
r: i want aerial shots of my house for a sail listing
c: and how'd you come across us
r: a real state agent
r@ask_product: what does it cost
c: from two hundred bucks for an hour in the air editing is extra
r: okay thanks
c: mhm
""",
        "drone filming; company only confirmed",
    )

    d(
        16,
        "S0:pl G1 C1:pa N0 Q1:pa P1:pa X1:pa W1:inc B1:pa",
        """
c[GC]: hi there redline karting
r: hi i want to book a birth day race for ten people
r@ask_product: what would that cost for ten
c: a ten minute session is twenty five each so two hundred fifty for ten the track rules are on our site have a read before you come
c: we can lock in saturday at two what name is the booking under
r: olivia
c[B]: awesome olivia see you then thanks for choosing us
""",
        "karting track; american; site after answer",
    )

    d(
        17,
        "S1 G1 C1:pa N1:wf Q1:wf P1:pa X1:pa W1 B1",
        """
c[GCN]: good morning drapes and co curtains you're speaking to anna
r: hi i'd like maid to measure curtains for a living room
c: how did you find us
r: instagram
r@ask_product: how much for a three metre window
c: making up starts at forty a metre fabric's on top most rooms come in around six to eight hundred
c: one of our fitters could come out with fabric samples and measure who would i be speaking with
r: grace
c[B]: thanks so much grace have a lovely day
""",
        "curtain tailoring",
    )

    d(
        18,
        "S0:pl G1 C1:pa N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello relic vintage furniture
r: hi have you got any sixties teek side boards
r@ask_product: how much are they
c: everything we've got in is listed on the online shop with prices have a scroll through
r: can you just tell me
c: i don't half it in front of me sorry
r: fine
c: alright then
""",
        "vintage furniture; deflection to online shop; 'alright then' not a closing",
    )

    d(
        19,
        "S1:asr G1:asr C1:pa N0 Q1:asr P1:pa X1:pa W1 B1:asr",
        """
c[GC]: hell oh bounce about castles
r: hi i'm after a bouncy castle for a birth day
c: where did you here about us
r: word of mouth
r@ask_product: how much for four hours
c: small castle's eighty five the big one with a slide is one forty free delivery in town
c: which date and what's you're name
r: the twelfth it's chloe
c: done the twelfth
c[B]: thanks four calling have a grate party
""",
        "bouncy castle hire; asr damage throughout",
    )

    d(
        20,
        "S0:rep G0 C1:pa N1:wf Q0 P1:pa,asr X0 W1 B0",
        """
c[CN]: safeguard fire extinguishers steve speaking
r: hi we need our office extinguisher serviced
c: people always ask us how we got their number we just buy the business lists
r@ask_product: how much to service a six kilo powder one
c: twelve fifty each or ten pounds each if you got more then ten
r: i'll think it oven
c: okay
""",
        "fire extinguisher servicing; statement about how they find people, not a question",
    )

    d(
        21,
        "S1:pa G1:pa C1:pa N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: g'day fade factory barbers jacko here
r: hi i'd like a hair cut to day
c: sweet did a mate send you or did you find us yourself
r: a mate
r@ask_product: how much for a cut and beard
c: cut and beard is fifty five with the senior barber sixty
c: can do half five today who'll i put in for
r: max
c[B]: legend max see you at half five cheers for calling
""",
        "barber shop; australian",
    )

    d(22, "", outcome="busy")

    d(
        23,
        "S0:pl G1 C1:pa N0 Q0 P1 X0 W1 B0:out",
        """
c[GC]: good afternoon oakfield riding centre
r: hi do you do gift vouchers for a hak
r@ask_product: and how much is one
c: yes an hour's hack voucher is sixty five pounds
r: great
c[B]: thanks for calling have a lovely day
r+40: hello sorry one more question are you open on monday's
c: yes ten tell six
r: okay
c: mhm
r: bye
c: bye
""",
        "horse riding school; polite closing then the call goes on",
    )

    d(
        24,
        "S1:pa G0 C0 N0 Q0 P0 X0 W0:asr B0",
        """
c: yeah what
r: hi is this boiler repairs
c: yeah
r: my boilers leeking
c: where'd you get this number
r: online
r@ask_product: how much is a call out
c: it's all on the web sight the call out rates
r: thanks
c: yep
""",
        "boiler servicing; rude; deflection with homophone 'web sight'",
    )

    d(
        25,
        "S0:rob G1 C1:pa N1 Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: good morning straightline orthodontics this is priya
r: hi i saw your ad on the bus and i'm looking at aligners for my daughter
c: grey we do them from age twelve
r@ask_product: what's the price of aligners
c: full treatment is from three thousand five hundred pounds depending on complexity
c: bring her in for an assessment saturday we have ten o'clock free may i take your name
r: rob
c[B]: lovely rob see you saturday all the best
""",
        "orthodontist; robot volunteers the source",
    )

    d(
        26,
        "S0:pl G1 C1:pa N0 Q0 P0 X1:pa W1 B1",
        """
c[GC]: hi you're through to printhouse photo lab
r: hi can you print on canvass
c: we can yeah
r@ask_product: how much is a forty by sixty canvas
c: oh that's our canvas guy i honestly don't know the prices for those
c: he'll give you a ring back in half an hour if you leave your number
r: sure it's this number
c[B]: perfect thanks for calling have a good day
""",
        "photo printing; no answer, callback at their initiative",
    )

    d(
        27,
        "S1 G1 C1:pa N1:pa Q0:neg P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: morning greenway lawn care evan here
r: hi i need turf late about a hundred square metres
c: how did you hear about us
r: radio ad
r@ask_product: what would that come to
c: with ground prep and laying about twelve pounds a square metre so twelve hundred
c: no need for your name just text me the address and i'll come and look at the garden
r: okay
c[B]: thanks all the best
""",
        "lawn care; 'no need for your name'; survey visit offered",
    )

    d(
        28,
        "S0:pl G1 C1:pa N0 Q1:pa P0 X1:pa W0:pa B1",
        """
c[GC]: hello curtain corner front desk
r: hi i need roamin blinds for a kitchen
r@ask_product: what sort of prices
c: well
r: roughly
c: hang on let me finish prices are all over the place it's the fabric really the fabrics and prices are in our online brochure have a look and pick
c: then we can send someone to measure and you are
r: helen
c[B]: thanks helen speak soon take care
""",
        "curtain tailoring; 'front desk' without a name; deflection to online brochure; next step offered",
    )

    d(
        29,
        "S0:pl G1 C1:pa N1:wf Q0 P1:pa,asr X0 W1:inc B0",
        """
c[GCN]: evening cloud nine rooftop tom speaking
r: hi what's the minimum spend for a table of ate on saturday
r@ask_product: the minimum spend
c: saturdays it's five hundred four up to eight people
c: menus and pics of the terrace are on the site if you need them
r: got it thanks
c: you're welcome
""",
        "rooftop bar; site after answer; 'you're welcome' alone is not a closing",
    )

    d(
        30,
        "S1:pa G1 C1:pa N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: good afternoon petrie notary services
r: hi how much to certify a coffee of a passport
c: did you find us on the map or did someone give you our number
r: on the map
r@ask_product: what's the fee
c: twenty five pounds per document
c: just drop in ten till five no appointment and whose name will it be in
r: mine victor
c[B]: lovely victor have a good afternoon
""",
        "notary office",
    )

    d(
        31,
        "S0:pl G1 C1:pa N0 Q0 P1:pa X0 W1 B1",
        """
c[GC]: hello fast lane kart track
r: hi how much is a session for kids
r@ask_product: a kids session price
c: the junior karts are eighteen pounds for eight minutes age eight and up
r: okay
c[B]: thanks for calling enjoy your day
""",
        "karting track; short",
    )

    d(
        32,
        "S0:pl G0 C0 N0 Q0 P0 X0 W0 B0",
        """
c: yeah go on
r: hi i need a pay system for a wedding
r@ask_product: what would that cost
c: no idea pal the manager does the quotes and he's out
r: when's he bach
c: just fill in the form on the website he'll see it
r: right
c: yep
""",
        "stage equipment rental; no greeting; refusal then the site form",
    )

    d(
        33,
        "S0:pl G1 C1:pa N1:wf Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hi good dog academy trainer paddy speaking
r: hi my german shepard is a year old and reactive
r@ask_product: how much is the obedience course
c: ten sessions are two hundred and fifty euro at the field or we can come to you for a bit more
c: bring him along wednesday at seven for a free meet and greet and sure you'll tell me your name
r: kate
c[B]: kate thanks a million see you wednesday
""",
        "dog training; irish",
    )

    d(
        34,
        "S1:wf G1 C1:pa N0 Q0 P1:pa X0:rep W1 B0",
        """
c[GC]: hi smooth skin laser studio
r: hi how much is underarm laser
c: underarms are forty five a session or a course of six for two twenty
c: and who told you about us
r: my friend goes their
c: ah nice normally we'd book you a patch test now but our therapist's off sick so i can't
r@ask_product: how much for bikini
c: a brazil ian is seventy
r: thanks
c: yep
""",
        "laser hair removal; offer described as usual and withdrawn",
    )

    d(
        35,
        "S0:pl G1 C1:pa N1:wf Q1:pa P1:pa X1:pa W1:inc B1",
        """
c[GCN]: good evening the glenview spa hotel siobhan speaking
r: hi have you rooms over knew year
r@ask_product: how much for the thirtieth to the second
c: one moment aisle check
c+30: thanks for waiting right so
c: we have a deluxe
c: three nights
c: nine hundred euro with the gala dinner
c: photos of the rooms are on our website
c: i can hold it twenty four hours no deposit what name will i put it under
r: murphy
c[B]: grand that's held thanks for calling and happy new year
""",
        "spa hotel; 30 s hold; site after answer",
    )

    d(
        36,
        "S0:pl G1 C0:rob N0 Q0 P1:pa X0 W1:rep B1:pa",
        """
c[G]: hello how can i help
r: hi is this the garage door company
c: yes
r: my door openers packed in
r@ask_product: roughly what's a repair
c: some firms would tell you to look on their website but i'll be straight call out is sixty and most repairs are between eighty and two hundred
c: give us a ring if you want it done
r: okay
c[B]: much appreciated have a good one
""",
        "garage doors; 'give us a ring if you want it' is not an offer",
    )

    d(
        37,
        "S1:pa G1 C1:pa N0 Q1 P0 X1:pa W1 B1",
        """
c[GC]: good morning skyview aerial filming
r: hi we need monthly drone foot age of a building site
c: was it a referral or an advert that brought you to us
r: advert
r@ask_product: what would that be per month
c: every sight is different i couldn't give you a figure over the phone
c: let me put a proposal together and email it over who am i speaking to
r: oliver
c[B]: thanks oliver have a great day
""",
        "drone filming; no figure, proposal by email",
    )

    d(
        38,
        "S0:pl G1 C1:pa N1:asr Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hi there carzone used cars my names tan
r: hi have you got any scoda octavia's
r@ask_product: which ones and what price
c: two a twenty nineteen at thirteen grand and a twenty one at sixteen five
c: come down for a test drive what name should i give the lads on the gate
r: nick
c[B]: cheers nick look forward to seeing you
""",
        "used car dealer; merged 'names' for own name",
    )

    d(
        39,
        "S0:pl G1 C0 N0 Q0 P1 X0 W1:rob B0",
        """
c[G]: morning how can i help
r: hi i saw on your website it's twelve pence a print is that still right
r@ask_product: is that still right
c: yep still twelve p for six by four
r: great
c: okay
""",
        "photo printing; only the robot mentions the website",
    )

    d(
        40,
        "S1:pa G1 C1:pa N1:wf Q1:asr P1:pa,asr X1:pa W1 B1",
        """
c[GCN]: hi apex karting lizzie speaking
r: hi i want to bring my son he's ten
c: kids can race from eight and what made you give us a call advert or
r: drove passed
r@ask_product: how much is a junior race
c: junior raises are fifteen dollars for eight minutes
c: i can hold four o'clock tomorrow and what's you name
r: sam
c[B]: cool sam see you tomorrow thanks for calling
""",
        "karting track; dropped word in name question",
    )

    d(
        41,
        "S0:pl G0 C0 N0 Q0 P0 X0 W0:pa B0",
        """
c: yeah go ahead
r: hi how much is a haircut
r@ask_product: how much for a men's cut
c: all the prices are on the booking app pick your barber there
r: can't you just say
c: nah i'm on my own here slammed
""",
        "barber shop; deflection to booking app; abrupt",
    )

    d(
        42,
        "S0:pl G0:out C0:out N0 Q1:wf P1:pa,asr X1:pa W1 B1:pa",
        """
c: hang on one sec
c+20[GC]: hi sorry about that heirloom vintage furniture
r: hi do you have any check armchairs
r@ask_product: are any in stock
c: yeah we got to restored ones in at three twenty each one's reupholstered
c: come by the showroom at the weekend can i take a name
r: marina
c[B]: thanks marina hope to see you
""",
        "vintage furniture; greeting and company after a 20 s wait: outside window",
    )

    d(
        43,
        "S1:asr G1 C1:pa N1:wf Q0:rob P1:pa X1:pa W1 B0",
        """
c[GCN]: hello firecheck services claire speaking
r: hi what's the name of the engineer who'd come out
c: that'd be gary
c: and how did you come a cross us
r: our land lord
r@ask_product: how much to inspect twenty extinguishers
c: ten pounds each so two hundred
c: i'll send the invoice through by email
r: great
c: sorted
""",
        "fire extinguisher servicing; robot asks the engineer's name; 'sorted' not polite",
    )

    d(
        44,
        "S0:pl G1 C0 N0 Q1 P0 X1:pa W1 B1:wf",
        """
c[G]: hello there what can i do for you
r: hi i need a bouncy castle for a school fate
r@ask_product: how much for a full day
c: full day i'm not sure you'd have to ask my boss his name's keith
c: i'll take your name and number and get him to call you within the hour what's your name
r: tanya
c[B]: alright tanya thank you so much for calling
""",
        "bouncy castle hire; no answer; callback; boss's name is not own name",
    )

    d(
        45,
        "S1:rep,pa G1 C1:pa N1:wf Q1:pa P0 X0 W0 B1",
        """
c[GCN]: good afternoon lumina laser clinic alina speaking
r: hi how much is laser on the lower legs
c: lower legs are ninety pounds
r@ask_product: and a course with the discount
c: the course deals are on our website there's an offers page
c: my manager makes me ask this so how did you hear about us
r: online
c: and your name for our system
r: anna
c[B]: thanks anna have a lovely day
""",
        "laser hair removal; real source question framed by the manager; course price deflected",
    )
