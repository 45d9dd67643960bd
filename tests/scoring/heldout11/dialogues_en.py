"""Held-out set 11, English dialogues (compact line format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues."""
    emit(
        "en11_h01",
        "en",
        "S1:pa G1 C1:pa N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: morning nomad vans gary here
r: hi there i'm looking to get a transit converted into a camp her
c: lovely stuff and what put you onto us was it instagram or somebody you know
r: a friend had one done with ewe
r@ask_product: roughly how much would a full conversion be
c: full build with bed kitchen and solar you're looking at thirty eight to forty five grand and about ten weeks
c: tell you what bring the van down saturday and we'll measure up who shall i put it under
r: it's tom
c[B]: cheers tom see you saturday have a good one
""",
        note="van conversion, British; source as 'what put you onto us'; price as a range in words; measurement visit",
    )
    emit(
        "en11_h02",
        "en",
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: phone doctor
r@ask_product: hi how much to swap the battery on a pixel seven
c: uh
c: pixel seven
c: honestly mate every model's different the web thingy has a list
c: just have a scroll through it
r: could you not just tell me
c: sorry got a queue here
""",
        note="phone repair; no greeting; price deflected to 'the web thingy' over several short turns; abrupt end",
    )
    emit(
        "en11_h03",
        "en",
        "S0:neg G1 C1 N1:wf Q1:pa P1:pa X1 W1:inc B1",
        """
c[GCN]: good afternoon fresh press dry cleaners my name's sandra
r: hello i've got a wool suit and a wedding dress too clean
r@ask_product: what would that cost and how long does it take
c: suit is eighteen fifty the dress starts at ninety five depending on the beading suit's back in two days dress about a week
c: there's before and after photos of dresses on our website too if you want a look
c: i won't bother asking how you heard of us we've been on this corner forty years
c: what name for the ticket
r: rachel
c: drop them in any time before six rachel
c[B]: thanks for calling bye now
""",
        note="dry cleaning; website after a full answer; source question explicitly not asked; 'my name's sandra'",
    )
    emit(
        "en11_h04",
        "en",
        "S1:asr G1 C1 N0 Q0 P1:pa X1:pa W1 B0",
        """
c[GC]: hello warmflow boilers
r: hi i need a new combo boiler fitted in a three bed semi
c: no bother can i ask how'd you here about us
r: a leaf lit through the door
r@ask_product: how much for a combi with fitting
c: a worcester thirty kw fitted with a magnetic filter is about two thousand two hundred quid
c: i can send an engineer round to do a free survey thursday
r: thursday works
c: grand i've got you down
""",
        note="gas boiler, Irish; 'how'd you here about us' homophone; 'about two thousand two hundred quid'; ends without courtesy",
    )
    emit(
        "en11_h05",
        "en",
        "S0 G1 C1 N1 Q1 P0 X0 W1 B1:pa",
        """
c[GCN]: good morning tally and co accountants this is siobhan
r: good morning i've just set up a small bakery as a limited company and i've no clue about the books
c: ah congratulations so you'll need year end accounts corporation tax maybe vat depending on turnover and payroll if you've staff and where are you calling from is it dublin or further out
r: cork
c: grand and who am i speaking to
r: daniel
r@ask_product: what would you charge a year for all that
c: i honestly couldn't tell you daniel the partner does all the pricing and she's off this week
c: if you want to try again monday she'll be back
c[B]: thanks a million for ringing daniel and best of luck with the bakery
""",
        note="accountancy, Irish; one long explaining turn; 'where are you calling from' near miss; no price; 'try again monday' is not a next step",
    )
    emit(
        "en11_h06",
        "en",
        "S1:wf G1 C1 N0 Q0:rob P1:pa X1:pa W1:rob B1:pa",
        """
c[GC]: hi there sugar bloom cake school
r: hi my name is laura i saw on your website you do cake decorating classes what's your name by the way
c: oh we're all on a rota here so how did you come to hear of us
r: a friend posted her cake on line
r@ask_product: how much is the beginners course
c: the beginners is four saturday mornings for two hundred and ten all the tools included
c: want me to pop you on the june group there's three spots left
r: yes please
c[B]: lovely laura we'll see you then enjoy the rest of your day
""",
        note="cake classes; the robot asks the callee's name (robot_spoken) and mentions the website; source with word forms",
    )
    emit(
        "en11_h07",
        "en",
        "S0 G0 C0 N0 Q0 P0 X0 W1 B0",
        """
c: yeah
r: hi is that the loft insulation company
c: yep
r@ask_product: how much to in sulate a loft about fifty square metres
c: dunno the boss does prices
r: when is he bag
c: no idea mate
""",
        note="loft insulation; 'yeah'/'yep' only; callee only confirms; no answer, no next step",
    )
    emit(
        "en11_h08",
        "en",
        "S1 G1 C1 N1:pa Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[G]: g'day
c[CN]: six strings guitar school you've got mel
r: hi i'd like lessons for my daughter she's twelfth
c: awesome how did you hear about us
r: from her skull
r@ask_product: what do lessons cost
c: thirty minutes is forty bucks or a ten pack for three fifty
c: she could come in for a free trial next tuesday at four and what's your name and your daughter's
r: i'm kate and she's ava
c[B]: no worries kate see you both tuesday have a ripper week
""",
        note="guitar lessons, Australian; 'g'day'; 'you've got mel'; free trial offered",
    )
    emit("en11_h09", "en", "", "", note="cremation urns; no answer, no turns", outcome="no_answer")
    emit(
        "en11_h10",
        "en",
        "S0:rep G1 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[GC]: hello harbour kayaks
r: hi do you hire out sea kayaks for a whole weekend
r@ask_product: and what's that cost
c: weekend hire's a hundred and eighty for a single two sixty for a double paddles and dry bags included
c: we've got plenty of singles available that weekend
c: my boss reckons i should ask everyone where they heard about us ha but i never do
r: right thanks
c: okay bye
""",
        note="kayak hire, Australian; source question only reported; 'okay bye' is not a polite closing",
    )
    emit(
        "en11_h11",
        "en",
        "S0 G1 C1 N1 Q1:pa P0 X1:pa W0 B1",
        """
c[GCN]: good morning officeflex rentals my name is priya
r: good morning we need desks and chairs for twenty staff for six month
c: no problem and who should i address the proposal to
r: mark
r@ask_product: what would that come to per month
c: it really varies mark the easiest thing is to use the quote builder on our site it prices each bundle
c: and i'll follow up with a formal proposal by email
c[B]: thank you for calling have a lovely day
""",
        note="office furniture rental; price deflected to the site's quote builder; proposal by e-mail",
    )
    emit(
        "en11_h12",
        "en",
        "S1:pa G1 C1 N1:pa Q1 P1:pa X1 W1 B1",
        """
c[GC]: afternoon bullseye shooting range
r: hi we're a group of five and we've never shot for
c[N]: okay i'm jake one of the instructors
c: who pointed you our way a friend or did you find us online
r: a colleague came last month
r@ask_product: how much for beginners
c: the starter package is sixty five a head covers the pistol fifty rounds and a safety brief
c: what's your name i can hold a lane for you saturday
r: chris
c[B]: cheers chris see you saturday thanks for calling
""",
        note="shooting range, American; source 'who pointed you our way'; name in a separate turn",
    )
    emit(
        "en11_h13",
        "en",
        "S0 G0 C1 N0 Q1:asr P1:pa X1:pa W1 B0",
        """
c[C]: tiny teeth children's dentistry
r: hi my son is five and has a tooth ache
c: oh poor thing hold on one second pleas
c+40: sorry about that so a toothache
r@ask_product: what does it cost to see a dentist
c: an emergency appointment for under sixes is forty five and any filling is extra from sixty
c: we can see him at nine tomorrow what's you're name and his
r: anna and leo
c: done
""",
        note="children's dentist; no greeting; 40 s hold; 'what's you're name' ASR; ends without courtesy",
    )
    emit(
        "en11_h14",
        "en",
        "S1 G1:asr C0:rob N0 Q0 P1:pa X1:pa W1 B1:wf",
        """
c[G]: hell oh
r: hi is this the roof window company
c: yes that's us
c: where did you find us
r: at the home shoe
r@ask_product: how much for a velux with fiting
c: a standard centre pivot fitted with flashing is around nine hundred pounds
c: we could send someone to measure up free of charge
r: i'll thing about it
c[B]: thanks very much for calling
""",
        note="roof windows; 'hell oh' ASR of hello; robot names the business, callee only confirms",
    )
    emit(
        "en11_h15",
        "en",
        "S0 G1 C1:pa N1 Q0 P1:pa X0:neg W1:neg B0",
        """
c[GCN]: hello skyframe drone photography this is omar
r: hi i need area shots of a farm we're selling
r@ask_product: how much would that be
c: half a day of flying with edited photos and a short video is four hundred fifty dollars
c: i'm not gonna send you to the website the prices there are out of date
r: can you come next week
c: honestly i can't book anything till next month so i won't promise you a slot
r: okay
c: yep
""",
        note="aerial photography; website negated; next step explicitly not offered",
    )
    emit(
        "en11_h16",
        "en",
        "S1:asr G1 C1 N0 Q1 P0 X1 W0:asr B1",
        """
c[GC]: good afternoon houndproof fencing
r: hi my husky keeps getting out i need a proper fents
c: ah we hear that a lot how did you here of us
r: a facebook group
r@ask_product: what's the price per meter
c: there's loads of options best to check out are web site it's all laid out by height and length
c: whats your name i'll get one of our fitters to come and measure
r: helen
c[B]: brilliant helen have a good afternoon
""",
        note="dog fencing; homophones 'here of us', 'are web site'; deflection; measurement visit",
    )
    emit(
        "en11_h17",
        "en",
        "S0 G0 C1 N0 Q0 P1 X1:pa W1 B0",
        """
c[C]: desk depot rentals what do you need
r: i need twelve standing desks for an event next week
r@ask_product: do you have that many and what's the rate
c: yeah we have those in stock forty dollars per desk per week
c: shoot me the address and dates and i'll write it up
r: okay
c: k
""",
        note="office furniture rental, American; 'what do you need' is not a greeting; order offered; abrupt end",
    )
    emit(
        "en11_h18",
        "en",
        "S1:pa G1 C1 N1:pa Q0:neg P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hi fixit phones jordan on the line
r: hi my i phone thirty screen is cracked
r@ask_product: how much to replace it and how long
c: original screen is one forty nine the cheaper one is eighty nine done in about an hour
c: did you spot our sign or did somebody send you our way
r: saw your sign
c: you don't need to give me a name just bring it in before seven
c[B]: see you soon mate good luck
""",
        note="phone repair; 'jordan on the line'; name explicitly not needed; invitation to come in",
    )
    emit(
        "en11_h19",
        "en",
        "S1 G1 C1 N0 Q1:pa P0 X1 W1 B0",
        """
c[GC]: good morning ledgerly accounting
r: morning i run a small limited company and need a accountant
c: one moment i'll transfer you
c+45: hello yes so how did you hear about us
r: my business partner recommend it you
r@ask_product: how much is it per month
c: it depends on turnover and payroll i can't really quote you blind
c: let's set up a call and may i have your name
r: owen
c: owen i'll ring you back tomorrow morning to fix a time
""",
        note="accountancy; 45 s transfer; 'depends' is not an answer; callback at their initiative",
    )
    emit(
        "en11_h20",
        "en",
        "S0 G0 C1 N0 Q0 P1:pa X0 W1:inc B1",
        """
c[C]: yep paddle hire
r@ask_product: hi have you got two kayaks free on sunday
c: yeah we've got those in stock sunday's wide open doubles are fifty a day singles thirty five
c: maps of the routes are on the website as well if you want them
r: can i book
c: we don't take bookings just turn up early
r: okay
c[B]: thanks for calling enjoy the paddle
""",
        note="kayak rental; 'yep' no greeting; website after full answer; no bookings: no next step",
    )
    emit(
        "en11_h21",
        "en",
        "S0 G1:pa C1 N1 Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GCN]: hiya glossy nails you're talking to becky
r: hi can i book a pedi cure
r@ask_product: how much is a spa pedicure and do you have anything tomorrow
c: spa pedi is thirty eight and tomorrow i've got half two or four
c: who's it for
r: for jess
c: jess you're in at half two
c[B]: see you tomorrow lovely enjoy your evening
""",
        note="nail salon; 'hiya'; 'who's it for' asks the caller's name",
    )
    emit(
        "en11_h22",
        "en",
        "S1:wf G0 C1 N0 Q0 P1:pa X1:pa W1:inc B0",
        """
c[C]: sparkle dry cleaning go ahead
r: hello do you clean rags
r@ask_product: how much per square metre
c: wool rugs are twelve pound a square metre synthetic nine we collect free over five metres
c: you can book on the website too but the phone's fine
c: who recommended us out of interest
r: my neighbour
c: give me the postcode and the van will be round tomorrow
r: i'll cool back
c: no problem
""",
        note="dry cleaning; no greeting ('go ahead'); website after full answer; 'who recommended us out of interest'; collection offered",
    )
    emit(
        "en11_h23",
        "en",
        "S0 G0:out C1 N0 Q1 P1 X0:neg W1 B0",
        """
c[C]: heat right heating
c: hang on us sec
c+12[G]: sorry hello there
r: hello do you have a navy and combi in stock
r@ask_product: and the prize
c: yeah we've got the navien twenty four in stock it's one thousand four hundred dollars
c: what's your name
r: victor
c: victor i'd say come down to the warehouse but we're closed for the move so not right now
r: alright
c: yep
""",
        note="heating; greeting after 12 s (outside window); invitation withdrawn",
    )
    emit(
        "en11_h24",
        "en",
        "S0 G0:rob C0 N0 Q0 P0 X0 W0 B0:rob",
        """
r: hello good afternoon is this the dog fencing company
c: mm hm
r: my collie jumps everything i need something taller
r@ask_product: how much would a two metre fence be for a small garden
c: heights and prices are on the website mate
r: okay thank you very much have a nice day good by
c: yep
""",
        note="dog fencing; the robot greets and closes (robot_spoken); callee only 'mm hm'/'yep'; price deflected to the website",
    )
    emit(
        "en11_h25",
        "en",
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1:pa W1:rep B1:pa",
        """
c[GCN]: good afternoon the icing room my name is fiona
r: hi i'm interested in a sugar flour workshop
r@ask_product: how much is it
c: look other places will tell you to go and check their website but i'll just tell you it's eighty five for a three hour class and you take your cake home
c: and how did our name come up for you
r: my sister went last year
c: what should i call you i'll pencil you in for sunday
r: vera
c[B]: perfect vera it was lovely talking to you see you sunday
""",
        note="cake classes; website only in reported speech about other places; 'how did our name come up for you'",
    )
    emit(
        "en11_h26",
        "en",
        "S0 G1 C1 N0:out Q0 P1:pa X0 W1 B0",
        """
c[GC]: hello cycle shed co
r: hi do you do wooden sheds for two bikes
c: just a tick i've got another line going
c+20[N]: sorry about that it's dave again
r@ask_product: the two bike wooden one how much
c: that's three hundred and forty fitted or two ninety if you put it up yourself
r: thanks i'll think about it
c: righto
""",
        note="bike storage sheds; own name after a hold, outside the 20 s window; no next step",
    )
    emit(
        "en11_h27",
        "en",
        "S1:pa G1:pa C1 N0 Q0 P1:pa X1:pa W1 B1:pa",
        """
c[G]: hey how's it going
c[C]: riff city music lessons
r: hi i want to learn electric guitar from scratched
c: nice so did you catch one of our videos or did someone tell you about us
r: you're videos
r@ask_product: what are you're rates
c: group is a hundred and twenty a month private is fifty an hour
c: your first lesson's on the house swing by thursday at seven
r: cool
c[B]: right on see you thursday appreciate the call
""",
        note="guitar lessons, American; 'hey how's it going'; source as a two-option question; 'appreciate the call'",
    )
    emit(
        "en11_h28",
        "en",
        "S0 G1 C0 N1:pa Q1 P0 X1 W1 B1",
        """
c[GN]: good morning it's maureen speaking how can i help
r: good morning i need to choose an earn for my father's ashes
r@ask_product: what do they cost
c: oh i'm only covering the phones i wouldn't know the prices i'm afraid
c: could i take your name and number and have our funeral director ring you back
r: it's nick
c[B]: i'm so sorry for your loss nick thank you for calling
""",
        note="cremation urns; business never named; no price; callback offered",
    )
    emit(
        "en11_h29",
        "en",
        "S0:rob G1 C1 N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: hi there tokyo roll how can i help
r: hi a colleague recommended you i need lunch for fifteen people at the office tomorrow
c: oh great
r@ask_product: what would that cost roughly
c: the office platter feeds five and it's fifty five dollars so three of those and delivery's free over a hundred
c: i can lock that in now for twelve thirty tomorrow if you like
r: yes please
c[B]: awesome have a great day
""",
        note="sushi delivery; the robot volunteers its source, the callee never asks",
    )
    emit(
        "en11_h30",
        "en",
        "",
        "",
        note="shooting range; busy line, no turns",
        outcome="busy",
    )
    emit(
        "en11_h31",
        "en",
        "S1:wf G1 C1 N1:wf Q1:pa P1:pa X1 W1 B1:pa",
        """
c[GC]: good morning little smiles dental
c[N]: lucy speaking how can i help
r: hi i'd like a check up for my son he's for
r@ask_product: what does a check up and clean cost
c: check ups for under fives are free and the clean is thirty five
c: and where did you first find out about our practice
r: other mums at nursery
c: i can book him friday at ten what's the little one's name and yours
r: sam and i'm kathy
c[B]: lovely kathy see you and sam on friday you take care
""",
        note="children's dentist; 'lucy speaking'; source with word forms",
    )
    emit(
        "en11_h32",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0 W0 B0:out",
        """
c[GC]: hello skylight solutions
r: hi do you fit windows in roof
c[B]: we do yeah thanks for calling
r: wait i haven't ask my question yet
c: oh sorry go on
c+40: yes
r@ask_product: how much is a roof window fitted
c: from about seven fifty for a standard one but for your exact size you'll need to use the online calculator on our site
r: right
c: yep
""",
        note="roof windows; courtesy said early, call goes on >30 s (outside window); a rough figure then deflection to the site calculator for the exact price",
    )
    emit(
        "en11_h33",
        "en",
        "S1:pa G1:pa C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:asr",
        """
c[GCN]: howdy shedworks bike storage ryan here
r: hi i need an outdoor store for three bikes
c: sure what site did you come to us through marketplace or google
r: market place
r@ask_product: what's the price for a three bike one
c: the steel three bike shed is six hundred and ten we've two in stock
c: i can deliver saturday and put it up for you what's the name for the order
r: tamsin
c[B]: thanks a million tamsin take car
""",
        note="bike sheds; 'howdy'; source as 'what site did you come to us through'; 'take car' ASR of 'take care'",
    )
    emit(
        "en11_h34",
        "en",
        "S0 G1 C0:out N0 Q0 P1:pa X1 W1 B0",
        """
c[G]: hello
r: hi is that the aerial photography people
c: yes what can i do for you
r: i need monthly aerial shots of a building sight
c: okay yes monthly progress shots we do a lot of those for builders around here actually quite a few regulars
c[C]: we're up high media by the way
r@ask_product: what would that cost per month
c: one flight a month with a report is three hundred twenty
c: come into the office on high street and we'll go over a contract
c: yep
""",
        note="aerial photography; business named only after 15 s; robot names the trade first",
    )
    emit(
        "en11_h35",
        "en",
        "S1 G1 C1 N0 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: good afternoon secure paws fencing
r: hi i need a run for a german shepherd that he can't escape
c: could you hold a moment please
c+30: thanks for waiting who recommended us
r: our dog training
r@ask_product: how much for a two by three metre run
c: two by three with a roof and a floor is about two thousand three hundred about two weeks to make
c: what's your name i'll send a drawing over on whatsapp
r: max
c[B]: thanks max we'll be in touch give the dog a pat from us
""",
        note="dog fencing; 30 s hold; drawing sent by messenger",
    )
    emit(
        "en11_h36",
        "en",
        "S0 G1 C0 N1 Q0:rep P1:pa X1:pa W1:neg B1",
        """
c[GN]: good evening lily speaking
r: hi what's you delivery time to the city centre
r@ask_product: and how much is the california box
c: california box is thirty two pieces for twenty four ninety delivery free over thirty about forty minutes
c: don't bother with the menu on the website it's old
c: shall i put the order through
r: yes
c: my manager says i'm supposed to take a name for every order but never mind just the address
r: ten pine rode
c[B]: thanks for ordering enjoy your meal
""",
        note="sushi delivery; business not named; website negated; name question only reported and dropped",
    )
    emit(
        "en11_h37",
        "en",
        "S1:asr G1 C0 N0 Q1:asr P0 X0 W0 B0",
        """
c[G]: yeah hello
r: hi is that phone repairs my samson won't charge
c: yeah how did you fine us
r: walk passed
r@ask_product: how much to fix the charging port
c: ports vary a lot the price list on the website has every model
c: and whose calling
r: dennis
c: alright well ring if you need anything
""",
        note="phone repair; business not named by the callee; 'fine us' and 'whose calling' ASR; deflection; 'ring if you need anything' is not a next step",
    )
    emit(
        "en11_h38",
        "en",
        "S1:pa G1 C1 N1 Q1 P1:pa X1:pa W1:inc B1",
        """
c[GCN]: good morning balance bookkeeping this is julia
r: hi i need book keeping for a soul trader with two employees
r@ask_product: how much would that be monthly
c: for a sole trader with two on payroll it's a hundred and forty a month returns included
c: the full price list is on the website if you want to compare but that's your figure
c: and may i ask what brought you to us a search or a referral
r: a search
c: can i take your name
r: paul
c: paul i'll email you an engagement letter today
c[B]: thanks for calling have a nice day
""",
        note="accountancy; website after full answer; 'what brought you to us'",
    )
    emit(
        "en11_h39",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0:rep W1 B1",
        """
c[GC]: good morning river kayak hire
r@ask_product: hi do you have kayaks free on sunday
c: three left for sunday at forty a day
c: the boss reckons we should offer everyone a booking but we just don't do them
r: thanks
c[B]: no worries have a great paddle
""",
        note="kayak rental, Australian; very short; booking only mentioned as what the boss reckons, not offered",
    )
    emit(
        "en11_h40",
        "en",
        "S1:pa G0 C1 N0 Q1:pa P0 X1 W1 B0",
        """
c: yeah
c[C]: van conversions
r: hi i want a diesel heater and insulation put in my printer
c: right and how'd you end up with our number
r: a facebook group
r@ask_product: what would that cost
c: mate no idea till i see the fan
c: bring it round monday we'll have a look who am i putting down
r: kev
c: sweet
""",
        note="van conversion, Australian; 'yeah' no greeting; source 'how'd you end up with our number'; no price; visit offered",
    )
    emit(
        "en11_h41",
        "en",
        "S0 G1 C1 N1 Q0 P1:pa X0:rob W1 B1",
        """
c[GCN]: hello fretboard academy this is karen
r: hi do you teach bass as well as guitar
r@ask_product: how much is a bass lesson
c: same as guitar twenty eight pounds for half an hour thirty eight for an hour
r: could i book for friday
c: friday's full i'm afraid try ringing monday and we'll see
r: okay
c[B]: sorry about that thanks for understanding have a good one
""",
        note="guitar lessons; the robot asks to book, callee has no slot: 'try ringing monday' is not a next step",
    )
    emit(
        "en11_h42",
        "en",
        "S0:neg G1 C0:rob N0 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[G]: hello there how can i help
r: hi is this the gas heating firm i need my back boiler swapped for a combi
c: it is yeah not going to ask you how you found us everyone googles us these days
r@ask_product: how much for the swamp
c: a vaillant combi with the swap and the flue work is about three thousand all told
c: and your name
r: marian
c: marian i'll have an engineer come out and look free of charge
r: please
c[B]: lovely marian all the best
""",
        note="gas boiler; only the robot names the business; source explicitly not asked; 'all the best'",
    )
    emit(
        "en11_h43",
        "en",
        "S0 G1 C1 N0 Q0:neg P1 X1 W1 B1",
        """
c[GC]: good afternoon loftwarm insulation
r: hi i need a loft conversion insulated about eighty square metres
r@ask_product: how much and when could you star
c: with materials it's around six thousand four hundred pounds and we could start in two weeks
c: don't need your name just the address and i'll book a survey
r: seven gardens lane
c[B]: booked thank you have a good day
""",
        note="loft insulation; name explicitly not needed; survey booked",
    )
    emit(
        "en11_h44",
        "en",
        "S1 G1 C1 N1:asr Q0 P0 X0 W0:pa B0",
        """
c[GCN]: hi there bake and make academy my nay miss ella
r: hi do you run cake decorating for kid
c: we do who recommended us sorry they make me ask
r: a fire from school
r@ask_product: how much is the kids course
c: kids prices are in the parents section of our portal it's all explained there
r: okay
c: mm
""",
        note="cake classes; source asked (with an apology); own name damaged 'my nay miss ella'; price deflected to 'our portal'",
    )
    emit(
        "en11_h45",
        "en",
        "S0 G1 C1 N0 Q1:pa,asr P0 X1:pa W0:wf B1:asr",
        """
c[GC]: good morning crosshair range
r: morning how much is clay shooting
r@ask_product: for a beginner on the clay lion
c: there are several packages they're all listed on our web page with what's included
c: whose the booking for i can hold you a slot saturday
r: sam
c[B]: sam thanks four calling
""",
        note="shooting range; price deflected to 'our web page'; slot offered; 'thanks four calling' ASR",
    )
