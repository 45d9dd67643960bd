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
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: good morning rapid rooter emergency plumbing you're through to kerry
r: hi there i've got water coming through the kitchen ceiling from upstairs
c: oh no right okay first things first who've i got on the line
r: it's james
c: james and just so i know was it google or did someone pass our number on
r: a neighbour gave it to me
r@ask_product: how much is an emergency call out
c: call out is ninety five pounds that covers the first hour then it's forty five per half hour after that
c: i can have an engineer with you inside the hour if you give me the postcode
r: sw nine four ed
c[B]: lovely james he's on his way you take care now cheers for ringing
""",
        note="emergency plumbing; British; 'who've i got on the line' asks the caller's name; 'was it google or did someone pass our number on' asks the source",
    )
    emit(
        "en6_h02",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:pa B0",
        """
c: yeah
r: hi is that the countertop place granite works
c: yep
r@ask_product: roughly what would a quartz worktop cost for about three metres
c: mate it depends on the slab and the cut outs
c: just chuck your measurements into the quote builder online it spits out a price
r: can you not give me a ballpark
c: nah sorry not over the phone
r: okay
c: no worries
""",
        note="kitchen worktops; Australian; deflection to an online quote tool; robot names the company; 'no worries' is not a polite closing",
    )
    emit(
        "en6_h03",
        L,
        "S1 G1 C1 N0 Q1:wf P1:pa X1 W1 B1",
        """
c[GC]: hello royal academy ballet school good afternoon
r: hi i'm looking for ballet classes for my daughter she's six
c: lovely we have a pre primary class on saturdays how did you hear about us
r: a friend's daughter goes there
c: oh nice and what's your name and your daughter's name
r: i'm rachel and she's lily
r@ask_product: how much are the classes per term
c: it's one hundred and twenty pounds for a ten week term and the first class is a free trial
c: shall i pop lily down for a trial this saturday at ten
r: that would be great
c[B]: wonderful we'll see you both saturday have a lovely afternoon
""",
        note="ballet school; British",
    )
    emit(
        "en6_h04",
        L,
        "S0:rep G1 C1 N1 Q0 P1:pa X0 W1:inc B0",
        """
c[GCN]: hey blue lagoon hot tubs this is brandon
r: hi do you have any four seater hot tubs in stock
r@ask_product: and what's the price range
c: yeah we've got three on the floor right now from sixty nine ninety five up to ninety two hundred
c: you can see all the specs on our website too if you want the jet counts and stuff
c: my boss always wants us to ask how folks found us but honestly whatever
r: ha okay
c: so yeah swing by whenever or not
r: i'll think about it
c: sure thing
""",
        note="hot tub sales; American; source question only reported; website after a full answer; 'swing by whenever or not' vague, no concrete step",
    )
    emit(
        "en6_h05",
        L,
        "S1:pa G1:pa C1 N0 Q1:pa P0 X1:pa W1 B1:pa",
        """
c[GC]: morning oakleaf tree surgery
r: hi we've got a big sycamore overhanging the house and i'd like it taken down
c: right no problem can i ask what put you onto us was it the van or a flyer
r: i saw your van on our road
r@ask_product: how much does something like that usually cost
c: honestly i couldn't put a number on it without seeing it access makes a big difference
c: best thing is i come out and have a look free of charge who should i ask for when i get there
r: ask for priya
c: grand priya what's the address
r: fourteen elm close
c[B]: perfect i'll be out thursday morning thanks a million for the call
""",
        note="tree surgeon; Irish; survey visit offered instead of a price",
    )
    emit(
        "en6_h06",
        L,
        "S0 G1 C1 N1 Q0 P1:pa X0:neg W1 B0",
        """
c[GCN]: hi fresh pile carpet cleaning mike speaking
r: hi how much to clean a three bedroom house carpets
r@ask_product: and how long does it take to dry
c: for three bedrooms stairs and landing it's about one eighty and they're dry in four to six hours
r: okay that's helpful
c: i won't book you in now since you're still shopping around that's fine
r: yeah thanks
c: yep bye
""",
        note="carpet cleaning; negated booking offer; 'yep bye' not polite",
    )
    emit(
        "en6_h07",
        L,
        "S0 G0 C1 N1 Q1:asr P0 X1 W1 B1:asr",
        """
