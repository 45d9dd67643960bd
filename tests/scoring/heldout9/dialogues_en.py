"""Held-out set 9, English dialogues in the compact line format of ``build_heldout.py``.

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues of set 9."""
    L = "en"
    emit(
        "en9_h01",
        L,
        "S1:pa G1:pa C1 N1 Q1:wf P1:pa,asr X1:pa W1 B1:pa",
        """
c[GCN]: gday outback quad adventures this is shane
r: hi i'm looking at booking a quad bike tour for two
c: yeah no worries mate how'd you come across us
r: a mate of mine went last year
c: oh good on em
r@ask_product: how much is the two hour tour
c: two hour trail ride is a hundred and eighty five ahead that includes the gear and a guide
r: sounds good
c: i can lock you in for saturday arvo if you like whats the name for the booking
r: tom
c[B]: too easy tom see you saturday cheers for calling
""",
        "quad bike tours, australian; 'how'd you come across us' as the source question",
    )

    emit(
        "en9_h02",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: hello clay corner pottery studio
r: hello i wanted to ask about your evening pottery classes
r@ask_product: how much is a six week course
c: oh it varies a bit depending on the turn to be honest all the course prices are on our website under classes
r: could you not just tell me roughly
c: i'm only covering the phone today sorry the websites the best place
r: okay
c: okay bye
""",
        "pottery classes, british; sends to the website instead of a price; 'okay bye' is not a polite closing",
    )

    emit(
        "en9_h03",
        L,
        "S1:wf G1 C1 N1 Q1:wf P1:pa X1:pa,asr W1:inc B1:wf",
        """
c[GCN]: hi thanks for calling bounce nation this is kayla how can i help
r: hi i wanted to ask about a birthday party
c: awesome how old is the birth day kid
r: turning nine
r@ask_product: how much is a party for twelve kids
c: so our basic party package is three hundred forty nine dollars for up to ten jumpers and it's twenty five for each extra so for twelve you'd be at three ninety nine
c: and just so you know you can see the party rooms and photos on our website too
r: great
c: do you wanna go ahead and put a date on hole i can hold it forty eight hours no deposit
r: yes the twenty first
c: perfect and who am i speaking with
r: jessica
c: awesome jessica and real quick how did you hear about bounce nation
r: instagram
c[B]: love it thanks jessica have a great day
""",
        "trampoline park, american; website after the full price",
    )

    emit(
        "en9_h04",
        L,
        "S0 G0 C0:rob N0 Q0 P1:pa X1:pa W1 B0",
        """
c: yes
r[C]: hello is that the watch repair shop
c: it is
r@ask_product: how much would a service on an omega seamaster be
c: full service on a sea master two hundred and sixty pounds takes about six weeks
r: right okay
c: bring it in any day bought wednesday
r: thank you
c: mm hm
""",
        "watch repair, terse british; the robot named the business, 'it is' only confirms; 'yes' is not a greeting",
    )

    emit(
        "en9_h05",
        L,
        "S0:neg G1 C1 N0:out Q1:pa P1:pa X1 W1 B1:wf",
        """
c[GC]: good morning clear flow gutter cleaning
r@ask_product: morning how much do you charge for a two story house
c: two story single family usually one seventy five to two fifty depending on the linear feet
c: i'm not gonna ask you how you found us we're the only ones in town anyway
r: can you come next week
c: yeah i've got tuesday or thursday morning witch works
r: thursday
c: and your name
r: mike
c[N]: okay mike i'm dave by the way i'll be the one out there
r: great thanks
c[B]: thanks mike have a good one
""",
        "gutter cleaning, american; source question negated; own name given after 20 s",
    )

    emit(
        "en9_h06",
        L,
        "S0 G1 C0:rob N0 Q1:wf P1:pa X1:pa W1 B0",
        """
c[G]: yeah hello
r[C]: hi is this a well drilling company
c: yep that's us
r: i need a new well on my property
c: what country
r: marion county
r@ask_product: ballpark how much does a well cost out there
c: out there you're typically hitting water around a hundred and fifty feat we charge thirty eight a foot plus the pump set up so you're looking at maybe twelve to fifteen grand all in
r: ok
c: i could swing by and take a look at the site friday
r: sure
c: whats your address and name
r: ron at twelve oak lane
c: got it wrong
r: thanks
c: yep
""",
        "well drilling, rural american; 'the site' is the property, not a website (near miss for the deflection check)",
    )

    emit(
        "en9_h07",
        L,
        "S0:rep G1 C1 N1:pa Q1:pa P1:pa X1:pa,asr W1 B1:pa",
        """
c[GCN]: good afternoon signcraft graphics sarah speaking
r: hello we need a shop front sign for a bakery
c: lovely what sort of sighs are you thinking
r: about four metres long
r@ask_product: what would something like that cost
c: a four metre fascia panel with vinyl lettering would be about eight hundred pounds fitted illuminated letters more like two and a half thousand
c: my boss always tells me to ask people where they heard about us but i'll spare you
r: okay thanks
c: i can pop a quote over by e mail with a mock up if you give me your email
r: yes it's bakery at mail dot com
c: and a name to put on it
r: emma
c[B]: thanks emma i'll get that over to you this afternoon bye now
""",
        "sign making, british; the source question only reported, never asked",
    )

    emit(
        "en9_h08",
        L,
        "S1:wf G1:pa C1 N0 Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GC]: hiya espresso doctor
r: hi my la marzocco at the cafe is leaking from the group head
c: ah right that's usually the gas kit sure that's no bother
r@ask_product: how much would that be
c: gasket and shower screen replaced on sight would be around ninety euro plus the call out of forty
r: grand
c: and where did ye hear about us at all
r: another cafe on the street
c: ah deadly i can have a lad out to you tomorrow morning what name will i put down
r: niamh
c[B]: lovely niamh thanks a million talk soon
""",
        "coffee machine repair, irish; 'on sight' (damaged 'on site') means at the cafe, not a website",
    )

    emit(
        "en9_h09",
        L,
        "S0 G1 C1:asr N1:pa Q0 P1:pa X1 W1:rob B0",
        """
c[GCN]: hello green house direct you're through to paul
r: hi i saw the eight by ten on your web site and wanted to check
r@ask_product: is the eight by ten polycarbonate one in stock
c: yes we've got four of those in the ware house it's six forty nine with the base
r: delivery
c: delivery's free over five hundred usually three to five daze i can put the order through now if you like
r: let me check with my wife
c: no problems
r: thanks bye
c: bye
""",
        "greenhouse sales; only the robot mentions the website",
    )

    emit("en9_h10", L, "", "", "rang out, nobody answered", outcome="no_answer")

    emit(
        "en9_h11",
        L,
        "S1:asr G1 C1 N0 Q1:wf P1 X1:asr W1 B1:wf",
        """
c[GC]: good evening bowmen of kent archery club
r: hello i'd like to try archery
c: brilliant we do a beginners cause
r@ask_product: how much is the beginners course
c: it's six sessions for ninety pounds equipment included
c: can i ask where you her dabout us
r: a leaflet at the library
c: oh good the next course starts on the fifth shall i put you dawn
r: yes please
c: can i take a name
r: george
c[B]: lovely george we'll see you on the fifth thanks for ringing
""",
        "archery club, british; source question damaged by the recogniser",
    )

    emit(
        "en9_h12",
        L,
        "S1:pa G0 C1 N0 Q1:pa P1:pa X1 W1 B0",
        """
c[C]: dispatch tri county ready mix
r: hi i need about nine yards for a driveway
r@ask_product: what's your price per yard delivered
c: hold on won sec
c+38: alright four thousand psi is one sixty five a yard short load fee under six so you're good nine yards plus delivery about fifteen sixty
r: can you do friday
c: friday morning seven am i can put you on the board where'd you get our number by the way
r: my contractor
c: ok whats the name on the account
r: no account it's carlos
c: ok car loss
r: thanks
c: yep
""",
        "ready-mix concrete, american dispatcher; hold of 38 s; no greeting",
    )

    emit(
        "en9_h13",
        L,
        "S0 G1:pa C0 N1:pa Q1 P1 X1:asr W1:neg B1",
        """
c[GN]: hey jade speaking
r: hi is that the piercing studio i want to get my septum done
c: yeah
r@ask_product: how much is it
c: i won't make you look it up online septum is fifty dollars and jewelry starts at thirty for titanium
r: can i walk in
c: walk ins are fine but it's better to book i could do you thursday at for
r: thursday works
c: cool whats your name
r: lily
c: got you lily bring an idea
r: thanks
c[B]: no problem see you thursday have a good one
""",
        "piercing studio; business never named by the callee; website negated",
    )

    emit(
        "en9_h14",
        L,
        "S0:rob G1 C1 N0 Q1:wf P1:pa X1 W1 B1",
        """
c[GC]: good morning royal oak golf club pro shop
r: good morning i found you on google i'm after some golf lessons
c: of course are you a complete beginning
r: yes
r@ask_product: what do lessons cost
c: half an hour with the pro is thirty five pounds or there's a block of five for one fifty
r: lovely
c: would you like me to book you in with andrew our pro he has saturday morning free
r: yes
c: and your name please
r: claire
c[B]: that's you booked claire thank you for calling have a lovely weekend
""",
        "golf lessons, british; the robot volunteers the source; 'andrew' is the pro, not the callee",
    )

    emit(
        "en9_h15",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:pa B0",
        """
c: yes
r[C]: hello is that the honey farm shop
c: yes love
r@ask_product: do you have any heather honey in
c: ooh i'd have to check with my husband he does the stock you could look on our face book page he puts what we've got up there
r: could you find out
c: he's out with the bees ring back after for
r: okay
c: alright then
""",
        "honey farm shop; sends to the facebook page; 'ring back after four' is not an offer",
    )

    emit(
        "en9_h16",
        L,
        "S1:wf G1 C1 N1 Q1:pa P0 X1:pa W1 B1:pa",
        """
c[GCN]: good afternoon stitch pro uniforms this is marcus
r: hi we need our logo embroidered on thirty polos
c: sure thing how'd you guys find us
r: a supplier referred us
r@ask_product: what's the price per polo
c: it depends on the stitch count honest lee i can't give you a number until i see the logo
c: if you email it over i'll have a quote back to you same day
r: ok what email
c: orders at stitch pro dot calm and who should i address it to
r: linda
c[B]: thanks linda appreciate the call
""",
        "workwear embroidery; 'depends on the stitch count' without a figure",
    )

    emit(
        "en9_h17",
        L,
        "S0 G1:pa C1 N0 Q0 P1:pa X1:pa W1 B0",
        """
c[GC]: alright groove records
r: hi have you got any original northern soul seven inches
c: yeah lodes mate
r@ask_product: roughly what are they going for
c: depends what your after commons are a fiver rarer stuff fifty quid up to a few hundred
r: nice
c: pop in saturday we're getting a big collection in
r: cheers
c: yeah see ya
""",
        "vinyl record shop, british; 'alright' as a greeting; 'depends' but with figures",
    )

    emit(
        "en9_h18",
        L,
        "S0 G1:pa C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[GC]: morning aussie fence co
r: hi i need about forty metres of colourbond fencing
r@ask_product: roughly how much per metre installed
c: mate you're best off using the quote tool on our web sight it'll give you a price straight up
r: can't you just give me a rough idea
c: nah sorry it changes a lot with the slow pen that
r: ok
c: no worries
""",
        "fencing installation, australian; quote tool on the website ('web sight')",
    )

    emit(
        "en9_h19",
        L,
        "S1:pa G1 C1 N1 Q1:wf P1 X1 W1 B1:wf",
        """
c[GCN]: hello knights chess academy this is priya
r: hi my daughter is seven and wants to learn chess
c: oh wonderful let me check witch group has space one second
c+30: thanks for holding we have space in the saturday beginner scroop
r@ask_product: how much is it per month
c: it's one twenty a month for four classes and the first class is free
c: could i get your name and your daughter's name
r: i'm rachel she's mia
c: lovely rachel i'll put mia down for a free trial this saturday at ten
c: oh and did someone refer you to us
r: her teacher
c[B]: great thanks so much rachel have a wonderful day
""",
        "chess club for kids; hold of 30 s",
    )

    emit(
        "en9_h20",
        L,
        "S0 G1 C1 N1:pa Q0 P1:pa X0 W1 B1",
        """
c[GCN]: good afternoon crystal clear commercial cleaning jane speaking
r: hello we need the windows done at our office three floors
r@ask_product: what would that cost
c: for a three story office block it's usually around three hundred to four hundred pounds per clean depending on access
r: okay i'll need to run it by my manager
c: no problem give us a call if you decide to go ahead
r: will do
c[B]: thanks for calling bye
""",
        "office window cleaning; 'give us a call if you decide' is not a next step",
    )

    emit(
        "en9_h21",
        L,
        "S1:wf G1 C1 N0 Q1 P1:pa X1:pa W1 B1",
        """
c[G]: hello
r: hello is this the dance school i'm getting married in june
c[C]: oh congratulations yes it is step together dance studio
r@ask_product: how much is a first dance package
c: we do a package of four private lessens for two hundred and forty euro and that includes choreography to your song
r: lovely
c: will i book ye in for a first lesson sure come in and meet me
r: yes please
c: grand and what's your name
r: aoife
c: and where did you find us aoife
r: a wedding fair
c[B]: ah lovely aoife thanks a million for calling take care
""",
        "first-dance wedding lessons, irish",
    )

    emit("en9_h22", L, "", "", "busy tone", outcome="busy")

    emit(
        "en9_h23",
        L,
        "S0 G1:pa C1 N0 Q1 P0 X1:pa,asr W1 B0",
        """
c[GC]: afternoon peak district quad treks
r: hi are you open on bank holiday monday
c: yes we our
r@ask_product: how much would it be for three of us
c: let me put you threw to bookings
c+25: hello bookings sorry there all out on the trail at the moment can i take your number and they'll ring you back
r: sure it's this number
c: and your name
r: ben
c: ok ben
""",
        "quad bike tours, british; transferred, no price; call back at their initiative",
    )

    emit(
        "en9_h24",
        L,
        "S0:rep G1 C1 N1 Q0 X0 W1 B0",
        """
c[GCN]: good morning timeworks watch repair this is frank
r: hi are you open saturdays
c: saturdays ten to too we're supposed to ask everybody where they heard of us but eh
r: okay thanks
c: yep
""",
        "watch repair; no product question; source question only reported; abrupt end",
    )

    emit(
        "en9_h25",
        L,
        "S0 G1:pa C1 N1:pa Q1:wf P1:pa X1:asr W1:inc B1:pa",
        """
c[GN]: yeah gday it's bruce
c[C]: deep bore drilling how can i help
r: hi i need a bore for my property near toowoomba
r@ask_product: what sort of money are we talking about
c: around to woomba you're generally going down sixty to a hundred metres we charge about a hundred and ten a metre so ballpark eight to twelve grand plus the pump
c: there's a few pics of recent jobs on our website if you want a look
r: sounds fair
c: i can come out and do a sight survey next week no charge
r: good
c: whats your name mate
r: steve
c[B]: righto steve i'll give you a bell monday cheers for calling
""",
        "well drilling, australian; website after the full answer; 'sight survey' is a visit to the property (damaged 'site'), not a website",
    )

    emit(
        "en9_h26",
        L,
        "S0 G1 C1 N1 Q1:wf P1:pa X1 W1 B0",
        """
c[GCN]: hi there mud and fire studio this is olivia
r: hi i'm interested in the wheel throwing class
c: great have you taken a class with us before
r: no first time
r@ask_product: how much is the intro class
c: intro to wheel is a four weak session two hundred and twenty five dollars clay and firing included
r: when does the next one start
c: the next one starts on the twelve there are three spots left i can hold one of those spots for you if you want
r: yes please
c: perfect can i get your first and last name
r: hannah lee
c: thanks hannah your all set
r: thank you
c: you're welcome bye
""",
        "pottery classes, american; 'taken a class with us before' is not the source question; 'you're welcome bye' not a polite closing",
    )

    emit(
        "en9_h27",
        L,
        "S0 G0:out C1 N0 Q0 P1:pa,asr X0 W1 B0",
        """
c: yep
r: hi there um i'm calling about the trampoline park i've got three kids and we wanted to come this weekend i was wondering about the opening hours and whether we need to book ahead
c[GC]: oh hello sorry yeah jump zone we're open nine till eight
r@ask_product: how much for three kids for an hour
c: one hour is twenty to bucks each so sixty six all up plus grip socks if you haven't got em
c: weekends get pretty packed mine
r: ok thanks
c: no worries see ya
""",
        "trampoline park, australian; 'hello' only after 10 s",
    )

    emit(
        "en9_h28",
        L,
        "S0 G1 C1 N1 Q1:wf P1 X1:pa W1:neg B1:wf",
        """
c[GCN]: good afternoon evergreen greenhouse supply my name is robert
r: hi i'm looking for a hobby greenhouse around ten by twelve
r@ask_product: what would that run me
c: i won't send you off to the website i'll just tell you the ten by twelve aluminum frame is two thousand four hundred ninety five and we have it in stock
r: does that include installation
c: installation is a nother six hundred we could schedule that for the week after delivery
r: okay let me think
c: sure can i get a name and number to follow up with you next week
r: it's karen
c[B]: thank you karen have a great afternoon
""",
        "greenhouse sales, american; website negated",
    )

    emit(
        "en9_h29",
        L,
        "S0 G1 C1:asr N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: hello been machine repairs
r: hi my sage barista express isn't pumping water
r@ask_product: how much would a repair be
c: we've got all our fixed prices on the website mate have a look there it's easier
r: i did but i couldn't find the pump
c: it's under repairs then pumps on the site
r: alright
c: yeah bye
""",
        "coffee machine repair, london; website instead of a price",
    )

    emit(
        "en9_h30",
        L,
        "S1:pa G1 C1 N1:pa Q1:wf P1:pa X1:pa,asr W1 B0:out",
        """
c[GCN]: hello spotless gutters mark speaking
r: hello i need my gutters cleared they're overflowing
c: no problem what made you give us a ring was it the leaflet
r: yes the leaflet
r@ask_product: how much for a semi detached
c: semi detached front and back is sixty five pound
r: great can you come this week
c: thursday are friday
r: thursday
c: lovely what's the name
r: pat
c[B]: okay pat thank you very much for calling have a good day
r: oh sorry one more thing do you also check the downpipes and can you do the conservatory roof as well while you're up there and what time on thursday
c: yes we do the down pipes conservatory roof is extra twenty five we come between eight and twelve i'll text you when we're on the way
r: perfect is there anything i need to do beforehand like move the car
c: just leave the side gate open if you can and may be move the car off the drive
r: great
c: okey dokey
""",
        "gutter cleaning, british; the polite closing came early, the call went on more than 30 s",
    )

    emit(
        "en9_h31",
        L,
        "S0 G0 C1:pa N0 Q1:pa P1:pa,asr X1:asr W1:rep B0",
        """
c[C]: yeah signs on main
r: hi mate i need a vehicle wrap for a ute
r@ask_product: how much roughly
c: full rap on a ute about three and a half grand half wrap with logos more like fifteen hundred
c: some mobs just tell you to go check their website but i reckon that's a cop out
r: ha fair enough
c: bring the ute in and we'll measure up tuesday soup you
r: yep
c: name
r: jack
c: sweet see you tuesday jack
""",
        "sign making, australian; the website only in reported speech",
    )

    emit(
        "en9_h32",
        L,
        "S0 G1 C1 N1 Q0:neg P1 X1 W1:inc B1:pa",
        """
c[GCN]: good morning sweet meadow honey farm this is ellen
r: good morning do you ship honey
c: we due
r@ask_product: how much is a five pound jar of wildflower shipped
c: the five pound wildflower is thirty two dollars and shipping is about twelve all our varieties are on the website too
r: great
c: i can take the order right now over the fun
r: let me think about it
c: no need to give me your name or anything just call back when you're ready
r: thanks
c[B]: you bet have a sweet day
""",
        "honey farm shop, american; 'no need to give me your name' is not asking it",
    )

    emit(
        "en9_h33",
        L,
        "S0 G0 C0 N0 Q0 P0 X0 W0:pa B0:rob",
        """
c: yeah go ahead
r: hi do you do hi vis vests with printing or embroidery
c: embroidery know printing yes
r@ask_product: how much for twenty printed vests
c: have a look at our site there's a price calculator
r[B]: okay thank you very much have a nice day
""",
        "workwear printing; calculator on the site; only the robot closes politely",
    )

    emit(
        "en9_h34",
        L,
        "S1:pa G1:pa C1 N1 Q1:pa P1:pa X1:pa W1 B1:wf",
        """
c[GCN]: morning murphy concrete this is sean
r: morning i need four cubes for a shed base
r@ask_product: what would that cost delivered to athlone
c: four cube of c twenty five delivered to athlone would be about five hundred and sixty euro
c: out of interest what put you onto us
r: my brother in law
c: good man i can have it their wednesday first thing
r: perfect
c: what name will i put on the docket
r: declan
c[B]: sound declan thanks for the call
""",
        "ready-mix concrete, irish",
    )

    emit(
        "en9_h35",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: good evening twirl dance studio
r: hi we're looking for first dance lessons
r@ask_product: what are your rates
c: hang on let me grab the price she
c+42: sorry about that i can't find it our rates are listed on our website under wedding
r: okay
c: sorry boat that
""",
        "first-dance lessons; hold of 42 s, then the website",
    )

    emit(
        "en9_h36",
        L,
        "S1:pa G0 C1 N1:pa Q0 P1:pa X1:asr W1 B0",
        """
c[CN]: fenceworks tony
r: hi i need a quote for a cedar privacy fence around
c: how many feat
r: around a hundred and fifty feet six foot high
r@ask_product: ballpark price
c: cedar six foot we're running about forty five a foot installed so you're looking at six seven thousand who sent you our way
r: a neighbour
c: i can come measure and give you a written quote to morrow at five
r: ok
c: whats the address
r: fourteen elm street
c: got it see you to morrow
""",
        "fencing installation, american; asks the address, not the name",
    )

    emit(
        "en9_h37",
        L,
        "S0 G1 C1 N1 Q1:wf P0 X1 W1 B1",
        """
c[GCN]: good afternoon checkmate chess club for juniors this is helen
r: hello i'm calling about chess lessons for my son
c: lovely are you calling from st mary's the school
r: no
r@ask_product: how much are the lessons
c: well it depends weather he goes in a group or one to one and which term i'd have to check with the coach
r: okay
c: i'll get the coach to ring you back this evening with the detail can i take your name
r: louise
c[B]: thanks louise speak soon have a good afternoon
""",
        "chess club for kids; 'are you calling from' is not the source question; no figure",
    )

    emit(
        "en9_h38",
        L,
        "S0 G1:pa C0 N0 Q1:wf P1:asr X1:pa W1 B1:asr",
        """
c[G]: hey what's up
r: hi is that spin cycle records do you have the new taylor swift on vinyl
r@ask_product: and how much is it
c: yeah we got it in stock it's thirty for ninety nine
r: cool can you hold one
c: sure i'll hold it under what name
r: maya
c: ok maya tell sunday
r: thank you
c[B]: thanks for coming by uh calling have a good won
""",
        "vinyl record shop; the callee never names the shop; closing damaged ('good won')",
    )

    emit(
        "en9_h39",
        L,
        "S0 G1 C1 N0 Q0 P0 X0:rep W0:wf B0",
        """
c[GC]: hello needle and thread piercing
r@ask_product: hello how much is a tragus piercing
c: sorry we don't do prices over the phone they're on our site
c: usually we'd book people in for a consult but we're closed for a re furb
r: okay
c: alright
""",
        "piercing studio; prices on the site; the consult only described, not offered",
    )

    emit(
        "en9_h40",
        L,
        "S1:asr G1 C1 N1 Q1 P1:pa X1 W1:inc B1",
        """
c[GCN]: good afternoon pine valley golf academy this is coach ryan how can i help you today
r: hi i want to get lessons for my son he's twelve
c: awesome we love junior golf hers we have a junior program on saturdays and also private lessons during the week and by the way how did you here about us
r: his friend goes there
r@ask_product: how much is the junior program
c: junior program is eight weeks for three hundred twenty dollars and clubs are provided if he doesn't have his own you can see the coaches bios on our site as well
r: great
c: i could get him in for a free evaluation this saturday what's your name
r: mark
c[B]: thanks mark looking forward to it have a great day
""",
        "golf lessons, american; 'here' for 'hear'; website after the answer",
    )

    emit(
        "en9_h41",
        L,
        "S0 G1 C0:out N0 Q1 P1:pa X1:pa W1 B1:wf",
        """
c[G]: hello
r: hi there i'm the office manager at a small accounting firm in the city and we're looking for someone new to clean all our windows inside and out once every month is that something you do
c[C]: yeah sure we're harbour city window cleaning we do heaps of offices
r@ask_product: what's it cost for about forty windows
c: forty windows inside and out monthly would be around four hundred and twenty plus g s t
r: ok
c: i'll pop round and have a look this week if you like
r: thursday
c: thursday arvo it is whats your name
r: sophie
c[B]: cheers sophie thanks for calling
""",
        "office window cleaning, australian; the business named only after 15 s",
    )

    emit(
        "en9_h42",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:asr B0",
        """
c: yeah
r[C]: hi is this trail blazers atv tours
c: yep
r@ask_product: how much is the sunset tour
c: prices are all on the webs ite man
r: i'm driving right now
c: ok well check it when you stopped
r: fine
c: yup
""",
        "quad bike tours; 'webs ite' split by the recogniser",
    )

    emit(
        "en9_h43",
        L,
        "S1:wf G1 C1 N1:pa Q0 P1:pa X1:pa,asr W1:inc B1",
        """
c[GCN]: good morning hatton watch repairs simon speaking
r: good morning i have a rolex datejust that needs a service
r@ask_product: what's the cost and how long does it take
c: a datejust service is four hundred and fifty pounds including a new mainspring if required and it takes about four weeks there's a full breakdown of what the service includes on our website if you'd like to read it
r: thank you
c: your welcome to drop it in any weak day between ten and five
r: i will
c: may i ask how you heard about us
r: a friend
c[B]: wonderful thank you for calling good day
""",
        "watch repair, british formal; website after the full answer",
    )

    emit(
        "en9_h44",
        L,
        "S0 G1 C1 N0 Q0 P1:pa,asr X0:neg W1 B1",
        """
c[GC]: hello golden arrow archery range
r: hi i want to sign up for lessons
c: we're actually full for lessons until spring sorry i can't book you in right now
r@ask_product: how much are they normally
c: normally sixty for an our private
r: ok
c: you could try calling in march
r: ok thanks
c[B]: sorry about that have a good one
""",
        "archery club, american; booking refused; 'try calling in march' is not an offer",
    )

    emit(
        "en9_h45",
        L,
        "S0 G0 C1 N1:pa Q0:rob P1:pa X1:asr W1 B1:pa",
        """
c[C]: glass house ireland
r: hi what's your name sorry
c[N]: it's ciara
r@ask_product: ciara do you have the lean to greenhouses in stock
c: we do i the six by four lean to is in stock at five hundred and ninety nine
r: great
c: i can get that out to you next weak if you want to order it
r: i'll think
c: no bother at all shore ring back anytime
r: thanks bye
c[B]: thanks now bye bye
""",
        "greenhouse sales, irish; only the robot asks a name",
    )
