"""Held-out set 3, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Labels decided by meaning while writing, before any matcher run; never changed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

D: list[tuple[str, str, str, str]] = [
    (
        "en3_h01",
        "S1 G1 C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: good morning sunseeker travel you're through to priya
r: hi there i'm looking at a week in crete in june for to adults
c: lovely and how did you hear about us
r: a friend booked with you last ear
r@ask_product: roughly what would a week all inclusive cost
c: for june you're looking at about eleven to fourteen hundred pounds each with flights from gatwick
c: i can pop a few options together and email them over today who am i emailing
r: it's daniel
c[B]: brilliant daniel i'll send those by five cheers for calling have a lovely day
""",
        "travel agency (UK); range price; options by e-mail; 'who am i emailing' asks the name",
    ),
    (
        "en3_h02",
        "S0 G0 C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c: yeah
r: hi is that coast line insurance brokers
c: yep
r@ask_product: i need a quote for contents insurance on a to bed flat roughly how much
c: ah for a two bed usually somewhere between a hundred and fifty and two hundred quid a year depends on the postcode
r: okay thanks
c: no worries
""",
        "insurance broker; 'yeah'/'yep' only, company named by the robot; 'no worries' is not a polite closing",
    ),
    (
        "en3_h03",
        "S1:asr G1 C1 N0 Q1:asr P1:pa X1:pa W1 B1:wf",
        """
c[GC]: hello bright frame photo studio
r: hi i'd like to book a new born shoot
c: congratulations how did you here about us
r: instagram
r@ask_product: how much is a newborn session
c: the newborn session is three hundred and fifty dollars that includes ten edited images
c: i can hold a slot next thursday morning can i get your name four the booking
r: it's megan
c[B]: thanks megan we'll see you thursday thank you so much for calling
""",
        "photo studio (US); ASR homophones 'here' for 'hear', 'four' for 'for'",
    ),
    (
        "en3_h04",
        "S0 G1 C1 N1 Q0 P0 X0 W0:pa B0",
        """
c[GCN]: hiya spokes and gears bikes dave speaking
r: hi do you have any hybrid bikes in a large fame
r@ask_product: and what sort of price are they
c: mate the whole range is on our web shop with stock levels just have a browse there
r: can you not tell me roughly
c: i'm flat out with the pair sorry
r: okay
c: cheers
""",
        "bicycle shop (UK); deflection to 'web shop'; 'cheers' alone is not a polite closing",
    ),
    (
        "en3_h05",
        "S1:pa G1 C1 N0 Q1:pa P1:pa,asr X1:pa W1 B1",
        """
c[GC]: good afternoon fluffy paws grooming
r: hi i want to book my labra doodle for a groom
c: of course was it a friend who sent you our way or did you spot us online
r: a neighbour
r@ask_product: how much is a full groom for a doodle
c: a full groom for a medium doodle is eighty five and it takes about three ours
c: we've got saturday at nine what name is the dog booked under
r: under sarah
c[B]: perfect sarah see you saturday have a nice day
""",
        "pet grooming; source as 'who sent you our way'; 'what name is the dog booked under' asks the caller's name",
    ),
    (
        "en3_h06",
        "S0:neg G1 C1 N1 Q0 P1:pa X1:pa W1:inc B1:pa",
        """
c[GCN]: hello pc doctor this is raj
r: hi my lap top won't charge at all
c: okay i won't ask how you found us let's just sort the laptop
r@ask_product: how much would a charging port repair be
c: the port replacement is usually sixty five to ninety dollars parts and labor
c: there are some before and after pics on our website if you're curious
c: bring it in any time before six we'll look at it same day
r: great thanks
c[B]: no problem all the best
""",
        "computer repair; negated source question; website after the answer; invitation to bring it in",
    ),
    (
        "en3_h07",
        "S0:rep G1 C1 N1:pa Q0 P1:pa X0:rep W1 B0",
        """
c[GCN]: bright minds tutoring hello emma here
r: hi i'm looking for a maths tutor for my daughter year tin
c: my boss keeps telling us to ask people where they heard about us but anyway
r@ask_product: how much is a one to one session
c: one to one is forty five pounds an hour group sessions are twenty
c: normally we'd offer you a free trial lesson but they're all gone this term
r: okay i'll think about it
c: sure give us a ring if you decide
""",
        "tutoring (UK); reported speech about the source question; trial lesson only described as usual and withdrawn; 'give us a ring if you decide' is not a next step",
    ),
    (
        "en3_h08",
        "S0 G0 C1 N0 Q0 P0 X0 W1 B0",
        """
c[C]: partytime hire
r: hi i need a pier system and some lights for a wedding
r@ask_product: what would it cost for an evening
c: it really depends on the venue and how many speakers you need
r: a rough figger
c: i couldn't say off the top of my head
r: okay
""",
        "event equipment rental; no greeting; 'depends' and refusal",
    ),
    (
        "en3_h09",
        "S1:pa G1:pa C1 N1 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: g'day clearview auto glass you've got mick
r: g'day i've got a crack right across my wind screen on a corolla
c: no dramas how'd you come across us mate
r: a mate recommended you
r@ask_product: how much for a new windscreen
c: for a corolla it's about four fifty fitted and we can do it mobile at your place
c: want me to book you in for tomorrow whats your name
r: it's steve
c[B]: righto steve see you tomorrow cheers for the call mate
""",
        "auto glass (Australian); 'g'day' greeting; 'how'd you come across us'",
    ),
    ("en3_h10", "", "", "unanswered call, no turns"),
    (
        "en3_h11",
        "S0 G1 C1 N0 Q0 P0 X1:pa W0:wf B1",
        """
c[GC]: good morning topline roofing
r: morning i need a quote to replace a tiled roof on a semmy
r@ask_product: roughly how much per square metre
c: have a look at our website there's a cost estimator that'll give you a ballpark
r: can't you give me a finger
c: not without seeing the roof
c: we can send a surveyor out free of charge
r: i'll think about it
c[B]: no problem goodbye have a good day
""",
        "roofing; deflection to a cost estimator on the website; free survey is a next step",
    ),
    (
        "en3_h12",
        "S0 G1 C1 N1:asr Q1:asr P1:pa X1:pa W1 B1",
        """
c[GCN]: hello safe home security my names jess
r: hi i'm after and alarm system with a camera for a flat
c: could you hold for a moment please
c+35: sorry about that what were you after
r@ask_product: how much is an alarm and one camera installed
c: the starter kit with install is six hundred and forty dollars and monitoring is twenty nine a month
c: can i grab you're name and i'll get a tech to come out for a free assessment
r: it's tom
c[B]: thanks tom we'll be in touch thank you for calling
""",
        "security systems (US); merged 'my names'; 'you're name' homophone; hold over 20 s",
    ),
    (
        "en3_h13",
        "S1:wf G1 C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c[G]: hello
r: hi is this the aircon installation company
c: mm
r@ask_product: how much is a split system installed for a bedroom
c: a two and a half kilowatt split is about eighteen hundred installed back to back
c: how'd you find us anyway google
r: yeah google
c: right
r: okay i'll have a thing
c: alright
""",
        "air conditioning (Australian); callee never names the firm, only the robot does; 'how'd you find us'",
    ),
    (
        "en3_h14",
        "S0 G1 C1 N1 Q1:pa P1:pa X1:pa W1:neg B1:pa",
        """
c[GCN]: good afternoon eyeline opticians this is claire
r: hi how much are glasses with an auntie glare coating for computer work
r@ask_product: frame and lenses together
c: i won't send you to the website because it's out of date frames start at eighty and coated lenses at sixty
c: we can do an eye test this week too who shall i put it under
r: under mark
c[B]: lovely mark see you then enjoy the rest of your day
""",
        "opticians (UK); negated website mention then a price; 'who shall i put it under'",
    ),
    (
        "en3_h15",
        "S0 G1 C1 N0 Q0:neg P1 X1:pa W1 B1:pa",
        """
c[GC]: hello greenway pharmacy
r: hi do you have a nebula sir in stock the omron one
r@ask_product: and how much is it
c: yes we have the omron compact in stock it's sixty four ninety nine
r: where are you based
c: we're on the high street next to the post of this
r: can you keep one aside under my name
c: no need for a name just pop in today and i'll keep it behind the counter
r: thanks
c[B]: you're welcome take care now
""",
        "pharmacy; robot asks the address (not source); 'no need for a name' is not asking it",
    ),
    (
        "en3_h16",
        "S1 G0:out C1:pa N0 Q1 P1:pa X1:pa W1 B1",
        """
c[C]: cake corner
r: hi i'd like to order a birthday cake
c: oh hang on one sec
c+12[G]: hello sorry about that what were you after
r: a two kilo cake with buries
r@ask_product: how much would that be
c: it's thirty pounds a kilo so sixty and the berries are a fiver extra
c: how did you hear about us by the way
r: my sister order from you
c: can i take your name and we'll pop the order in with a ten pound deposit
r: lucy
c[B]: thanks lucy thanks for calling
""",
        "bakery; greeting only after a pause, outside 10 s; business named as 'cake corner'",
    ),
    (
        "en3_h17",
        "S0 G1:pa C1 N0 Q0 P0 X0 W1 B0",
        """
c[GC]: hey there zoom car rentals
r: hi i need a small car for the week end
r@ask_product: what's the daily rate
c: i'd have to check with my supervisor i'm new
r: when could you find out
c: try again later in the after noon
r: okay
""",
        "car rental; 'i'd have to check' non-answer; 'try again later' is not a next step",
    ),
    (
        "en3_h18",
        "S1:pa G1 C1 N1 Q0 P1:pa X1:pa W1:inc B1",
        """
c[GCN]: hi lockaway self storage this is ben
r: hi i need a unit for a few month while we move
c: sure did someone point you to us or was it an ad you saw
r: an add
r@ask_product: how much is a fifty square foot unit per month
c: fifty square foot is a hundred and nine a month and the first month is half price
c: there's a virtual tour on our site if you like
c: you're welcome to swing by and have a look today till eight
r: great
c[B]: awesome see you later have a good one
""",
        "self-storage (US); website tour after an answer; invitation to come",
    ),
    (
        "en3_h19",
        "S0 G1 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[GC]: good morning sparkle cleaning
r: hi i need an end of ten and see clean for a two bed flat
c: where are you calling from which area
r: clap them
r@ask_product: how much would it be
c: just a moment
c+30: right our manager linda is out so best to go on our web sight there's a calculator
r: roughly though
c: i can't say it's all there
r: okay
""",
        "cleaning service; 'where are you calling from' is not the source question; 'web sight' homophone; a colleague's name is not introduced_self; long hold",
    ),
    (
        "en3_h20",
        "S0:rob G1 C1 N1:wf Q1 P1:pa X1:pa W1 B1",
        """
c[GC]: hello bolt electrical
r: hi my neighbour recommended you she said you did her re wiring
c[N]: oh great you're talking to gary
r@ask_product: how much would a full rewire be for a three bed house
c: three bed is usually four and a half to six grand depending on access
c: i can come round and price it properly what's your name
r: chris
c[B]: thanks chris see you friday thanks for calling
""",
        "electrician (UK); the robot volunteers the source, callee never asks",
    ),
    (
        "en3_h21",
        "S0 G0 C0 N0 Q0 P0 X0 W1:rob B0:rob",
        """
c: yeah
r: hi i saw your prices on your website for photo shoes
c: right
r@ask_product: how much is an on location shoot for an hour
c: dunno you'd have to ask the photographer
r: how do i reach hymn
c: no idea
r: okay thank you for your time have a nice day
""",
        "photo studio; curt callee; only the robot mentions the site and says the closing",
    ),
    ("en3_h22", "", "", "busy, no turns"),
    (
        "en3_h23",
        "S1:asr G1:asr C1 N0 Q1:asr P1:pa X1:pa W1 B1:asr",
        """
c[GC]: good after noon shield insurance
r: hi i'd like home in surance for a flat
c: how did you fine us
r: online
r@ask_product: how much for a year roughly
c: basic cover starts from ninety dollars a year the premium one is around one eighty
c: i can set it up right now can i have your full nay m
r: john peters
c[B]: thanks john the policy will come by email thank you four calling
""",
        "insurance; ASR damage in several turns ('after noon', 'fine us', 'nay m', 'four calling')",
    ),
    (
        "en3_h24",
        "S0 G1 C1 N1 Q0 P0 X1:pa W0 B1",
        """
c[GCN]: hello globetrotter travel sophie speaking
r: hi how much is a tender trip to egypt
r@ask_product: for two in julie
c: prices change daily so it's all on the website with live prices
r: could you not look it up
c: i can take your number and one of our consultants will ring you back with options
r: okay
c[B]: lovely thank you for your call bye now
""",
        "travel agency; deflection to the site, then a call-back offer",
    ),
    (
        "en3_h25",
        "S1:pa G1 C1 N1:pa Q1:pa P1:pa X1 W1 B0:out",
        """
c[GCN]: morning pedal power service centre it's tom on the phone
r: morning i want my bike service before summer
c: no worries who put you onto us
r: a mate
r@ask_product: how much is a full service
c: a full service is seventy five plus any parts like cables or pads
c: shall i book you in for friday what's the name
r: ed
c[B]: thanks for calling ed have a great day
r: oh wait one more question do you store bikes over winner
c+35: yeah we do storage it's ten a month
r: got it thanks
c: mhm
""",
        "bicycle service; closing said early, the call goes on for more than 30 s",
    ),
    (
        "en3_h26",
        "S0 G1 C0 N0 Q1 P1:pa X0:neg W1 B1:pa",
        """
c[G]: hello yes
r: hi i want to book a groom for my person cat
r@ask_product: how much is it
c: persians are between sixty and eighty depending on the coat
c: i'm not booking anyone in right now our groomer's on leave till next month
r: oh okay
c: give me your name and i'll note you called
r: julia
c[B]: okay julia all the best to you and the kitty
""",
        "pet grooming; salon never named; booking explicitly withheld",
    ),
    (
        "en3_h27",
        "S0 G1 C1 N1 Q0 P0 X0 W0:pa B0",
        """
c[GCN]: hello techfix computers my name's oliver
r: hi i want an s s d put in my laptop
r@ask_product: how much for the drive and the labour
c: honestly the drives are all listed in our online store you can pick one there with prices
r: and the label
c: that's on there too under services
r: fine
""",
        "computer repair; deflection to the online store and its services page",
    ),
    (
        "en3_h28",
        "S1:wf G0 C1 N0 Q0 P1 X0 W1 B0",
        """
c[C]: cool breeze aircon yep
r: hi do you sell portable air condition ers
c: where'd you hear we sold those we only do installs
r: an advert
r@ask_product: so do you have them or not
c: no we don't sell portables at all only split systems
r: okay thanks
c: yep
""",
        "air conditioning; 'yep' is not a greeting; a clear no is an answer",
    ),
    (
        "en3_h29",
        "S1:pa G1 C1:pa N0:out Q1 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hi there electricians
r: hi i need five sockets moved in the kitten
c: sure where did you get our number from
r: a fly through the door
r@ask_product: what do you charge per socket
c: forty five a socket or sixty if we have to chase into brick
c: we've got saturday free what's your name
r: linda
r: and who am i talking to
c[N]: i'm jo
c[B]: cheers linda see you saturday have a good evening
""",
        "electrician; 'where did you get our number' asks the source; business type only; own name only when asked, after 20 s",
    ),
    (
        "en3_h30",
        "S0 G1 C1 N0 Q0 P1:pa X0 W1:rep B1",
        """
c[GC]: good afternoon lens and frame
r: hi do you have daily contact lenses a cue view minus three
r@ask_product: how much is a box
c: yes in stock thirty lenses for twenty four pounds
c: other shops would tell you to look it up online i'd rather just tell you
r: thanks
c[B]: have a nice day
""",
        "opticians; reported deflection (what other shops say), answer given",
    ),
    (
        "en3_h31",
        "S0 G1 C0:rob N0 Q0 P1:pa X1:asr W1 B0",
        """
c[G]: hello
r: hi is this budget car higher
c: that's us
r@ask_product: got anything automatic for tomorrow cheap
c: we've got a yaris auto for forty nine a day with a two hundred deposit
c: i can reverse it four you for tomorrow
r: aisle think
c: sure
""",
        "car rental; 'that's us' only confirms; ASR 'reverse it four you' for 'reserve it for you'",
    ),
    (
        "en3_h32",
        "S1 G1 C1 N1:pa Q1:wf P0 X1:pa W0 B1",
        """
c[GCN]: good afternoon party kings tanya here
r: hi i'd like to higher a projector and screen for a work do
c: how did you find out about us
r: online
r@ask_product: what's the hire price for one evening
c: prices depend on the package go to our website everything's listed
r: could use just tell me
c: leave your number and the name you go by and our manager will call you back
r: michael
c[B]: thanks michael thank you for calling
""",
        "event rental; deflection to the website, then a call back",
    ),
    (
        "en3_h33",
        "S0 G1 C1 N0 Q1:pa P1:pa,asr X1 W1 B1:pa",
        """
c[GC]: good evening sweet tooth bakery
r: evening i need twenty cup cakes for friday
r@ask_product: can you do it and what's the price
c: yes no problem there three fifty each with a choice of flavours
c: shall we place the order who's it for
r: elena
c[B]: lovely elena cheers for the order enjoy your evening
""",
        "bakery; 'who's it for' asks the caller's name",
    ),
    (
        "en3_h34",
        "S1:asr G1 C1 N1 Q0 P0 X0 W1 B0",
        """
c[GCN]: auto glass direct hello sam speaking
r: hi i need a rear windscreen for a fockers
c: how did you here of us
r: google mops
r@ask_product: how much is a rear screen
c: can't tell you we don't have it in we'd have to ask the supplier
r: when will you no
c: ring back monday
""",
        "auto glass; ASR 'here'; no price, 'ring back monday' is not a next step",
    ),
    (
        "en3_h35",
        "S0 G1 C0:out N0 Q1 P1:pa X1:pa W1 B1",
        """
c[G]: hello yes
r: hi i've got a leaking garage roof can you help you do roofing write
c+9[C]: yeah we're peak roofing we do garages houses sheds all of that
r@ask_product: roughly how much would a repair be
c: bare with me let me check
c+40: right a felt roof for a single garage is around four hundred to six hundred
c: what's your name i can send the lads round thursday to take a look
r: tim
c[B]: thanks tim goodbye
""",
        "roofing; firm named only after 15 s; long hold",
    ),
    (
        "en3_h36",
        "S1:pa G1 C1 N1:wf Q1:wf P1:pa X1:pa W1:inc B1",
        """
c[GCN]: hello guardian alarms you're speaking with max
r: hi i'd like camera's for a holly day cottage
c: sure where did you read about our company
r: on a for um
r@ask_product: what would four cameras with recording cost
c: four outdoor cameras with a recorder fitted comes to about nine hundred pounds
c: you can see examples on the site and i'll send you a written quote today
r: please do
c: who am i speaking with
r: vera
c[B]: thanks vera thanks for calling
""",
        "security systems; site mentioned after the answer; written quote offered",
    ),
    (
        "en3_h37",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1:pa",
        """
c[GC]: hello sparkling windows cleaning
r: hi how much for widow cleaning on a house
r@ask_product: six large windows
c: the price list is online it's per pane
r: can you not just say
c: love i'm run off my feet check the price list
r: okay
c[B]: have a lovely day
""",
        "cleaning service; price list online as the answer; 'have a lovely day' is a closing",
    ),
    (
        "en3_h38",
        "S0 G0 C0 N1 Q0 P1:pa X0 W1 B0",
        """
c[N]: olga speaking
r: hi have you got the kids neuro fen suspension
r@ask_product: how much is it
c: yes four ninety nine last three on the shelf
r: thanks
c: yep
""",
        "pharmacy; no greeting, no pharmacy name; 'yep' is not a closing",
    ),
    (
        "en3_h39",
        "S1:pa G1 C1 N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hello acorn learning centre
r: hi i need conversational spanish lessons for an a dult
c: lovely did you pick us from reviews or come across an ad
r: reviews
r@ask_product: what does a month of lessons cost
c: two lessons a week so eight lessons is two hundred and forty dollars a month
c: come in for a free trial lesson and what do i call you
r: ksenia
c[B]: great ksenia look forward to meeting you thanks
""",
        "tutoring; 'what do i call you' asks the caller's name",
    ),
    (
        "en3_h40",
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:wf B0",
        """
c: yep
r: hi is this the car rental plays
c: mm
r@ask_product: how much is a mini van for a weak
c: it's all on the website mate look there
r: thanks
""",
        "car rental; curt callee, deflection to the website, nothing else",
    ),
    (
        "en3_h41",
        "S0 G1:asr C1 N0 Q1 P1:pa,asr X1:pa W1 B1",
        """
c[GC]: hell oh safe space storage
r: hi i need a container to store furniture for sick months
r@ask_product: how much is a container
c: a twenty foot container is a hundred and sixty five a month or nine hundred four six months upfront
c: i can reserve one for you can i get your name
r: roman
c[B]: thanks roman it's held till friday thanks for calling
""",
        "self-storage; ASR split 'hell oh' for hello",
    ),
    (
        "en3_h42",
        "S1:pa G1 C1 N1:pa Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: morning sparks electrical pete on the line
r: hi i need a light fitting and to wall lights put up
c: sure was it word of mouth or did you read about us somewhere
r: word of mouth
r@ask_product: what do you charge to hang a light
c: forty for the main light and twenty five each for the wall lights so ninety all in
c: i could pop over this evening
r: yes please
c[B]: sorted enjoy the rest of your evening
""",
        "electrician (UK); source as 'word of mouth or did you read about us'",
    ),
    (
        "en3_h43",
        "S0:rep G1 C1 N0 Q0 P0 X0 W1 B0",
        """
c[GC]: good morning voyager holidays
r: morning do you ever ask people how they found you
c: the director wants us to ask where people heard about us but i never do
r@ask_product: how much is a coach tour of the leaks
c: i'm not sure the agent's on lunch
r: okay
c: mm
""",
        "travel; source only talked about (robot's question and reported speech); no answer",
    ),
    (
        "en3_h44",
        "S0 G1 C1 N0 Q1 P1:pa X1 W1:inc B1:pa",
        """
c[GC]: hi there snapshot photo studio
r: hi i need pass port photos
r@ask_product: how much and how long does it take
c: fifteen dollars for four prints ready in five minutes
c: there are samples on our website but you don't need them
c: come by today before nine what's your name so i can put you on the list
r: gail
c[B]: okay gail see you soon have a good day
""",
        "photo studio; answer then incidental website mention",
    ),
    (
        "en3_h45",
        "S1:wf G0 C1 N1 Q1:wf P1:pa X1 W1 B1:wf",
        """
c[CN]: arrow car rentals my name is greg
r: hi i need a car at the air port for a week
c: how were you finding out about our rentals
r: a review sight
r@ask_product: what's a week in an suv
c: an suv for the week is five hundred and sixty dollars with airport delivery
c: let's book it in what's your full name
r: arsenio
c[B]: all booked arsenio have a safe trip and have a nice day
""",
        "car rental; no greeting; robot mentions a review site as its source (not a deflection)",
    ),
]


def build(emit: Callable[..., None]) -> None:
    """Emit every English dialogue."""
    for name, spec, script, note in D:
        if script.strip():
            emit(name, "en", spec, script, note)
        else:
            emit(name, "en", "", "", note, outcome="no_answer" if name.endswith("10") else "busy")