c[CN]: techfix business it support dan
r: hi we're a small law firm with twenty laptops looking for a support contract
c: sure and who am i speak in with
r: olivia from harper and co
r@ask_product: what would a monthly contract cost roughly
c: i'd need to know more about your setup servers backups that kind of thing before i quote
c: let me put together a proposal and email it over to you what's the best address
r: olivia at harper co dot uk
c[B]: got it olivia i'll get that out today thanks for cooling
""",
        note="IT support; no greeting; 'who am i speak in with' damaged; closing damaged 'cooling'",
    )
    emit(
        "en6_h08",
        L,
        "S1:asr G1 C1 N0 Q0 P1:pa X0 W1 B1",
        """
c[GC]: hello bright minds tutoring agency
r: hi i'm after a chemistry tutor for my son he's doing a levels
c: of course and where did you here about us
r: school newsletter
r@ask_product: what do your tutors charge
c: a level tutors are between thirty eight and fifty five pounds an hour depending on experience
r: okay i'll have a chat with my husband
c: no problem give us a ring if you decide
c[B]: have a good day
""",
        note="tutoring; homophone 'here' for 'hear'; 'give us a ring if you decide' is not a next step",
    )
    emit("en6_h09", L, "", note="no answer", outcome="no_answer")
    emit(
        "en6_h10",
        L,
        "S0 G1 C0 N0 Q0 P0 X0 W0:pa B0",
        """
c[G]: hiya
r: hi are you the bridal makeup artist
c: yeah that's me
r@ask_product: how much do you charge for a bride and two bridesmaids
c: all my packages are on my insta babe just have a look at the highlights
r: is june the fourteenth free
c: not sure i'd have to check
""",
        note="bridal makeup; deflection to an Instagram page; business only confirmed",
    )
    emit(
        "en6_h11",
        L,
        "S0 G1 C1 N1:wf Q1 P1:pa X1 W1:inc B1",
        """
c[GC]: good afternoon crown international removals
c[N]: you're speaking with siobhan
r: hi we're moving from leeds to melbourne a two bedroom flat
r@ask_product: what sort of cost and how long would that take
c: for a two bed shared container you're looking at around six to seven thousand pounds and about eight to ten weeks door to door
c: there's a moving guide on our site as well once you've got the quote
c: i can book a free video survey so we can firm it up can i take your name
r: tom
c[B]: thanks tom i'll send the survey link now thank you for calling crown
""",
        note="removals abroad; own name in 'you're speaking with'; site mentioned after a full answer",
    )
    emit(
        "en6_h12",
        L,
        "S0:neg G1 C1 N0 Q0 P1:pa X1:pa W1 B0",
        """
c[GC]: hey there volt cycles
r: hi do you have any folding e bikes
r@ask_product: what have you got and what do they cost
c: we've got two folders in right now one at fourteen ninety nine and one at nineteen fifty
c: i'm not gonna ask how you heard of us don't worry
c: come down and take one for a spin we're open till six
r: cool where are you
c: corner of fifth and pine
r: thanks
c: yup
""",
        note="e-bike shop; American; negated source question; invitation to test ride",
    )
    emit(
        "en6_h13",
        L,
        "S0 G1 C1 N0 Q1:pa P0 X1 W0:asr B0:out",
        """
c[GC]: good evening shade masters blinds
r: hi i'd like roller blinds for four windows
r@ask_product: what would that cost per window roughly
c: do you have the sizes
r: not yet
c: well without sizes i can't really have a look at the web sight there's a calculator
c: or i can send a fitter to measure whose name should i book it under
r: i'm laura
c[B]: okay laura that's booked thanks for calling have a lovely evening
r: oh sorry one more thing is the measuring free
c: let me just check hold on
c+25: hi yes it's free if you order
r: okay bye
c: bye
""",
        note="window blinds; 'web sight' homophone; polite closing said early then the call goes on over 30 s",
    )
    emit(
        "en6_h14",
        L,
        "S1:pa G1 C1 N1 Q1:wf P1:pa X1 W1 B1:pa",
        """
