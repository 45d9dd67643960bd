# ruff: noqa: E501
"""Held-out set 13, English: 45 compact dialogues (format: ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable

D: list[tuple[str, str, str]] = [
    # 01 pond cleaning (Irish)
    (
        "S0 G1:pa C1 N1 Q0 P1:pa X1:pa W1 B1:pa",
        "pond cleaning, Irish; 'how're ya' greeting; next step: calls out for a look",
        """
c[GCN]: how're ya clearwater ponds seamus here
r: hi there i've a pond in the back garden gone totally green
r@ask_product: what would a full clean set me back
c: ah for a garden pond that size you'd be looking at about a hundred and eighty euro all in
c: i could swing by thursday and have a look at it if that suits
r: thursday is fine
c[B]: grand so mind yourself talk thursday
""",
    ),
    # 02 tennis coaching (American)
    (
        "S1:pa G1 C1 N0 Q1:pa P1:asr X1 W1 B1",
        "tennis coaching; 'what got you to give us a call' is the source question",
        """
c[GC]: good morning baseline tennis academy
r: hi i'm looking for private lessons for my daughter she's twelve
c: okay great and what got you to give us a call today
r: her friend trains with you
r@ask_product: how much are the private lessons
c: private lesson sar ninety five dollars an hour or a pack of ten for eight fifty
c: and who do i have on the line
r: this is jen
c: jen i can pencil her in for a free assessment saturday at nine
r: perfect
c[B]: awesome thanks so much for calling jen have a good one
""",
    ),
    # 03 forklift training (British)
    (
        "S0 G0 C1 N0 Q0 P0 X0:pa W0 B0",
        "forklift training; 'ring back when you know numbers' is not a next step; deflects to site",
        """
c[C]: yeah liftright training
r: hello i need to get three lads certified on counterbalance forklifts
r@ask_product: what do you charge per person
c: depends on experience novice or refresher mate it's all on the website the course finder
c: ring back when you know numbers
r: right okay
c: right bye
""",
    ),
    # 04 embroidery machines
    (
        "S1 G1 C1 N1:pa Q0 P1:pa X1:asr W1:inc B1",
        "embroidery machines; website mentioned after full answer",
        """
c[GCN]: hello stitch and frame sewing centre priya at your service
r: hi i'm after a multi needle embroidery machine for hats and shirts
c: how did you hear about us by the way
r: a friend who runs a print shop
r@ask_product: what's the price on a six needle machine
c: the six needle with the cap frame is four thousand two hundred pounds and we've got two on the shop floor there's a video of it on our website as well
c: your welcome to pop in for a demo any weekday
r: great
c[B]: lovely speak soon thanks for ringing
""",
    ),
    # 05 chess sets shop
    (
        "S0:rep G1 C1 N1 Q0 P1:pa X0 W1 B0",
        "chess shop; 'my boss always wants me to ask where folks heard of us' reported; abrupt end",
        """
c[GCN]: hi the rook and pawn this is oliver
r: hi do you have tournament weighted pieces with a roll up board
r@ask_product: how much for the set
c: yep club sets are twenty nine ninety nine with the vinyl board we've got loads
c: my boss always wants me to ask where folks heard of us but honestly whatever
r: ha okay thanks
c: yep
""",
    ),
    # 06 aquarium maintenance (Australian)
    (
        "S1:pa G1:pa C1 N1:pa Q1:pa P1:pa X1:pa,asr W1 B1:pa",
        "aquarium maintenance, Australian; 'g'day'; 'who've i got' asks caller's name",
        """
c[GCN]: g'day reef keepers you've got bec
r: hi we've got a marine tank in our office that needs looking after
c: no worries who've i got there
r: it's tom from hartley legal
c: and tom what put you onto us
r: our building manager
r@ask_product: roughly what does a monthly service cost
c: for a four hundred litre marine tank it's about two twenty a visit
c: all get one of the boys out this week to have a squeeze and send you a proper quote
c[B]: cheers tom have a ripper of a day
""",
    ),
    # 07 wedding car hire
    (
        "S0 G1 C1 N0 Q1 P0 X0 W0:pa B0",
        "wedding cars; 'the rates page' deflection; 'bye now' not polite closing",
        """
