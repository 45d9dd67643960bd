"""Held-out set 8, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues of set 8."""
    L = "en"
    emit(
        "en8_h01",
        L,
        "S1:pa G1 C1 N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: morning whiskers and co cattery sophie speaking
r: hi there i'm looking for somewhere to board my two cats for a fortnight in august
c: lovely and who pointed you our way was it the vet
r: yes my vet mentioned you
r@ask_product: what do you charge per night
c: it's eighteen pound an ight for one cat and twenty eight for two sharing a pan
r: and have you got space in august
c: first two weeks of august we've got a double pen left i can pencil you in now and what name would that be under
r: helen walsh
c[B]: lovely helen that's pencilled in for you cheers for ringing and give the cats a cuddle from us
""",
        note="cattery, British; source asked as 'who pointed you our way'; name asked as 'what name would that be under'",
    )
    emit(
        "en8_h02",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: paintball yeah
r: hi i want to book a stag do for twelve people
c: yep
r@ask_product: how much is it per person
c: mate it's all on the booking page pick your package and the date and it works it out for you
r: can you not just tell me roughly
c: now it depends on the package just go on the booking page
r: okay
c: cheers
""",
        note="paintball, Australian; 'yeah' no greeting; deflection to the online booking page; 'cheers' alone no closing",
    )
    emit(
        "en8_h03",
        L,
        "S0:rob G1 C1 N0 Q1:wf P1:pa X1:wf W1 B1:wf",
        """
c[GC]: hi lash lounge
r: hi i saw your page on instagram and wanted to ask about classic lashes
c: sure
r@ask_product: how much for a full set
c: a classic full set is sixty five infills are thirty five if you come back within three weeks
r: and how long does it take
c: about an our and a half
c: i have a slot thursday at four if you want it
r: yes please
c: what's the name
r: jess
c[B]: perfect jess see you thursday have a lovely day
""",
        note="eyelash extensions; the robot volunteers where it found them",
    )
    emit(
        "en8_h04",
        L,
        "S0 G1 C1 N1 Q0 P1:pa X1:pa W1 B0",
        """
c[GCN]: g'day outback septic services this is wayne
r: hi i need my septic tank pumped out it's a three thousand litre tank
r@ask_product: what would that cost
c: three thousand leaders you're looking at around four hundred and fifty bucks if it's within thirty k of town
r: and when could you come
c: got a truck out your way tuesday morning i'll put you down for that give me the address
r: twelve creek road
c: no worries chews day it is
""",
        note="septic tank emptying, Australian; only the address asked (near miss for caller's name); call ends without a closing",
    )
    emit(
        "en8_h05",
        L,
        "S0 G0:out C1 N0 Q0 P1:pa X1:pa W1:inc B1",
        """
c: yeah
r: oh hello is that the sailing school i was hoping to ask about the day skipper course for myself and my partner some time in the summer if there are places
c[GC]: sorry about that good afternoon solent sailing academy how can i help
r@ask_product: how much is the day skipper course
c: the practical is five days on the boat and it's eight hundred and ninety five pounds each the theory is a separate on line course our dates are on the website as well
r: could we come and have a look at the boats first
c: absolutely come down on saturday mourning and i'll show you round
r: great
c[B]: brilliant thanks so much for calling see you saturday
""",
        note="yacht school; greeting only after 10 s; dates on the site after a full price",
    )
    emit(
        "en8_h06",
        L,
        "S1:wf G1 C1 N0 Q0 P0 X1:pa W1 B1",
        """
c[GC]: hello layer by layer 3d printing
r: hi i need a small batch of plastic brackets printed
c: okay and how did you come to hear about us
r: a friend used you
r@ask_product: roughly what would twenty brackets cost
c: honestly i couldn't give you a number with out the file
c: if you email the stl over i'll quote you by the end of the day
r: sure
c[B]: great thanks for calling
""",
        note="3D printing; no price without the file (not an answer); quote by e-mail is a next step",
    )
    emit(
        "en8_h07",
        L,
        "S0 G1 C0:rob N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[G]: hello
r: hi is that the wedding photographer
c: it is yes
r: we're getting married in june next year
r@ask_product: what are your packages like
c: full day coverage is two thousand two hundred half day is fourteen hundred both in clued an online gallery
r: that sounds good
c: why don't we jump on a video call this week and go through it all who have i got the pleasure of talking to
r: sarah
c[B]: lovely to chat sarah and congratulations to you both
""",
        note="wedding photographer, American; 'it is yes' only confirms; name asked as 'who have i got the pleasure of talking to'",
    )
    emit("en8_h08", L, "", note="no answer, rang out", outcome="no_answer")
    emit(
        "en8_h09",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: good morning sunbeam solar hot water
r: morning i'm after a solar water heater for a family of four
c: whereabouts are you calling from
r: brisbane
r@ask_product: what sort of price are they
c: look there's so many opt shuns it's best you look at our website there's a product selector on there
r: okay
c: yep no worries bye
""",
        note="solar water heaters, Australian; near miss 'whereabouts are you calling from'; deflection to website selector",
    )
    emit(
        "en8_h10",
        L,
        "S0 G1:asr C1 N1 Q0 P1:pa X1:pa W1:rep B1",
        """
c[GCN]: hell oh bright and shine jewellery repairs tom here
r@ask_product: hi how much would it cost to resize a gold ring down one size
c: some places would just tell you look at the web site but i'll tell you straight making it smaller is forty pounds
c: bring it in any week day and it's ready in three daze
r: great thanks
c[B]: thank you for calling have a good day
""",
        note="jewellery repair; greeting split by the recogniser; website only in reported speech",
    )
    emit(
        "en8_h11",
        L,
        "S1:asr G1 C1 N0 Q0 P1:pa X1:pa W1 B0",
        """
c[GC]: hi there chill chairs showroom
r: hi i'm interested in a massage chair for my dad
c: nice won can i ask how you heard a bow tus
r: from an ad on facebook
r@ask_product: have you got anything under three thousand
c: yeah we've got the zen two in stock at two thousand four hundred and the lite model at nineteen ninety nine
c: best thing is pop in and try them both out
r: when are you open
c: ten till sex every day
r: okay
c: alright bye
""",
        note="massage chairs; source question damaged ('a bow tus'); 'alright bye' no closing",
    )
    emit(
        "en8_h12",
        L,
        "S0 G1 C0:out N0 Q1:pa P1:pa X1:pa W1 B1:wf",
        """
c[G]: hiya
r: hiya i'm ringing about a birthday party for my son he's turning nine
c: oh lovely how many kids are we torquing and what day are you after
r: about fifteen on a saturday afternoon
c[C]: grand so here at the dublin ice dome we do a party package
r@ask_product: how much is the package
c: it's fourteen euro a child with skates higher and a hot chocolate plus an hour on the ice
r: and is saturday the twelfth free
c: twelve at two o'clock is free want me to hold it for you and your name sorry
r: aoife
c: grand eva i'll hold it till friday
c[B]: thanks a million for calling
""",
        note="ice rink parties, Irish; the rink's name comes after 15 s",
    )
    emit(
        "en8_h13",
        L,
        "S0 G0 C1 N0 Q0 P1:pa X0:neg W1 B0",
        """
c[C]: tint works
r@ask_product: hi how much to tint the back windows on a golf
c: rear five windows on a golf is two fifty for the carbon film
r: can i get it done this week
c: sorry mate we're not taking bookings till the new year we're flat doubt
r: oh okay
c: yeah sorry
""",
        note="car tinting; bookings explicitly refused; no greeting ('tint works' only names them)",
    )
    emit(
        "en8_h14",
        L,
        "S1 G1 C1 N1 Q1 P1:pa X1:wf W1 B1:wf",
        """
c[GCN]: good afternoon happy feet podiatry you're speaking with claire
r: hi i'd like to see someone about an ingrown toenail
c: of course how did you hear about us
r: my gp recommended you
r@ask_product: how much is an appointment
c: an initial assessment is sixty five pounds and if we need to do a nail sir jury that's booked separately at two hundred and twenty
r: okay
c: i could book you in for wednesday at nine thirty may i have your name
r: peter gray
c[B]: thank you peter that's wednesday at nine thirty thank you for calling
""",
        note="podiatrist; plain wording",
    )
    emit(
        "en8_h15",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X1:pa W1 B0",
        """
c: yeah go on
r: hi are you the bathroom tiler from the local paper
c: that's me
r: i need about twenty square metres done in a bathroom
r@ask_product: what do you charge per square metre
c: i'd have to see it first could be anything depends on the wars
c: text me the address and i'll swing by tomorrow evening and have a look
r: okay
c: right
""",
        note="bathroom tiling; 'i'd have to see it first' is not an answer; no company named by the callee",
    )
    emit(
        "en8_h16",
        L,
        "S1:pa G1 C1 N0 Q1:wf P1:pa X1:pa W1:inc B1:pa",
        """
c[GC]: hey the crag climbing centre
r: hey i'd like to try climbing for the first time
c: awesome what brought you in our direction
r: my friend climbs with you
r@ask_product: how much is a session
c: a day pass is fourteen dollars shoes and har ness are another six and our intro class is thirty five
c: the timetable is up on the website too but i can sign you up now
r: sure for saturday
c: cool what's your first name
r: dan
c[B]: see you saturday dan enjoy the climb
""",
        note="climbing gym, American; timetable on the website after full prices",
    )
    emit(
        "en8_h17",
        L,
        "S0 G0 C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: yep paddle pals
r: hi do you do paddleboard lessons for beginners
c: we do
r@ask_product: how much is a lesson
c: nine t minutes in a group is forty five pounds
r: okay thanks
c: no problem
""",
        note="paddleboard lessons; 'yep' is no greeting; short call; 'no problem' no closing",
    )
    emit(
        "en8_h18",
        L,
        "S0 G1 C1:pa N1:pa Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hello silver surfers computer club margaret here
r: hello my mum wants to learn to use her tablet
r@ask_product: what do the classes cost
c: they're free for over sixties the counsel pays for them we meet tuesday mornings
c: bring her along next tuesday at ten and we'll get her started
r: lovely
c: and who am i talking to in case i need to ring you
r: james
c[B]: thank you james all the best to your mum
""",
        note="computer courses for seniors; 'free for over sixties' is a price answer",
    )
    emit(
        "en8_h19",
        L,
        "S0 G1 C1 N1 Q1:pa P1:pa X1:wf W1 B1:wf",
        """
c[GCN]: hi street eats truck hire it's kelly
r: hi we'd like a food truck for our office party in july
c: sure let me just check the dairy one sec
c+38: right sorry about that
r@ask_product: how much would a pizza truck be for eighty people
c: pizza track for eighty is around 2000 dollars that includes three hours of service
c: i'll email you a proposal with menu options what's your name and email
r: mark at acme dot com
c[B]: thanks mark i'll get that over today thanks for calling
""",
        note="food truck hire; 38 s hold",
    )
    emit(
        "en8_h20",
        L,
        "S0 G1 C1 N0:out Q1 P1:pa X1 W1 B1",
        """
c[GC]: good afternoon hartley pianos
r: hi i'm looking for a second hand upright piano for my daughter who is just starting lessons
c: lovely and have you got a budget in mine and do you need it delivered upstairs or ground floor
r: under two thousand pounds ground floor
c[N]: right well i'm david by the way we've got a couple that would suit
r@ask_product: what have you got
c: there's a yamaha you one at eighteen fifty and a kemble at twelve hundred both tuned and de livered free
r: can i come and try them
c: of course come in any day this week what's your name
r: anna
c[B]: lovely anna have a good afternoon
""",
        note="piano shop; own name only after 20 s",
    )
    emit(
        "en8_h21",
        L,
        "S1:wf G1 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[GC]: morning tidy tip rubbish removal
r: morning i need a load of garden waste taken away
c: how'd you find out about us
r: flyer through the door
r@ask_product: how much for a van load
c: it's all on our web sigh you just put in the postcode and it gives you a price
r: can't you tell me
c: no sorry it's online only
r: alright
c: okay bye
""",
        note="rubbish removal; deflection with 'web sigh'",
    )
    emit(
        "en8_h22",
        L,
        "S0 G1 C1 N1 Q1 P1:pa X1:pa W1 B1:wf",
        """
c[GCN]: good morning crystal clear tiling mike speaking
r@ask_product: hi how much would you charge to tile a shower wall about eight square metres
c: eight metres with stand ard tiles you're looking at roughly 600 quid labour plus your tiles
c: i can come and measure up friday if you like and can i take your name
r: it's rachel
c[B]: thanks rachel see you friday thanks for ringing
""",
        note="bathroom tiling, British",
    )
    emit(
        "en8_h23",
        L,
        "S0 G1 C0:rob N0 Q0 P0 X0 W0:pa B0",
        """
c[G]: hi
r: hi is this the paintball place out by the motorway
c: yeah
r@ask_product: what's the price for a kids party
c: everything's online on the parties page mate
r: okay
c: bye
""",
        note="paintball; pure deflection; company only said by the robot",
    )
    emit(
        "en8_h24",
        L,
        "S0 G1 C1 N1 Q0 P1:pa X0 W1 B0:rob",
        """
c[GCN]: hello flutter lash studio this is mia
r@ask_product: hi how much is a lash lift
c: a last lift with tint is forty five
r: and who does them
c: that'd be our technician hanna
r: thank you so much have a lovely day goodbye
c: yep bye
""",
        note="eyelash studio; another staff member's name is not own name; the robot says the polite closing",
    )
    emit(
        "en8_h25",
        L,
        "S0:rep G1 C1 N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: good afternoon drain masters
r@ask_product: hi how much to empty a septic tank
c: standard domestic thank is two hundred and seventy five
c: my boss always says we should be asking people where they heard of us but i never member
r: ha and when can you come
c: thursday afternoon can i send the lorry than
r: yes
c[B]: thank you for calling have a good afternoon
""",
        note="septic tank emptying; source question only reported",
    )
    emit(
        "en8_h26",
        L,
        "S0:neg G1 C1 N1:pa Q1:wf P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hi blue horizon yacht school ellie on the phone
r: hi i want to get a gift voucher for a sailing taster day
c: lovely i won't bother asking how you found us everyone's from google these daze
r@ask_product: how much is the taster day
c: the taste or day is a hundred and twenty per person lunch included
c: i can send the voucher straight to your email whose name should go on the order
r: chris
c[B]: great chris it'll be with you in ten minutes fair winds
""",
        note="yacht school; the source question is explicitly not asked",
    )
    emit(
        "en8_h27",
        L,
        "S0 G1 C1 N0 Q0 P0 X1:pa W1 B0:out",
        """
c[GC]: hello print hub
r: hello can you print a figurine from a photo
c: not from a photo we need a three d model
r@ask_product: if i have a model what would it cost
c: depends on the size and the material send the model over and we'll have a look
r: okay
c[B]: thanks for calling have a great day
r: sorry one more thing do you do resin printing as well
c: yes we do raisin too
r: and how long does it usually take
c: normally two or three days depending on the cue
r: can i collect it or do you post it out
c: we can post it or you can collect from the you knit
r: do you take card payments
c: yep card or bank transfer
r: are you open saturdays
c: saturday mornings and till twelve
r: okay thanks
c: yep
""",
        note="3D printing; polite closing said early, the call goes on over 30 s",
    )
    emit(
        "en8_h28",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X0:rep W1 B0",
        """
c[GC]: hello lens and love photography
r@ask_product: hi how much for a half day wedding shoot
c: half day is eleven hundred
r: are you free in september
c: i'm book most of september usually people in my position would offer to meet up but i'm away till then so
r: i see
c: maybe try again in a couple of month
r: okay
c: yep okay
""",
        note="wedding photographer; meeting only described as what others would do; 'try again' not a next step",
    )
    emit(
        "en8_h29",
        L,
        "S0 G1 C1 N1 Q1 P1:pa,asr X1:pa W1:neg B1:wf",
        """
c[GCN]: hello clear it out junk removal my name's leon
r@ask_product: hi what would it cost to get rid of an old sofa and a fridge
c: don't bother with the website it's out of date so far and fridge together is ninety five
r: can you do today
c: i can send the lads after three what's your name please
r: susan
c[B]: cheers susan thank you for calling us
""",
        note="rubbish removal; website negated",
    )
    emit(
        "en8_h30",
        L,
        "S1:pa G1 C0:rob N0 Q0 P1:pa X1:pa W1:rob B0",
        """
c[G]: hello
r: hello is that the solar hot water people i couldn't find any prices on your website
c: yes that's right
c: can i ask were you referred by someone or did you see us somewhere
r: a neighbour has one of yours
r@ask_product: how much is a system for three people
c: a two hundred litre evacuated to be system is about four thousand two hundred installed
c: we could send someone out to look at your roof no charge
r: i'll think about it
c: no worries give us a call whenever
""",
        note="solar water heaters; website mentioned only by the robot; source asked as 'were you referred by someone'; 'give us a call whenever' is no closing",
    )
    emit(
        "en8_h31",
        L,
        "S0 G1:wf C1 N0 Q0 P0 X0 W0:wf B0",
        """
c[GC]: good evening sparkle jewellery repair
r@ask_product: good evening what do you charge to fix a broken chain
c: our prices are listed on the site have a look at the repairs page
r: could you not tell me
c: sorry i'm only covering the foam
r: alright
c: mm hm
""",
        note="jewellery repair; deflection to the repairs page",
    )
    emit(
        "en8_h32",
        L,
        "S0 G1 C1 N1:pa Q0:rob P1:pa X1:pa W1 B1",
        """
c[GCN]: frosty's ice rink parties ruby speaking hello
r: hello sorry what was your name again
c: ruby
r@ask_product: how much is a party for ten kids
c: two hundred and fifty for ten kids that's an hour on the eyes and the party room
c: i can email you our free dates for next month
r: yes please
c: what's the email
r: kate at mail dot com
c[B]: done have a lovely day
""",
        note="ice rink parties; the robot asks the callee's name, never the reverse",
    )
    emit("en8_h33", L, "", note="engaged tone", outcome="busy")
    emit(
        "en8_h34",
        L,
        "S0 G0 C1 N0 Q0 P1:pa,asr X1:pa,asr W1 B0",
        """
c[C]: yep tint shop
r: hi i want my front windows tinted
c: have you been in before
r: no
r@ask_product: how much is it
c: fronts are hundred and twenty
c: just rock up in morning first come first served
r: okay
c: yep
""",
        note="car tinting; near miss 'have you been in before'",
    )
    emit(
        "en8_h35",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello solemate foot clinic
r@ask_product: hi how much is a fungal nail treatment
c: let me check with the pod e a trist hold on
c+42: sorry she's with a patient
c: the fee list is all online if you google us
r: can you tell me yourself
c: no i don't have it too hand
r: okay thanks
c: you're welcome
""",
        note="podiatrist; 42 s hold; deflection 'the fee list is all online'; 'you're welcome' alone no closing",
    )
    emit(
        "en8_h36",
        L,
        "S1:pa G1 C1 N1 Q1 P1:pa X1:pa W1:inc B1",
        """
c[GCN]: hi there tile and grout co my name is aaron
r: hi i need my bathroom floor tiled
c: no problem was it a recommendation or did you find us online
r: recommendation
r@ask_product: what's your rate
c: floors are 35 a squared metre big form at tiles are fifty you can see our past jobs on the website
c: i'll come out and measure for free
r: great
c: what's your name
r: linda
c[B]: thanks linda thanks for calling
""",
        note="bathroom tiling; past jobs on the site after full prices",
    )
    emit(
        "en8_h37",
        L,
        "S0 G1:pa C1 N0 Q0 P1:pa X1:pa W1:inc B0",
        """
c[GC]: heya boulder barn
r@ask_product: hi how much is a monthly membership
c: unlimited is sixty a month students get ten per cent off photos of the walls are on our site if you want a peek
c: come down for a free taster any evening
r: okay
c: later
""",
        note="climbing gym; 'heya' greeting; site after full price; 'later' no closing",
    )
    emit(
        "en8_h38",
        L,
        "S0 G1 C1 N1:asr Q1:pa P1:pa X1:wf W1 B1:pa",
        """
c[GCN]: good morning sup surf school my nay miss josh
r: morning can we hire four boards
r@ask_product: how much per hour
c: bored are twenty an hour each so eighty for four with a quick safety briefing
r: is saturday morning free
c: saturday morning's free i can reserve them for you who's the booking for
r: emma
c[B]: sorted emma enjoy the water
""",
        note="paddleboard; 'my nay miss' for 'my name is'",
    )
    emit(
        "en8_h39",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:wf B0",
        """
c: yeah
r: hi is that the food truck hire company
c: what can i do for ya
r@ask_product: how much for a coffee truck at a wedding
c: our packages are on the website mate check them out there
r: can you give me a ballpark
c: not really you'd need to fill in the enquiry form on the site
r: okay
c: yep
""",
        note="food truck hire; enquiry form on the site is part of the deflection, not a next step",
    )
    emit(
        "en8_h40",
        L,
        "S1:pa G1 C1:pa N1:pa Q0 P1:pa X1:pa W1:rep B1:wf",
        """
c[GCN]: hello tech for seniors norma
r: hello i'm looking for computer lessons for my dad
c: where did you see our details was it the library notice board
r: yes the library
r@ask_product: how much are they
c: six lessons for sixty pound
c: my colleague would tell you to look online but i'd rather explain it classes are monday and wednesday
c: why not bring him along on monday for a trial
r: i will
c[B]: wonderful thank you for your call
""",
        note="computer courses for seniors; website in reported speech only",
    )
    emit(
        "en8_h41",
        L,
        "S0 G1 C1 N0 Q0:neg P1:pa X1:pa W1 B1",
        """
c[GC]: hello relax chairs
r@ask_product: hi do you have anything under two thousand dollars
c: yes we've got to under two grand one in stock and the other on order to weeks
c: i can put an order through over the phone no need for your name just the delivery address
r: i'll think about it
c[B]: sure thanks for calling have a nice evening
""",
        note="massage chairs; 'no need for your name'",
    )
    emit(
        "en8_h42",
        L,
        "S0 G1 C0 N0 Q0 P0 X0 W0:pa B0",
        """
c[G]: hello
r: hi i'm calling about wedding photography
c: where are you calling from
r: leeds
r@ask_product: what do you charge
c: i don't give prices over the phone everything's on my instagram
r: is the fourth of may free
c: no sorry
""",
        note="wedding photographer; near miss 'where are you calling from'; deflection to instagram page",
    )
    emit(
        "en8_h43",
        L,
        "S0 G1 C1 N1:pa Q0 P1:pa X0:neg W1 B1:wf",
        """
c[GCN]: hi bella lash bar olivia
r@ask_product: hi how much is a lash lift
c: lash lift is fifty with tent
r: can i come in today
c: we can't fit you in today or this week sorry fully book
r: okay
c[B]: thanks for calling bye now
""",
        note="eyelash; booking explicitly refused",
    )
    emit(
        "en8_h44",
        L,
        "S0 G0 C0:rob N0 Q0 P1:pa X1:pa W1 B0",
        """
c: what
r: hi is this the skip hire and rubbish removal
c: yeah
r@ask_product: how much is a skip
c: six yard or two sixty a week
r: tomorrow possible
c: yeah where
r: ten oak lane
c: done
""",
        note="rubbish removal, curt; near miss: only the address asked",
    )
    emit(
        "en8_h45",
        L,
        "S1:asr G1 C1 N1:pa Q1:wf P1:pa,asr X1:pa W1 B1:asr",
        """
c[GCN]: good morning sun heat solar jack
r@ask_product: good morning how much is a solar water heater for two people
c: for two people a one fifty litre flat plait is about two thousand eight hundred
c: we got them in stock
c: how did you here bout us
r: youtube review
c: great i can email you a quote for your house what name should i put on it
r: rob
c[B]: thanks rob thanks four calling
""",
        note="solar water heaters; source question and closing damaged by the recogniser",
    )