c[GCN]: hello sugar and spice cakes it's megan
r: hi i need a birthday cake for my son
c: aw lovely what led you to us
r: your reviews
c: thank you and can i get your name
r: sarah
r@ask_product: how much is a cake for about twenty people
c: a two tier for twenty starts at eighty five and goes up to about a hundred and twenty with decorations
c: i can take your order now what date do you need it
r: the twelfth
c[B]: perfect sarah you're all set for the twelfth thanks so much see you then
""",
        note="custom cakes; 'what led you to us' asks the source",
    )
    emit(
        "en6_h15",
        L,
        "S0 G0:out C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[C]: alpine ski hire
r: hi could i rent skis for the weekend
c: one sec
c+8[G]: hello sorry about that
r@ask_product: how much for skis boots and poles for two days
c: full set is thirty two euro a day so sixty four for two
r: do i need to book
c: no there's plenty
r: great thanks
c: yep
""",
        note="ski rental; greeting only after a pause, outside 10 s",
    )
    emit(
        "en6_h16",
        L,
        "S1:pa G1 C1 N1 Q1 P1:pa X1 W1 B1",
        """
c[GCN]: good morning clearsound hearing centre jess speaking
r: hi i'd like to book a hearing test for my dad
c: of course what's your name please
r: helen
c: thanks helen were you referred by your gp or did you find us yourselves
r: we found you ourselves online
r@ask_product: how much is a hearing test
c: the full hearing assessment is free for over sixty fives and forty five pounds otherwise
c: i have thursday at ten or friday at two would either suit
r: friday please
c[B]: lovely that's booked have a great day
""",
        note="hearing test clinic; 'referred by your gp or did you find us yourselves' asks the source",
    )
    emit(
        "en6_h17",
        L,
        "S0 G0 C0:rob N0 Q0 P1:pa X0 W1 B0",
        """
c: yeah
r: hi is this the chimney sweep
c: what
r@ask_product: how much to sweep a chimney in a terraced house
c: sixty quid
r: could you do this week
c: no ring back next month
r: okay
""",
        note="chimney sweep; brusque; 'ring back next month' not a next step",
    )
    emit(
        "en6_h18",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1:inc B1",
        """
c[GC]: hi aqua world aquarium shop
r: hi have you got a one hundred litre tank with a cabinet
r@ask_product: and how much
c: yep in stock tank cabinet lid and lights for two forty nine
c: and there's photos on the product page on our site if you want a look
c: i can hold one for you till tomorrow
r: yes please
c[B]: done thanks for calling see ya
""",
        note="aquarium shop; site after a full answer",
    )
    emit(
        "en6_h19",
        L,
        "S1:wf G1 C1 N1 Q1:pa P0 X1 W0 B1",
        """
c[GC]: hello safeguard alarms
c[N]: aiden here how can i help
r: hi i want an alarm with cameras for my house
c: sure how'd you come to hear of us
r: my brother in law
c: and your name sir
r: vladimir
r@ask_product: what does a kit with installation cost
c: bear with me one moment
c+30: vladimir sorry our standard kits with fitting are all listed on the website have a look there
c: or if you want a proper quote our engineer can do a free survey
r: yes let's do that
c[B]: great i'll book saturday have a good day
""",
        note="alarm installer; deflection after a hold, then a survey offered",
    )
    emit(
        "en6_h20",
        L,
        "S0 G1 C1 N0 Q1 P1:pa X1 W1 B1",
        """
c[GC]: good afternoon nordic sauna builders
r: hi i'd like a sauna built in my garden about two by three metres
r@ask_product: how long and how much
c: a garden cabin that size takes about three weeks and it starts at around twelve thousand pounds with a heater
c: our site foreman gary can come and look at the spot what's your name
r: ken
c: ken gary can come any weekday
r: wednesday then
c[B]: lovely ken wednesday it is all the best
""",
        note="sauna construction; 'gary' is another person's name (not own name)",
    )
    emit(
        "en6_h21",
        L,
        "S0 G1:asr C1 N0 Q0 P1:pa X0:rep W1 B0",
        """
c[GC]: good day to you vintners cellar
r: hi do you have any rioja
r@ask_product: what price range
c: yeah several from twelve pound fifty up to forty
r: could you put a bottle aside
c: we normally do hold bottles but we're doing stock take so not this week
r: shame
c: mm
""",
        note="wine shop; 'good day to you' merged in recogniser output as greeting with 'to you'; holding described as usual and withdrawn",
    )
    emit(
        "en6_h22",
        L,
        "S1:asr G1 C1 N1 Q1 P1:pa X1:pa W1 B1:pa",
        """
c[G]: hello
c[CN]: twenty four seven plumbing dispatcher anna speaking
r: my toilet's leaking all over the floor
c: right how did you fine does was it on google maps
r: yes maps
c: what's your name
r: peter
r@ask_product: how much for an urgent call
c: urgent call out is one twenty and we're there within forty minutes
c: sending someone now peter what's the address
r: seven pushkin road flat twelve
c[B]: got it hang tight and thanks ever so much for calling
""",
        note="emergency plumbing; 'how did you fine does' damaged for 'find us'",
    )
    emit(
        "en6_h23",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W0 B0",
        """
c: what do you want
r: hi is this the worktop company
c: yeah
r@ask_product: how much is a solid oak worktop per metre
c: dunno mate i'm just the fitter
c: look it up on the website it's all on there
r: can i talk to someone in sales
c: they've gone home
""",
        note="kitchen worktops; rude; deflection",
    )
    emit(
        "en6_h24",
        L,
        "S0:rob G1 C1 N1 Q0 P1:pa X1 W1:rob B1",
        """
c[GCN]: hi there first position ballet you're speaking to veronica
r: hello my friend recommended you and i looked at your website for the timetable
r@ask_product: do you have adult beginner classes and how much are they
c: yes tuesdays and thursdays at seven thirty it's sixty pounds a month
c: come along to a trial on thursday
r: okay
c[B]: great see you then have a good evening
""",
        note="ballet school; robot volunteers the source and the website",
    )
    emit(
        "en6_h25",
        L,
        "S0 G0 C1:pa N0 Q0 P1:pa X0 W1:neg B0",
        """
c[C]: yeah carpet cleaners
r: hi my dog ruined a rug can you get stains out
c: most of them
r@ask_product: how much
c: from four quid a square foot with stain treatment don't bother with the website the prices are old
r: do you collect
c: no drop off only
r: right
""",
        note="carpet cleaning; negated website mention",
    )
    emit(
        "en6_h26",
        L,
        "S1:pa G1 C1 N0:out Q1:wf P1:pa X1 W1 B0:rob",
        """
c[GC]: hi you've reached byte it support
r: hi our office server just died we need someone urgently
c: oh dear okay let's sort that out have you used us before or did someone give you our details
r: our accountant
c: right and who should i put this down for and what's the office address
r: i'm irene it's ten forest lane
c[N]: irene it's dave i'm the engineer i'll come myself
r@ask_product: what's the cost for an urgent visit
c: urgent is ninety five an hour first hour charged in full
r[B]: thank you so much have a good day
c: yep
""",
        note="IT repair; 'did someone give you our details' asks the source; own name after 20 s; only the robot closes politely",
    )
    emit(
        "en6_h27",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf B1",
        """
c[GC]: good morning scholars tutoring
r@ask_product: could you tell me what english lessons for adults cost
c: we match everyone through our online form so if you fill that in on our website you'll get matched
r: but roughly
c: it varies
r: okay
c[B]: thanks for your call bye now
""",
        note="tutoring; deflection to a form on the website",
    )
    emit(
        "en6_h28",
        L,
        "S0:rob G1:pa C1 N1 Q1:pa P1:pa X1 W1 B1",
        """
c[GCN]: hey lovely it's beauty by chloe
r: hi my cousin told me about you i'm getting married in august
c: oh congratulations and what do i call you hun
r: daria
r@ask_product: how much is a bridal look with hair
c: hair and makeup for the bride is four hundred and fifty trial's another eighty
c: let me pencil your date in now which day in august
r: the nineteenth
c[B]: you're in daria congrats again all the best
""",
        note="bridal makeup; 'hey lovely' greeting; robot volunteers source",
    )
    emit(
        "en6_h29",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0:out",
        """
c[GC]: hello euro movers
r: hi how much to move to kazakhstan
c[B]: ah we only do europe sorry thanks for calling have a good one
r: wait could you recommend anyone
c: not really have a search around
r: do you go to serbia
c: serbia yes
r@ask_product: what would a one bed flat to serbia cost
c: hang on
c+30: can't tell you now the planner's out have a look at the rates page online
r: okay
""",
        note="removals abroad; closing said early, call goes on over 30 s; deflection to a rates page",
    )
    emit(
        "en6_h30",
        L,
        "S0 G1 C1 N1 Q1 P1:pa X1:pa W1:inc B1:pa",
        """
c[GCN]: g'day drive e bikes tim speaking
r@ask_product: hi have you got an electric fat bike with about sixty k range
c: yeah the x seventy does up to seventy k it's two thousand four hundred bucks in stock in black and blue
c: there's a review video on our website if you're keen
c: what was your name
r: roman
c: roman i can hold one for two days with a deposit
r: sure
c[B]: too easy roman have a good arvo
""",
        note="e-bike shop; Australian; video on the site after a full answer",
    )
    emit("en6_h31", L, "", note="busy", outcome="busy")
    emit(
        "en6_h32",
        L,
        "S0 G0 C1 N0 Q0 P1 X0 W1 B1",
        """
c[C]: blinds direct
r@ask_product: hi do you keep vertical blinds in stock or is it made to order
c: made to order about five working days
r: okay thanks
c[B]: no problem at all you have a great day
""",
        note="window blinds; short; lead time answer",
    )
    emit(
        "en6_h33",
        L,
        "S1 G1 C0 N0 Q0 P1:pa X0 W1 B0",
        """
c[G]: hello
r: hi do you do bento cakes
c: yes we do how did you hear about us
r: instagram
r@ask_product: how much is a bento cake
c: fourteen pounds plain fifteen with writing
r: okay i'll think about it
c: sure
""",
        note="cakes; business never named by the callee; ends abruptly",
    )
    emit(
        "en6_h34",
        L,
        "S0 G1 C1 N1:asr Q0:neg P1:pa X1 W1 B1",
        """
c[GCN]: morning peak ski rentals in a here
r: hi i want to reserve a snowboard for saturday
r@ask_product: have you got any and how much
c: for saturday yes board and boots thirty euro a day
c: i'll reserve it no need for a name just this phone number
r: yes this one
c: have you rented with us before
r: no first time
c[B]: all booked enjoy the slopes
""",
        note="ski rental; 'in a here' damaged 'inna here'; 'no need for a name'; 'rented with us before' is not the source question",
    )
    emit(
        "en6_h35",
        L,
        "S0 G1 C1 N0 Q1:asr P0 X0 W1 B0",
        """
c[GC]: hello hear well clinic
r@ask_product: hi what hearing aids do you have and what do they cost
c: oh that's only after a test the audiologist chooses i couldn't say
c: can i take your nay more
r: nina
c: nina give us a call when you're ready
r: okay
""",
        note="hearing clinic; 'nay more' for 'name'; 'give us a call when you're ready' not a next step",
    )
    emit(
        "en6_h36",
        L,
        "S1:pa G1 C1 N1 Q0 P1:pa X1 W1 B1",
        """
c[GCN]: top hat chimney sweeps hello nick here
r: hi i need my chimney swept and the stove looked at
c: who pointed you our way
r: a stove fitter i know
r@ask_product: can you give me an idea on price
c: a sweep up to two storeys is seventy five and a stove service another forty cctv check's free
c: i could come monday morning
r: that works
c[B]: brilliant cheers for calling
""",
        note="chimney sweep; 'who pointed you our way' asks the source",
    )
    emit(
        "en6_h37",
        L,
        "S0 G1:asr C0 N0 Q1 P1:pa X1 W1 B1",
        """
c[G]: hell oh
r: hi do you have cherry shrimp
r@ask_product: how much each
c: two fifty each or two quid each if you take ten
c: i'll put some aside for you what's your name
r: oleg
c[B]: got them aside oleg pick up before six thanks
""",
        note="aquarium shop; 'hell oh' damaged hello; business never named",
    )
    emit(
        "en6_h38",
        L,
        "S1:pa G1 C1 N0 Q1:wf P0 X1:pa W0:pa B1",
        """
c[GC]: good afternoon bastion security systems
r@ask_product: hi how much to put an alarm in a shop
c: it's based on floor area can i ask how you came to be calling us
r: a recommendation
c: the pricing's all broken down under services on our web page have a read
c: or i'll email you a proposal if you tell me your name and the shop name
r: andrew it's called cosy
c[B]: andrew look out for the email have a good day
""",
        note="alarm installer; deflection then email proposal",
    )
    emit(
        "en6_h39",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X0 W1:rep B0",
        """
c[GC]: hi there we build saunas
r: hi how much for a log sauna three by four
c: i'll be straight other outfits would tell you to go look at their site but i'll give you a number
r@ask_product: go on then
c: turnkey between twenty and twenty eight grand depending on finish
r: thanks
c: yep
""",
        note="sauna construction; reported deflection by others",
    )
    emit(
        "en6_h40",
        L,
        "S0:rep G1 C1 N1 Q0 P1:pa X1 W1 B1",
        """
c[GCN]: good evening the wine cellar sommelier paul
r: evening i'm after a white to go with fish under twenty pounds
c: the manager likes us to ask where customers heard about us but let's skip that
r@ask_product: what would you suggest
c: we've a new zealand sauvignon at eighteen and an albarino at sixteen both in stock
c: i can set both aside at the till for you
r: please
c[B]: will do enjoy your evening
""",
        note="wine shop; reported source question",
    )
    emit(
        "en6_h41",
        L,
        "S0 G0:rob C1 N0 Q0 P0 X0 W1 B0",
        """
r[G]: good afternoon
c[C]: cake studio
r: i wanted to ask about a wedding cake
r@ask_product: how much is a three tier
c: oh love the baker's on holiday till monday i can't say
r: is there anyone else
c: nope
""",
        note="cakes; only the robot greets; no answer, no deflection",
    )
    emit(
        "en6_h42",
        L,
        "S0 G1 C0:out N0 Q1 P1:pa X1 W1 B1",
        """
c[G]: hello
r: hi is this the sauna builders
c: one moment i'll transfer you to the workshop
c+12[C]: hello finnish sauna workshop
r@ask_product: hi how much for a sauna in a flat
c: in a flat from four grand with an electric heater
c: i can send someone to measure what's your name
r: anna
c[B]: anna have a good one
""",
        note="sauna construction; company named only after a transfer, outside 15 s",
    )
    emit(
        "en6_h43",
        L,
        "S1:pa G1 C1 N0 Q1 P0 X0 W0:asr B0",
        """
c[GC]: hello carpet studio
r: hi how much to clean a sofa
c: was it word of mouth that brought you to us or the advert
r: the advert
c: and your name is
r: gail
r@ask_product: so how much roughly
c: gail all the prices are on the web site under prices have a look
r: okay
c: hold on i've got another line
""",
        note="carpet cleaning; 'and your name is' asks the caller's name; deflection with 'web site' split; abrupt end",
    )
    emit(
        "en6_h44",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X1 W1 B1:pa",
        """
c[GC]: good afternoon sound health clinic
r: hi can a child get a hearing test
c: yes from three years old
r@ask_product: how much is it
c: children's hearing test is thirty five pounds
c: i can book you in tomorrow at five
r: okay
c[B]: see you tomorrow look after yourself
""",
        note="hearing clinic; 'look after yourself' as a polite closing",
    )
    emit(
        "en6_h45",
        L,
        "S0:rob G1:pa C1 N0 Q0 P1:pa X0 W1 B0",
        """
c[GC]: how ya going plumbing emergencies
r: hi i saw your ad at the bus stop
r@ask_product: how much to replace a mixer tap
c: labour's sixty bucks you supply the tap
r: when can you come
c: today's a no go where are you calling from
r: the city
c: yeah nah tomorrow's looking full too
r: okay
""",
        note="plumbing; Australian; 'where are you calling from' is not the source question; robot volunteers source",
    )