c[GC]: good afternoon vows and wheels wedding cars
r: hi we're getting married in june and want a vintage rolls royce
c: lovely what's your name
r: hannah
r@ask_product: how much is the rolls for the day
c: hannah the rates page has everything seasons differ so i'd just scroll down there
r: okay
c: bye now
""",
    ),
    # 08 party bus hire
    (
        "S1:asr G1 C1 N1 Q1:asr P1:pa X1 W1 B1",
        "party bus; source question with ASR damage ('how you here about us'); name question damaged ('can i take you're name')",
        """
c[GCN]: hey thanks for calling party on wheels this is derek
r: hey i want a bus for a fortieth birthday on the fourteenth
c: nice and how you here about us
r: saw one of your buses downtown
r@ask_product: what's the hourly for a twenty seater
c: twenty seater is a hundred and forty five an hour four hour minimum and it's free on the fourteenth
c: can i take you're name
r: marcus
c: marcus want me to hold it with a deposit
r: yeah go on
c[B]: sweet thanks marcus have a great night
""",
    ),
    # 09 ceiling repair
    (
        "S0 G1 C1 N0 Q0 P0 X1 W1:neg B1:pa",
        "ceiling repair; 'i won't send you to the website' negated; no price ('would have to see it')",
        """
c[GC]: hello topside ceilings
r: hi we've got a sagging plaster ceiling in the lounge
r@ask_product: what kind of cost are we talking
c: i won't send you to the website because every ceiling is different honestly i'd have to see it
c: we can come out and do a free survey tomorrow morning
r: yes please
c[B]: no bother at all see you tomorrow enjoy your evening
""",
    ),
    # 10 knitting yarn
    (
        "S0 G0 C0 N0 Q0:rep P1:pa X0 W1 B0",
        "yarn shop; reported name-taking by a colleague; 'yep' is not a greeting; company never named",
        """
c: yep
r: hi is that the wool shop do you have chunky merino in stock
c: hang on
r@ask_product: how much is it
c: nine fifty a ball we've got about twenty in oatmeal
c: my colleague always takes people's names for the loyalty card but i don't bother
r: thanks
c: mm
""",
    ),
    # 11 pet cremation
    (
        "S1 G1 C1 N1 Q1:wf P1:pa X1:asr W1 B1:pa",
        "pet cremation; caller's name asked as 'may i ask who i'm speaking with'",
        """
c[GCN]: hello peaceful paws pet crematorium this is gillian speaking
r: hi our dog passed away this morning
c: oh i'm so sorry may i ask who i'm speaking with
r: it's david
c: david and how did you find us was it through your vet
r: yes the vet gave us your number
r@ask_product: what does an individual cremation cost
c: for a large dog individual cremation with a wooden casket is two hundred and sixty pounds
c: we can collect him from you're home this afternoon
r: thank you
c[B]: take care of yourself david we'll look after him
""",
    ),
    # 12 school uniform (long hold)
    (
        "S0 G1 C1 N0 Q0 P1 X1:asr W1 B1",
        "school uniform; long hold on the line",
        """
c[GC]: good morning smart start uniforms
r: morning do you do the st mary's blazer in age eleven
c: let me check the stockroom one moment
c+45: sorry about that yes we've got three in age eleven at forty two pounds
r@ask_product: and the badge is that included
c: the badge is sewn on already no extra charge
c: i can put one a side till friday
r: please do
c[B]: done have a good day
""",
    ),
    # 13 sign language courses
    (
        "S0 G1 C1 N1 Q1:pa P1 X1:pa W1:rob B0",
        "sign language; robot mentions website; callee ends with 'ok bye'",
        """
c[GCN]: hello handshape bsl courses it's marie
r: hi i saw on your website you run level one bsl
c: we do evenings and saturdays
r@ask_product: how much is level one
c: level one is three hundred and fifteen pounds including the exam fee
c: what name should i put you down under for the next intake
r: sophie
c: sophie i'll email you the enrolment form now
c: ok bye
""",
    ),
    # 14 no answer
    ("", "vintage camera repair; rang out", ""),
    # 15 garden office buildings
    (
        "S1:wf G1 C1 N0 Q0 P1:pa X1:asr W1 B1",
        "garden offices; 'heard of us' word form 'hearing'",
        """
