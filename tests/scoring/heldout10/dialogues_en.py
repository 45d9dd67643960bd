"""Held-out set 10, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Written by an independent writer; labels decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues of set 10."""
    e = emit
    e(
        "en10_h01",
        "en",
        "S1:pa G1 C1 N1 Q1:wf P1:pa,asr X1:pa,asr W1 B1:pa",
        """
c[GCN]: good morning leaf and kettle tea merchants this is hannah speaking
r: hi there i'm after some loose tea
c: lovely what can i help width
r@ask_product: do you have first flush darjeeling
c: we do yeah it's a bout eleven pounds fifty for a hundred grams
c: can i ask how you came across us
r: a friend bought me some of yours for christmas
c: oh nice and who am i speaking with
r: james
c: james i can pop a bag a side for you behind the counter
r: perfect
c[B]: lovely thanks for ringing have a good day
""",
        "tea shop, british; source as 'came across us'",
    )

    e(
        "en10_h02",
        "en",
        "S1:pa,asr G1:pa C1 N0:out Q1 P1:pa,asr X1:pa W1 B0",
        """
c[GC]: g'day buzz off bee rescue
r: hi we've got a swarm of bees in our letterbox
c: oh yeah they love a letter box
r@ask_product: how much would it cost to get them out
c: look it's usually around one fifty for a swarm call a more if we gotta open up a wall
c: who put you on to us mate
r: the council website
c[N]: righto i'm dave by the way what's your name
r: lucy
c: lucy i can get a bloke out there this arvo
c: no worries see ya
""",
        "bee removal, australian; own name given after 20 s; 'no worries see ya' is not a polite closing",
    )

    e(
        "en10_h03",
        "en",
        "S0 G1 C1:wf N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hi thanks for calling brightnest smart homes
r@ask_product: hi how much would it be to install a smart thermostat
c: honestly every house is diff rent you'd have to check our website we have a pricing tool on there
r: can you give me a rough idea
c: not really the tool is pretty accurate
c: alright bye now
""",
        "smart home, american; deflection to a pricing tool on the site",
    )

    e(
        "en10_h04",
        "en",
        "S1:pa G1 C1 N1:asr Q0 P1:pa,asr X1:pa,asr W1 B1:pa",
        """
c[GCN]: hello little voices speech and language clinic shiv awn speaking
r: hi my son is four and he's not really talking much yet
c: okay and was it your gp who referred you or
r: yes the gp
r@ask_product: what does an assessment cost
c: the initial assessment is ninety year oh and sessions after that are sixty five
c: grand and what's the little fella's name
r: oisin
c: i can put you down for thirsty at half three
c[B]: thanks a million for calling bye bye
""",
        "speech therapist, irish; the name Siobhán damaged by ASR; asks the child's name, not the caller's",
    )

    e(
        "en10_h05",
        "en",
        "S1 G1 C0:rob N0 Q1:pa P1:pa,asr X1:pa W1 B0",
        """
c[G]: yeah hello
r: hi is this ridesafe motorcycle training
c: yeah that's us
r@ask_product: how much is a cbt
c: cbt's a hundred and forty five including bike and helmet higher
c: did you see our advert in the paper
r: no online
c: right what name is it
r: tom
c: i've got a space saturday the fourteenth want me to pencil you in
r: yes please
c: cheers bye
""",
        "motorcycle training, british; company only named by the robot",
    )

    e(
        "en10_h06",
        "en",
        "S1:wf G0 C0 N1:pa Q0 P1:pa,asr X1:pa,asr W1 B1:pa",
        """
c[N]: yeah marco here
r: hi are you the dj who does weddings
c: that's me
r@ask_product: how much for a wedding reception five hours
c: for five hours with lights and mics i do twenty to hundred
c: how'd you get my number
r: my cousin had you at her wedding
c: sweet i'll text you my available tea and a contract
c[B]: awesome thanks for reaching out man take it easy
""",
        "dj for hire, american; no greeting, no business named by the callee",
    )

    e("en10_h07", "en", "", "", "no answer", outcome="no_answer")

    e(
        "en10_h08",
        "en",
        "S0 G1 C1 N0 Q1:pa P1:pa X1:pa,asr W1 B1:wf",
        """
c[GC]: good afternoon basecamp hire
r@ask_product: hi do you have a six man tent free for the bank holiday weekend
c: hang on let me cheque
c+30: sorry about that no all the six man ones are out that weekend
c: where are you calling from by the way are you local
r: yeah just up the road
c: i could do you two three man ones in stead and hold them till friday
r: that works
c: what name shall i hold them under
r: priya
c[B]: lovely thank you for calling
""",
        "camping equipment rental, british; availability 'no' with details after a hold; 'where are you calling from' hard negative",
    )

    e(
        "en10_h09",
        "en",
        "S0:rob G1 C1:pa N0 Q1:wf P1:pa,asr X1:pa,asr W1:inc B1",
        """
c[GC]: hello stitch doctors how can i help
r: hi my neighbor recommended you my bernina is skipping stitches
r@ask_product: what would a service cost
c: a standard service is eighty nine dollars and it's usually back in a weak
c: you can see our hours on the website too
c: can i get a name for the ticket
r: carol
c: carol you can drop it of any time before five
c[B]: thank you have a good one
""",
        "sewing machine repair, american; source volunteered by the robot; website only for hours after the price",
    )

    e(
        "en10_h10",
        "en",
        "S1:pa G1 C1 N1:pa Q1:wf P1:pa X1:pa,asr W1 B1:wf",
        """
c[GCN]: good evening regency chauffeurs you're speaking with oliver
r@ask_product: hello what would an airport transfer to heathrow cost in an s class
c: from central london that's one hundred and ninety pounds including weighting time
c: may i ask what brought you to us
r: we used you for a wedding last year
c: how lovely and may i take your name
r: mrs harper
c: shall i send you a rotten quotation by email mrs harper
r: yes please
c[B]: thank you for calling good evening
""",
        "luxury chauffeur, british formal",
    )

    e(
        "en10_h11",
        "en",
        "S0 G1 C0:rob N0 Q0 P1:pa,asr X1:pa,asr W1:inc B0",
        """
c[G]: yeah hello
r: hi is that the allotment shop
c: that's us
r@ask_product: do you sell rotavators
c: we've got two in stock at the moment a petrol one at to ninety nine and a small electric at one forty
c: they're both on our website if you want pictures
r: great
c: want me to put one buy for you
c: ta ra
""",
        "allotment tool shop, british; website for pictures after a full answer; 'ta ra' not a polite closing",
    )

    e(
        "en10_h12",
        "en",
        "S1:wf G0 C1 N0 Q0 P1:pa,asr X1:pa W1 B1",
        """
c[C]: sharp as knife sharpening
r@ask_product: hi how much to sharpen a set of six
c: six knives mate that sixty bucks ten each
c: just outta curiosity how'd you find us
r: saw your van at the markets
c: drop em in tuesday and they'll be ready wednesday arvo
c[B]: cheers have a good one
""",
        "knife sharpening, australian; no greeting",
    )

    e(
        "en10_h13",
        "en",
        "S0 G0:out C1 N0 Q1 P0 X1:pa W0:pa B0",
        """
c: yep
r: hi i'm looking to get my garage floor done with epoxy coating do you guys do residential garages or just commercial
c+2[GC]: sorry hi floorshield coatings yes we do residential
r@ask_product: how much for a two car garage
c: we don't give prices over the phone you can get a ballpark from the calculator on our site
c: or i can schedule a free estimate this week
r: sure
c: what's the address and your name
r: mike on elm street
c: okay bye
""",
        "epoxy floor, american; greeting only after 10 s; company inside 15 s; refusal with a site calculator",
    )

    e(
        "en10_h14",
        "en",
        "S0 G1:pa C1 N0 Q1:wf P1:pa,asr X1:asr W1:neg B1:pa",
        """
c[GC]: morning skyward balloons
r@ask_product: hi how much is a balloon flight
c: i won't just send you to the website i'll tell you now its too hundred and twenty nine per person
r: great
c: could i take a name
r: ellie
c: i can book you on to a june flight
r: lovely
c[B]: thanks very much have a lovely day
""",
        "hot air balloon flights, british; negated website mention",
    )

    e(
        "en10_h15",
        "en",
        "S0 G0:rob C1 N1:pa Q1:pa P1:pa,asr X1:pa W1:inc B1:pa",
        """
r: hi there
c[CN]: memory lane albums jess speaking
r@ask_product: how much for a forty page layflat album
c: forty pages lay flat starts at a hundred and twenty nine dollars
c: and you are
r: karen
c: karen i can email you a proof once you upload the photos on our site
c[B]: thanks so much bye
""",
        "family photo albums, american; only the robot greets",
    )

    e(
        "en10_h16",
        "en",
        "S0 G1:pa C0:rob N0 Q0 P0 X0 W0:pa B1",
        """
c[G]: howya
r: hi is that the marine engine place
c: it is
r@ask_product: how long would a service on an outboard take
c: ah it depends really could be a week could be three there's a rough guide on our web page
c: give us a ring in a couple of weeks
c[B]: right so thanks for calling good luck
""",
        "boat engine repair, irish; 'depends' is no answer; deflection to the web page; 'give us a ring' not an offer",
    )

    e(
        "en10_h17",
        "en",
        "S1:pa G1:pa C1 N0 Q1:wf P1:pa,asr X1:pa,asr W1 B1",
        """
c[GC]: hiya little kickers academy
r: hi my son's six and he's mad about football
r@ask_product: how much are the sessions
c: it's six pound fifty a session or twenty for a month
c: did one of the other mums tell you about us
r: yeah sarah's mum
c: ah lovely what's your name love
r: gemma
c: come down saturday for a free tasting gemma
c[B]: thanks for calling see you saturday
""",
        "children's football academy, british",
    )

    e(
        "en10_h18",
        "en",
        "S0:rep G1 C1 N1 Q0 P0 X1:pa W1 B0",
        """
c[GCN]: hi there paddock to plate mel speaking
r@ask_product: hi what's in a small box and how much is it
c: it changes every weak depending what's in season i can't really say
c: my boss reckons we should ask everyone how they heard of us but whatever
c: i can sign you up for thursday's delivery if you like
r: okay
c: no worries
""",
        "organic vegetable boxes, australian; source question only reported; no answer to the product question",
    )

    e(
        "en10_h19",
        "en",
        "S1:wf G1 C1 N1:pa Q1:pa P1:pa,asr X1:pa,asr W1 B1",
        """
c[GC]: hello math masters tutoring
r: hi my daughter needs help with sat math
c[N]: sure i'm dana i handle enrollment
r@ask_product: how much is sat math prep
c: our packages start at around sixty and hour
c: and how did you hear about math masters
r: her school counselor
c: who do i have the pleasure of speaking with
r: linda
c: linda we could do a free diagnostic taste next tuesday
c[B]: thanks for calling
""",
        "maths exam tutoring, american",
    )

    e(
        "en10_h20",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:asr B0",
        """
c[GC]: hello mitchell's upholstery
r@ask_product: hi how much to recover a wing back chair
c: all our fabrics and prices are on the web sight
c: bye
""",
        "upholstery, british; short deflection with ASR homophone 'web sight'",
    )

    e(
        "en10_h21",
        "en",
        "S1:pa G1 C1 N1 Q1:wf P1:pa X1:pa,asr W1 B1",
        """
c[GCN]: hi crowning glory wigs this is tasha
r@ask_product: hi do you have human hair wigs in stock in blonde
c: yeah we got about five blonds in right now from six hundred up to about fourteen hundred
c: were you referred by your oncologist or did you find us online
r: my nurse told me
c: okay can i get your first name
r: debbie
c: debbie i can book you a private fitting room this weak
c[B]: take care hon
""",
        "wig salon, american",
    )

    e(
        "en10_h22",
        "en",
        "S0 G1 C1 N0 Q0 P1:pa X0 W1:inc B0",
        """
c[GC]: hello up up and away balloon rides
r: hi i'm rachel by the way
c: hi rachel have you flown with us before
r: no never
r@ask_product: how much per person
c: it's two fifty a person weekdays two seventy five weekends
r: great thank you
c: you can book on the website whenever
c: you're welcome
""",
        "hot air balloons, american; 'flown with us before' hard negative; booking on the site after the answer is not a deflection nor an offer",
    )

    e(
        "en10_h23",
        "en",
        "S0 G1 C1 N0:out Q0 P1:pa X1:pa,asr W1 B1:pa",
        """
c[GC]: hello the tea caddy
r: hi i was in your shop last week and bought some breakfast tea and i can't remember which one it was
c: okay no bother
r@ask_product: is your irish breakfast loose leaf and how much is it
c: it is yeah seven euro for two fifty grams
c[N]: i'm aoife by the way i could post it out to you to morrow
r: that'd be great
c[B]: thanks a million bye now
""",
        "tea shop, irish; own name after 20 s",
    )

    e(
        "en10_h24",
        "en",
        "S0 G0 C1 N0 Q0 X0 W1 B0",
        """
c[C]: elite car service
r: hi i need a car for next saturday
c: sorry were fully booked this month
""",
        "luxury chauffeur, american; abrupt call, robot never reaches the product question",
    )

    e(
        "en10_h25",
        "en",
        "S0 G1 C1:pa N0 Q0 P1:pa,asr X0 W1 B0:rob",
        """
c[G]: hello
r: hi is that pest control
c[C]: yep bee removal
r@ask_product: do you remove honey bees
c: we do we relocate them to a bee keeper it's usually ninety quid
c: ring us back if they're still there in a week
r: thank you goodbye
c: bye
""",
        "bee removal, british; the polite closing is the robot's; 'ring us back' is not an offer",
    )

    e("en10_h26", "en", "", "", "busy", outcome="busy")

    e(
        "en10_h27",
        "en",
        "S1:wf G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello homewise
r@ask_product: hi how much is a smart lighting package
c: everything's laid out on the site mate all the packages
c: where did you hear about us then
r: radio ad
c: cheers
""",
        "smart home, british; deflection paraphrased",
    )

    e(
        "en10_h28",
        "en",
        "S0:neg G1:pa C1 N0 Q1:pa,asr P1:pa,asr X1:pa W1 B1:pa",
        """
c[GC]: g'day outback gear hire
r@ask_product: hi how much are swags for a week
c: swags are fifteen a night so a hundred and five for the weak
c: i won't ask how you found us we're the only ones out here
c: righto name for the boo king
r: steve
c: i'll put two aside for you steve
c[B]: no dramas have a ripper trip
""",
        "camping rental, australian; negated source question",
    )

    e(
        "en10_h29",
        "en",
        "S1:wf G1 C1 N0 Q0 P1:pa X1:pa,asr W1 B0:out",
        """
c[GC]: hi speak easy therapy
r@ask_product: hi do you take insurance and what's the rate
c: we're out of network the session rate is one forty five
c: how did you get referred to us
r: our pediatrician
c: what's the patient's name
r: noah
c: i can get you on the wait list for an evaluation
c[B]: thank you so much for calling
r: oh sorry one more question how long is the waitlist
c: let me check
c+40: okay sorry i'm back about six weeks
r: okay
""",
        "speech therapist, american; patient's name is not the caller's; closing said early, the call goes on over 30 s",
    )

    e(
        "en10_h30",
        "en",
        "S0 G1 C1 N0 Q1:wf P1:pa,asr X1:pa W1:rep B1:wf",
        """
c[GC]: hello singer sewing centre
r@ask_product: hi how much is a service on an old singer
c: some places would tell you to look it up online but it's thirty five pounds for a basic surface
c: what's your surname
r: jones
c: bring it in thursday missus jones
c[B]: thank you bye bye
""",
        "sewing machine repair, british; website deflection only reported",
    )

    e(
        "en10_h31",
        "en",
        "S0 G1:pa C1 N0 Q0 P1:pa X0:neg W1 B1:pa",
        """
c[GC]: hiya beat drop events
r@ask_product: hi do you have any saturdays free in december
c: december's fully booked all the weekends sorry
c: we can't take any more bookings for december
c[B]: sorry i couldn't help have a nice evening
""",
        "dj for hire, british; availability 'no' with details; negated booking",
    )

    e(
        "en10_h32",
        "en",
        "S1:pa G1:pa C1 N1 Q1:wf P1:pa,asr X1:pa,asr W1 B1:pa",
        """
c[GCN]: hey there throttle up riding school i'm kyle
r@ask_product: hi how much is the basic rider course
c: its three hundred fifty bucks you get a bike and helmut
c: did somebody refer you
r: my brother
c: cool who am i talking to
r: jen
c: want me to put you in the glass on the nineteenth
c[B]: take it easy
""",
        "motorcycle training, american",
    )

    e(
        "en10_h33",
        "en",
        "S0 G0 C1 N0 Q1:wf P0 X1:pa,asr W1 B1",
        """
c[C]: yeah photobook studio
r@ask_product: hi how much for a family album with fifty pages
c: i'd have to check with my manager
c: can i grab your name and number
r: anna oh seven seven
c: i'll ring you back this after noon with a price
c[B]: thanks for calling bye
""",
        "photo albums, british; callback at the callee's initiative",
    )

    e(
        "en10_h34",
        "en",
        "S0:rep G1 C1 N0 Q0 P0 X0 W0:wf B1",
        """
c[GC]: hello green root farms
r@ask_product: hi how much is your weekly veggie box
c: just go to our site and put in your zip code
c: the owner's always on at us to ask people how they found us but yeah that's it
c[B]: have a nice day
""",
        "organic veg box, american; deflection; source question only reported",
    )

    e(
        "en10_h35",
        "en",
        "S1:wf G1 C1 N0 Q1:pa P1:pa X1:pa,asr W1:inc B1:pa",
        """
c[GC]: good afternoon a star tutors
r@ask_product: hi how much for gcse maths tuition
c: let me just find the tutor rates
c+40: right it's thirty eight pounds an hour online or forty five at home you can see the tutors on the website as well
c: and how did you find us in the end
r: google
c: and your name was
r: paul
c: i'll send you the tudor profiles by email
c[B]: lovely thanks for your patience bye
""",
        "maths tutoring, british; 40 s hold; website after the answer",
    )

    e(
        "en10_h36",
        "en",
        "S0 G1:pa C1 N0 Q1:asr P1:pa X1:pa W1 B1",
        """
c[GC]: morning the upholstery shed
r@ask_product: hi how much to reupholster a three seater
c: three seater ballpark fourteen hundred plus fabric
c: watts your name
r: greg
c: i can swing by friday and measure up greg
c[B]: cheers mate have a good one
""",
        "upholstery, australian; 'what's your' heard as 'watts your'",
    )

    e(
        "en10_h37",
        "en",
        "S1:pa G0 C0:rob N0 Q0 P1:pa,asr X1:pa,asr W1 B0",
        """
c: yeah
r: hi is that resin floors direct
c: yeah
r@ask_product: what does it cost per square metre
c: anywhere from forty to sixty per square meter depending on preb
c: was it the van you saw
r: yes
c: we could send someone round for a service next week
c: right ok
""",
        "epoxy floor, british; company only by the robot; source asked as 'was it the van you saw'",
    )

    e(
        "en10_h38",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B1",
        """
c[GC]: hello edge works
c: where are you located
r: downtown
r@ask_product: do you sharpen serrated knives and how much
c: we'd have to see the knives first can't really say all our services are listed online
c: if you're ever in the area come by
c[B]: thanks for calling
""",
        "knife sharpening, american; 'where are you located' hard negative; vague invitation not a next step",
    )

    e(
        "en10_h39",
        "en",
        "S0 G1 C1 N0 Q0 P0 X0:rep W0:asr,wf B0",
        """
c[GC]: hi there hot air adventures
r@ask_product: hi how much is a sunrise flight
c: go onto our web sight it's all there
c: normally we'd offer you a call back but we're swamped this week
c: okay then
""",
        "balloon flights, australian; deflection with ASR homophone; usual offer described and withdrawn",
    )

    e(
        "en10_h40",
        "en",
        "S1:pa G1 C1 N1 Q0:neg P1:pa X1:pa W1 B1:pa",
        """
c[GCN]: hello smartwire installs this is greg
r@ask_product: hi how much to install a video doorbell
c: install's ninety nine plus the door bell
c: you found us on yelp right
r: yes
c: i don't need your name just your zip
r: nine oh two one oh
c: i can get a tech out thursday morning
c[B]: appreciate the call have a great day
""",
        "smart home, american; name negated",
    )

    e(
        "en10_h41",
        "en",
        "S0 G1 C0:out N0 Q1:wf P1:pa,asr X1:pa W1 B1:wf",
        """
c[G]: hello
r: hello i'm looking for a wig for my mum she's just started chemo and she wants something that looks natural
c+6[C]: yes this is tresses wig studio
r@ask_product: how much for a synthetic wig
c: synthetic start at ninety five
c: and who's calling please
r: claire
c: we could book you in for a fitting wednesday
c[B]: thank you for calling
""",
        "wig salon, british; company named after 15 s",
    )

    e(
        "en10_h42",
        "en",
        "S0:rob G0 C1 N0 Q0 P1:pa X1:pa,asr W1:rob B1",
        """
c[C]: bayside marine
r: hi i found you on your website but there were no prices
r@ask_product: what do you charge for labor
c: yeah we don't list them it's a hundred twenty five an hour labor
c: what's the name on the boat
r: sea breeze
c: bring it to the doc monday we'll take a look
c[B]: thanks for calling
""",
        "boat engine repair, american; website only by the robot; boat's name is not the caller's",
    )

    e(
        "en10_h43",
        "en",
        "S1:pa G1:asr C1 N0 Q0 P1:pa X1:pa W1 B1:pa",
        """
c[GC]: hell o the garden shed
r@ask_product: hi do you have wheelbarrows
c: we've three models in from forty nine to eighty
c: who sent you our way
r: the allotment committee
c: i'll hold one for you till saturday
c[B]: good luck with the allotment now
""",
        "allotment tool shop, irish; greeting split by ASR",
    )

    e(
        "en10_h44",
        "en",
        "S0 G0 C0:rob N0 Q1:pa P0 X1:pa W1 B1",
        """
c: yes
r: hi is this crown chauffeurs
c: yes that's right
r@ask_product: how much for a car to the opera friday night
c: i couldn't tell you off and my colleague sarah handles quotes
c: what name shall i pass on
r: mr clarke
c: i'll get the office to call you back today
c[B]: thanks for calling
""",
        "luxury chauffeur, british; another person's name (sarah) is not the callee's",
    )

    e(
        "en10_h45",
        "en",
        "S0 G1 C0:rob N0 Q0 P0 X0 W1:rob B0",
        """
c[G]: hey
r: hi is this soccer stars
c: yep
r@ask_product: how much is summer camp
c: depends on the weak i'd have to check with the director
r: you have the schedule online right
c: yep
c: give us a call when you're ready to sign up
c: bye
""",
        "children's football academy, american; 'depends' and 'check with the director' no answer; website only by the robot",
    )