c[GC]: hi there oakshed garden rooms
r: hello i'm thinking about a small office at the end of the garden
c: great can i ask where you're hearing about us from
r: a neighbour has one
r@ask_product: what's the ballpark for three by four metres insulated
c: three by four fully insulated with electrics starts from about sixteen and a half thousand
c: shall i book you a sight visit
r: maybe next month
c[B]: no problem at all thanks for calling
""",
    ),
    # 16 gym lockers
    (
        "S0 G0 C0 N1:pa Q0 P0 X0 W0:asr B0",
        "gym lockers; no greeting, no company; deflection with ASR damage ('check are web sight')",
        """
c[N]: you're through to sam
r: hi i need quotes on sixty lockers for a gym changing room
r@ask_product: what's the price per locker
c: there's so many configurations just check are web sight and use the builder
r: can't you give me a rough number
c: not really sorry
c: bye
""",
    ),
    # 17 mushroom growing kits
    (
        "S1:pa G1 C1 N0 Q1 P1:pa,asr X0:neg W1 B1",
        "mushroom kits; 'i won't try to sell you anything' negated; no next step",
        """
c[GC]: hello fungi at home
r: hi do your oyster kits work in a flat
c: they do and was it instagram that sent you our way or a friend
r: a friend
r@ask_product: how much are they
c: the oyster kit is eighteen quid and the lions main one is twenty two
c: what's your name sorry
r: ben
c: ben i won't try to sell you anything have a think
c[B]: thanks for calling ben
""",
    ),
    # 18 cargo bike rental
    (
        "S0 G0:out C1 N0 Q0 P1 X1 W1 B1",
        "cargo bike rental; greeting after 10 s",
        """
c[C]: pedal cargo
r: hi is that pedal cargo bikes
c: yeah hold on
c+9[G]: sorry hi there
r@ask_product: how much to rent a cargo bike for a weekend
c: weekend rate's ninety bucks friday afternoon to monday morning
c: want me to lock one in for you
r: yeah please
c[B]: cool thanks heaps see you friday
""",
    ),
    # 19 vet physiotherapy
    (
        "S1 G1 C1 N0:out Q1 P1 X1 W1 B0:out",
        "vet physio; name given after 20 s; polite closing early then call goes on > 30 s",
        """
c[GC]: good afternoon active paws veterinary physiotherapy
r: hi my spaniel is recovering from cruciate surgery
c: aw poor thing how did you hear about us
r: our vet mentioned you
r@ask_product: how much are the hydrotherapy sessions
c: hydro is forty five pounds a session after an initial assessment of seventy
c[N]: oh my name's rachel by the way i'm one of the physios
c: what's your name
r: claire
c: claire i can book the assessment for tuesday
r: lovely
c[B]: lovely thank you for calling claire
r: oh one more thing do i need a referral
c+35: yes we'll need the vet's referral form before the first session
r: ok
c: yep
""",
    ),
    # 20 balloon decorations
    (
        "S0 G1 C1 N1 Q0 P0 X0:pa W1 B0",
        "balloons; 'ring us back closer to the date' not a next step; 'i'd have to check' no answer",
        """
c[GCN]: hi bubble and bloom balloons kelly speaking
r: hi i need a balloon arch for a baby shower in august
r@ask_product: how much is an arch
c: ooh i'd have to check with the owner she does the pricing
c: ring us back closer to the date maybe
r: ok
c: alright
""",
    ),
    # 21 vintage camera repair
    (
        "S1:pa G1 C0 N1 Q1:pa P1:pa X1 W1 B1",
        "camera repair; company never named",
        """
c[GN]: hello hugh speaking
r: hi is this the camera repair place i've got a leica m3 with a sticky shutter
c: it is yes who recommended us to you
r: a guy at the camera club
r@ask_product: roughly how much for a shutter service
c: for an m3 a full cla is around two hundred and twenty pounds turnaround about three weeks
c: and who am i talking to
r: paul
c: paul post it to us or drop it in and i'll give you a ticket
c[B]: thanks for ringing paul cheers
""",
    ),
    # 22 pond cleaning
    (
        "S0 G1 C1 N0 Q0 P1 X1 W1:rep B1",
        "pond cleaning; reported website ('loads of companies just say look online')",
        """
c[GC]: good morning pondworks
r: hi i've got a koi pond about eight thousand gallons
r@ask_product: what would you charge for a spring clean
c: loads of companies just say look online but i'll tell you straight for koi that size it's three fifty
c: i can do the twelfth
r: put me down
c[B]: will do have a lovely day
""",
    ),
    # 23 forklift training
    (
        "S0:rob G1 C1 N1 Q1:pa P1:pa,asr X1 W1 B1",
        "forklift training; robot volunteers source; 'the name for the booking' is caller's name",
        """
c[GCN]: hello forktrain this is nadia
r: hi nadia my mate did your course and said you're good i need a refresher
r@ask_product: how much is the refresher
c: refresher is one day two hundred and tim plus vat
c: the name for the booking
r: kevin
c: kevin next one is the nineteenth shall i put you on it
r: yes
c[B]: done thanks kevin have a good day
""",
    ),
    # 24 garden offices
    (
        "S0 G0 C0 N0 Q0 P0 X0 W0 B0",
        "garden offices; 'yeah speaking' no greeting or company; 'use the configurator online'",
        """
c: yeah speaking
r: hi what would a four by three metre office cost
r@ask_product: roughly
c: use the configurator online it prices it as you go
r: ok
c: yep
""",
    ),
    # 25 tennis coaching (British)
    (
        "S1:asr G1 C1 N1 Q0 P1 X1:pa W1:inc B1:pa",
        "tennis; source with wrong word ('how did you here of us'); website after the answer",
        """
c[GCN]: good evening riverside lawn tennis club it's james
r: evening i'm looking for adult beginner coaching
c: right how did you here of us
r: drove past the courts
r@ask_product: what does a beginners course cost
c: six weeks group coaching is seventy two pounds the timetable is on the website too
c: you could come along to the free taster on sunday at ten
r: sounds good
c[B]: splendid we'll see you sunday enjoy your evening
""",
    ),
    # 26 school uniform
    (
        "S0 G1 C0:rob N0 Q0 P1:pa X0 W1 B0",
        "school uniform; only the robot names the shop, callee confirms ('that's us')",
        """
c[G]: hello
r: hi is that uniform direct
c: that's us
r@ask_product: do you have grey trousers in age nine
c: yeah age nine slim and regular fourteen ninety nine both in
r: great
c: ok
""",
    ),
    # 27 embroidery machines
    (
        "S1:pa G1:pa C1 N1 Q1 P0 X1 W1 B1",
        "embroidery machines; no price; offers a call back",
        """
c[GCN]: morning threadworks machines alan here
r: morning i want to start a small embroidery business
c: fantastic what made you pick up the phone to us
r: your stand at the craft fair
r@ask_product: how much is your commercial single head
c: prices changed this week so let me confirm with the warehouse
c: what's your name and i'll ring you back within the hour
r: lisa
c[B]: thanks lisa speak shortly
""",
    ),
    # 28 chess shop
    (
        "S0 G1 C1 N0 Q0 P1 X0:rep W1 B1",
        "chess shop; 'we usually offer...' described as what they do for clubs, not an offer",
        """
c[GC]: hello endgame chess supplies
r: hi do you sell digital clocks
r@ask_product: how much
c: we have the leap at thirty four pounds and the dgt at fifty nine in stock
c: the manager says we normally do bulk deals for clubs but not for single clocks
r: fine
c[B]: thanks for your call
""",
    ),
    # 29 aquarium maintenance
    (
        "S0 G0 C0 N0 Q0 P0 X0 W0 B0",
        "aquarium; rude short call, refers to site",
        """
c: what
r: hi i'm calling about aquarium maintenance
r@ask_product: how much do you charge
c: look mate it's on the site
c: gotta go
""",
    ),
    # 30 party bus
    (
        "S1:wf G1 C1 N1 Q1 P1:pa X1 W1 B0:rob",
        "party bus; source in word form ('found out about us'); only robot closes politely",
        """
c[GCN]: hi this is riley from limo bus co
r: hi i want to book for a bachelor party
c: where'd you find out about us
r: google
r@ask_product: how much for five hours on a saturday
c: five hours saturday is eight hundred flat for the thirty seater
c: what's the name
r: tony
c: tony i'll text you the contract
r: thank you very much have a nice day
c: yup
""",
    ),
    # 31 wedding car hire (Irish)
    (
        "S1 G1 C1 N1 Q1:pa P1:pa X1:asr W1 B1:pa",
        "wedding cars, Irish; next step damaged ('i can hold the car for ya nun til friday')",
        """
c[GCN]: hello there emerald wedding cars aoife speaking
r: hi we need a car for the fifth of september
c: lovely and how did ye hear about us
r: my cousin used you
r@ask_product: what's the cost for the bentley
c: the bentley is five hundred and fifty for the ceremony and photos
c: and your name so
r: niamh
c: niamh i can hold the car for ya nun til friday
c[B]: best of luck with everything niamh god bless
""",
    ),
    # 32 ceiling repair
    (
        "S0 G1 C1 N0:rob Q0 P1:pa X1 W1 B1",
        "ceiling repair; robot gives its own name; 'what's your postcode' is not asking the name",
        """
c[GC]: hi nu ceiling repairs
r: hi this is emma i have a water stain and a crack
c: hi emma what's your postcode
r: se four
r@ask_product: how much roughly
c: stain block and crack fill usually two to three hundred depends on access
c: i can send someone thursday
c[B]: thanks for calling emma
""",
    ),
    # 33 knitting yarn
    (
        "S1:pa G1 C1 N1:wf Q0 P1:asr X1 W1 B1",
        "yarn shop; name as 'i'm ruth'",
        """
c[GCN]: good afternoon woolly jumper yarns i'm ruth
r: hi do you sell sock yarn
c: oh yes is this your first time shopping with us or did someone send you
r: my knitting group
r@ask_product: what's the price of sock yarn
c: hundred gram skeens from eleven to sixteen pounds lots in stock
c: want me to post you a shade card
r: yes please
c[B]: lovely happy knitting thanks for calling
""",
    ),
    # 34 pet cremation
    (
        "S0 G1 C1 N0 Q1:pa P0 X1 W0:pa B1:pa",
        "pet cremation; price list 'on our web page' instead of answering",
        """
c[GC]: good morning rainbow bridge pet services
r: hi my cat died last night
c: i'm so sorry can i take a name for you
r: laura
r@ask_product: how much is it
c: laura the price list is on our web page under services it depends on weight
c: we can collect later today if you like
r: ok
c[B]: take care laura
""",
    ),
    # 35 mushroom kits (hold)
    (
        "S0 G1 C1 N1 Q0 P1:pa X0 W1 B0",
        "mushroom kits; long hold; ends abruptly",
        """
c[GCN]: hi spore shack this is dev
r: hi do you have kits for schools like twenty at once
c: let me ask
c+40: sorry we can do twenty for about three hundred all in
r@ask_product: and how long to ship
c: about a week
c: ok
""",
    ),
    # 36 vintage camera repair
    (
        "S0:neg G1 C1 N0 Q0 P0 X0 W1 B0",
        "camera repair; 'i'm not going to ask how you found us'; no answer",
        """
c[GC]: good afternoon lens doctor
r: hi i have a rolleiflex with a broken crank
c: i'm not gonna ask how you found us we're the only ones left
r@ask_product: what would a repair cost
c: couldn't tell you till it's on the bench
r: ok
c: mm hm bye
""",
    ),
    # 37 no answer
    ("", "balloon decorations; line busy", ""),
    # 38 sign language
    (
        "S0 G1 C1 N1 Q0 P1:pa X1:pa W1 B0:out",
        "sign language; polite closing early then over 30 s more",
        """
c[GCN]: hello signs for all courses this is ellen
r: hi do you run asl for kids
r@ask_product: how much
c: kids asl is sixty dollars a month ages six to twelve
c: you can bring her saturday for a trial class
r: great
c[B]: thank you for calling bye
r: wait do i need to register
c+35: sorry yes there's a short form we'll fill it in when you arrive
c: ok
""",
    ),
    # 39 forklift training
    (
        "S1:pa G1 C0:out N0 Q1 P1 X1 W1 B1",
        "forklift; company named after 15 s",
        """
c[G]: good morning
r: hi is that forklift training
c: one second
c+12[C]: sorry yes liftmaster training centre
c: was it a colleague or an advert that pointed you our way
r: colleague
r@ask_product: how much for a novice reach truck course
c: five days nine hundred and fifty pounds
c: what's your name i'll send over a booking form
r: gary
c[B]: thanks gary have a good day
""",
    ),
    # 40 gym lockers
    (
        "S1 G1:asr C1 N0 Q0 P1 X1 W1:inc B1",
        "gym lockers; 'good mourning'; website after full answer",
        """
c[GC]: good mourning safestore lockers
r: hi we need forty lockers with coin return
c: how did you come across us
r: trade show
r@ask_product: price per unit
c: coin return lockers are one twenty each for forty ten percent off and we have them in stock the spec sheet's on our site if you want it
c: i'll email you a formal quote today
c[B]: thanks for your call
""",
    ),
    # 41 cargo bike rental
    (
        "S0 G1 C1 N1 Q1:wf P0 X0 W0 B1:asr",
        "cargo bike; 'go to our site'; closing damaged ('thanks free calling')",
        """
c[GCN]: hey there city cargo rentals amy speaking
r: hi i need a cargo bike for a house move
c: sure what was your name
r: pete
r@ask_product: how much per day
c: pete just go to our site the prices change by the day
c[B]: thanks free calling
""",
    ),
    # 42 balloon decorations
    (
        "S1:asr G1 C1 N1 Q1 P1:pa X1 W1:inc B1",
        "balloons; source damaged ('who recommend it us')",
        """
c[GCN]: hi party pop balloons this is mel
r: hi i need number balloons and a garland for saturday
c: sure who recommend it us
r: my sister
r@ask_product: how much for a garland
c: a two metre garland is about a hundred and ten bucks installed
c: there's photos of our garlands on the website and instagram if you wanna see colours
c: what's your name
r: kate
c: kate i'll book it in for saturday morning
c[B]: thanks kate have a great party
""",
    ),
    # 43 veterinary physio
    (
        "S0 G0 C1 N0 Q0 P1:pa X0:neg W1 B0",
        "vet physio; 'yeah' opening; 'not going to push you to book' negated offer",
        """
c[C]: yeah pet physio
r: hi do you treat cats
r@ask_product: and how much per session
c: cats yes fifty pounds a session
c: i'm not going to push you to book in have a think about it
r: ok thanks
c: yeah no worries
""",
    ),
    # 44 school uniform
    (
        "S0 G1 C1 N1 Q1:pa P1 X1:wf W1 B1",
        "uniform shop; 'i'll be reserving those for you' word form",
        """
c[GCN]: hello kids kit uniform shop tanya speaking
r: hi do you have the green jumper for oakfield primary
r@ask_product: in age seven
c: yes age seven is twelve pounds
c: and what name is it under
r: priya
c: priya i'll be reserving two for you till monday
c[B]: thanks for calling have a good weekend
""",
    ),
    # 45 chess set
    (
        "S0 G0 C0 N0 Q0 P0 X0 W0:pa B0",
        "chess; 'yeah go ahead' no greeting, no company; 'where are you calling from' is a near miss; sends to facebook and website",
        """
c: yeah go ahead
r: hi do you have a marble chess set
c: where are you calling from
r: leeds
r@ask_product: how much is the marble one
c: can't say the owner sets that they're on our facebook and the website
c: bye
""",
    ),
]


def build(emit: Callable[..., None]) -> None:
    """Emit the English dialogues as ``en13_hNN``."""
    for i, (spec, note, script) in enumerate(D, 1):
        extra = {"outcome": "busy"} if not script and "busy" in note else {}
        emit(f"en13_h{i:02d}", "en", spec, script, note, **extra)
